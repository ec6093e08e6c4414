import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildReport } from '../src/report/build-report';
import { cliJson } from '../src/report/cli-output';
import { cliText } from '../src/report/cli-text';
import { parseAssessmentFile } from '../src/schema/parse-assessment-file';

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

const usage = 'Usage: npm run assess -- FILE.json [--format json|text]';
const fail = (message: string): CliOutput => ({ code: 2, stdout: '', stderr: `${message}\n` });

/** The headless `assess` command: reports on every assessment in a Ledger Fit file. Exit 2 on a bad file. */
export function runAssessCli(argv: readonly string[]): CliOutput {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
  const format = args.values.format;
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0 || (format !== 'json' && format !== 'text')) return fail(usage);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = parseAssessmentFile(text);
  if (!parsed.ok)
    return fail(
      `${file} is not a valid Ledger Fit file:\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  const reports = parsed.data.assessments.map((a) => ({ id: a.id, report: buildReport(a) }));
  if (format === 'json') {
    const out = reports.map(({ id, report }) => cliJson(id, report));
    return { code: 0, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: '' };
  }
  return { code: 0, stdout: `${reports.map((r) => cliText(r.report)).join('\n\n')}\n`, stderr: '' };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: { format: { type: 'string', default: 'text' } },
    allowPositionals: true,
    strict: true,
  });
}
