import { readFileSync } from 'node:fs';
import { assess } from '../src/engine/assess';
import type { AssessmentResult } from '../src/engine/result-types';
import { whatWouldChange } from '../src/engine/what-would-change';
import { architectures } from '../src/framework/alternatives';
import { findQuestion } from '../src/framework/questions';
import { confidenceLevels, verdictBands } from '../src/framework/verdict-bands';
import type { Assessment } from '../src/schema/assessment-schema';
import { parseAssessmentFile } from '../src/schema/parse-assessment-file';

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

const usage = 'Usage: npm run assess -- FILE.json [--format json|text]';

function describeText(assessment: Assessment, result: AssessmentResult): string {
  const band = verdictBands.find((b) => b.id === result.band);
  const suggestions = whatWouldChange(assessment.answers, 'better');
  const lines = [
    `${assessment.proposal.title || '(untitled)'}${result.provisional ? ' — PROVISIONAL' : ''}`,
    `Verdict: ${band?.label}. ${band?.headline}`,
    `Condition fit ${result.fitScore}/100 · obstacle risk ${result.riskScore}/100 · ${confidenceLevels[result.confidence.level].label.toLowerCase()}`,
    `${result.architecture.kind === 'fits' ? 'Design that fits' : 'Better alternative'}: ${architectures[result.architecture.architecture].title}`,
    'Reasons:',
    ...result.reasons.map((r) => `  - [${r.kind}] ${r.text} (answers: ${r.questionIds.join(', ')})`),
  ];
  if (suggestions.length > 0) {
    lines.push('What would move the verdict up a band:');
    for (const s of suggestions) {
      const changes = s.changes.map((c) => {
        const q = findQuestion(c.questionId);
        const label = q?.options.find((o) => o.value === c.to)?.label ?? String(c.to);
        return `${q?.shortName ?? c.questionId} → ${label}`;
      });
      lines.push(`  - ${changes.join(' and ')}`);
    }
  }
  if (result.missingQuestionIds.length > 0)
    lines.push(`Not yet answered: ${result.missingQuestionIds.join(', ')}`);
  return lines.join('\n');
}

/** The headless `assess` command: scores every assessment in a Ledger Fit file. Exit 2 on a bad file. */
export function runAssessCli(argv: readonly string[]): CliOutput {
  const args = [...argv];
  const formatIndex = args.indexOf('--format');
  let format = 'text';
  if (formatIndex >= 0) {
    format = args[formatIndex + 1] ?? '';
    args.splice(formatIndex, 2);
  }
  const file = args[0];
  if (!file || args.length > 1 || (format !== 'json' && format !== 'text')) {
    return { code: 2, stdout: '', stderr: `${usage}\n` };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { code: 2, stdout: '', stderr: `Cannot read ${file}: ${(error as Error).message}\n` };
  }
  const parsed = parseAssessmentFile(text);
  if (!parsed.ok) {
    return {
      code: 2,
      stdout: '',
      stderr: `${file} is not a valid Ledger Fit file:\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}\n`,
    };
  }
  const scored = parsed.data.assessments.map((a) => ({ assessment: a, result: assess(a.answers) }));
  if (format === 'json') {
    const out = scored.map(({ assessment, result }) => ({
      id: assessment.id,
      title: assessment.proposal.title,
      result,
      whatWouldChange: whatWouldChange(assessment.answers, 'better'),
    }));
    return { code: 0, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: '' };
  }
  return {
    code: 0,
    stdout: `${scored.map((s) => describeText(s.assessment, s.result)).join('\n\n')}\n`,
    stderr: '',
  };
}
