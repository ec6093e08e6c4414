import type { Assessment } from '@/schema/assessment-schema';
import { verifyHistory } from './history';

/**
 * What an import should say about the histories a file carries: one sentence per assessment whose history
 * does not verify. The assessment is still imported (the work is the user's), and shown as unverified.
 */
export function importedHistoryProblems(assessments: readonly Assessment[]): string[] {
  return assessments.flatMap((a) => {
    const history = a.team?.history;
    if (!history) return [];
    const verdict = verifyHistory(history);
    if (verdict.intact) return [];
    const who =
      history[verdict.author]?.[verdict.index]?.by || history[verdict.author]?.[0]?.by || verdict.author;
    return [
      `“${a.proposal.title || 'Untitled'}”: its history is not intact (${who}’s change ${verdict.index + 1}: ${verdict.reason}). It is kept, shown as unverified.`,
    ];
  });
}
