import * as z from 'zod/mini';
import { methodMarkdown } from '../src/framework/method-text';
import { backtestMarkdown } from '../src/report/backtest-markdown';
import { cliOutputJsonSchema, cliOutputVersion } from '../src/report/cli-output';
import { assessmentFileSchema, currentSchemaVersion } from '../src/schema/assessment-schema';
import { exampleFiles } from './example-files';

/** Every file generated from the typed sources: path → content. `npm run generate` writes them; a test checks them. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, json] of exampleFiles()) files.set(`public/files/examples/${name}`, json);
  files.set('docs/method.md', methodMarkdown());
  files.set('docs/backtest.md', backtestMarkdown());
  const schema = {
    $id: `ledger-fit-file.v${currentSchemaVersion}.schema.json`,
    title: 'Ledger Fit assessment file',
    description:
      'Exported by Ledger Fit and read by its import, share links and `npm run assess`. Answer values must also be on the question’s scale (checked by the app).',
    ...z.toJSONSchema(assessmentFileSchema, { target: 'draft-2020-12' }),
  };
  files.set(
    `public/files/schema/ledger-fit-file.v${currentSchemaVersion}.schema.json`,
    `${JSON.stringify(schema, null, 2)}\n`,
  );
  files.set(
    `public/files/schema/ledger-fit-cli-output.v${cliOutputVersion}.schema.json`,
    `${JSON.stringify(cliOutputJsonSchema(), null, 2)}\n`,
  );
  return files;
}
