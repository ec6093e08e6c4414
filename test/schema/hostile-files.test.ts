import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workedExamples } from '../../src/framework/examples';
import { currentSchemaVersion } from '../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { exportFileText } from '../../src/schema/export-file';
import { parseAssessmentFile } from '../../src/schema/parse-assessment-file';
import { validateAssessment } from '../../src/schema/validate-assessment';
import { propertyRuns } from '../engine/property-runs';
import { anyAssessment } from './assessment-arbitrary';

const validFile = () =>
  JSON.parse(exportFileText(workedExamples.map(exampleToAssessment))) as Record<string, unknown>;

/** Changes one thing somewhere in a JSON value: deletes, retypes, renames or adds a key, or swaps a value. */
const mutation = fc.record({
  path: fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }),
  kind: fc.constantFrom('delete', 'retype', 'addKey', 'proto', 'huge', 'swap'),
  value: fc.jsonValue({ maxDepth: 2 }),
});

function mutate(root: unknown, m: { path: number[]; kind: string; value: unknown }): unknown {
  const copy = structuredClone(root);
  let node = copy as Record<string, unknown>;
  for (const step of m.path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const next = node[keys[step % keys.length]!];
    if (next === null || typeof next !== 'object') break;
    node = next as Record<string, unknown>;
  }
  const keys = Object.keys(node);
  const key = keys[(m.path.at(-1) ?? 0) % Math.max(1, keys.length)] ?? 'x';
  if (m.kind === 'delete') delete node[key];
  if (m.kind === 'retype') node[key] = typeof node[key] === 'string' ? 42 : 'text';
  if (m.kind === 'addKey') node.unexpected = m.value;
  if (m.kind === 'proto')
    Object.defineProperty(node, '__proto__', { value: { polluted: true }, enumerable: true });
  if (m.kind === 'huge') node[key] = 'x'.repeat(12_000);
  if (m.kind === 'swap') node[key] = m.value;
  return copy;
}

describe('importing hostile files', () => {
  it('round-trips any valid assessment through export and import unchanged', () => {
    fc.assert(
      fc.property(fc.array(anyAssessment, { minLength: 1, maxLength: 3 }), (list) => {
        const unique = list.map((a, i) => ({ ...a, id: `${a.id.slice(0, 60)}-${i}` }));
        const result = parseAssessmentFile(exportFileText(unique));
        expect(result.ok && result.data.assessments).toEqual(unique);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('accepts or rejects any mutated file with messages, and never throws', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const text = JSON.stringify(mutate(validFile(), m));
        const result = parseAssessmentFile(text);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(typeof p).toBe('string');
        } else {
          // What is accepted must be a valid assessment in every detail, or a reload would hide it.
          for (const a of result.data.assessments)
            expect(validateAssessment(a)).toEqual({ ok: true, data: a });
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: propertyRuns(1000) },
    );
  });

  it('rejects any JSON that is not a Ledger Fit file, and random text, without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 200 }),
        ),
        (text) => {
          const result = parseAssessmentFile(text);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: propertyRuns(1000) },
    );
  });

  it.each([
    [
      'a 10 MB note',
      () =>
        exportFileText([
          {
            ...exampleToAssessment(workedExamples[0]!),
            answers: { 'condition.commonInterest': { value: 2, note: 'x'.repeat(10 * 1024 * 1024) } },
          },
        ]),
      ['The file is too large (over 5 MB).'],
    ],
    [
      'an absurd number of assessments',
      () =>
        JSON.stringify({
          format: 'ledger-fit',
          schemaVersion: 1,
          assessments: Array.from({ length: 600 }, () => ({})),
        }),
      ['file.assessments: Too big: expected array to have <=500 items'],
    ],
    [
      'deep nesting',
      () =>
        `{"format":"ledger-fit","schemaVersion":1,"assessments":[${'['.repeat(5000)}${']'.repeat(5000)}]}`,
      ['file.assessments.0.0.0.0.0.0.0.0.0.0.0.0: nested too deeply'],
    ],
    [
      'a __proto__ key',
      () =>
        exportFileText([exampleToAssessment(workedExamples[0]!)]).replace(
          '"proposal": {',
          '"proposal": {"__proto__": {"admin": true},',
        ),
      ['file.assessments.0.proposal.__proto__: this key is not allowed'],
    ],
    [
      'a schema from the future',
      () =>
        exportFileText([]).replace(
          `"schemaVersion": ${currentSchemaVersion}`,
          `"schemaVersion": ${currentSchemaVersion + 1}`,
        ),
      [
        `The file was made by a newer version of Ledger Fit (schema ${currentSchemaVersion + 1}; this app reads up to ${currentSchemaVersion}). Update the app to open it.`,
      ],
    ],
    [
      'a duplicate id',
      () =>
        exportFileText([exampleToAssessment(workedExamples[0]!), exampleToAssessment(workedExamples[0]!)]),
      ['file.assessments: the id "example-patient-records" appears more than once'],
    ],
  ])('rejects %s with a clear message', (_name, make, problems) => {
    expect(parseAssessmentFile(make())).toEqual({ ok: false, problems });
  });
});
