import { prescreenQuestions } from '@/framework/prescreen';
import type { Answers } from '@/schema/assessment-schema';
import { answerEquals } from './answer-values';
import type { PrescreenFailure } from './result-types';

/** Pre-screen answers that show a distributed ledger is not needed (framework §2). */
export function prescreenFailures(answers: Answers): PrescreenFailure[] {
  const failures: PrescreenFailure[] = prescreenQuestions
    .filter((q) => answerEquals(answers, q.id, q.failsWhen))
    .map((q) => ({ questionId: q.id, alternative: q.alternative, reason: q.failureReason }));
  if (answerEquals(answers, 'proposal.writerCount', 'one')) {
    // A single writer that still needs auditing is NIST's "no, but I need auditing": an audit log serves.
    const needsLog = answerEquals(answers, 'prescreen.tamperEvidentLog', 'yes');
    failures.unshift({
      questionId: 'proposal.writerCount',
      alternative: needsLog ? 'databaseWithAuditLog' : 'centralDatabase',
      reason: needsLog
        ? 'Only one organisation writes the records, so a database with a tamper-evident audit log gives the same assurance without a network of ledger nodes.'
        : 'Only one organisation writes the records, so a conventional central database serves.',
    });
  }
  return failures;
}
