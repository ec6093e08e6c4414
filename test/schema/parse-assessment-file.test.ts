import { describe, expect, it } from 'vitest';
import { workedExamples } from '../../src/framework/examples';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { parseAssessmentFile } from '../../src/schema/parse-assessment-file';

const exampleFile = () => ({
  format: 'ledger-fit',
  schemaVersion: 1,
  assessments: [exampleToAssessment(workedExamples[0]!)],
});

describe('parseAssessmentFile', () => {
  it('accepts a worked example file', () => {
    const result = parseAssessmentFile(JSON.stringify(exampleFile()));
    expect(result.ok).toBe(true);
  });

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['an array', '[]', /expected a JSON object/],
    ['another format', '{"format":"other"}', /not a Ledger Fit file/],
    ['a future version', '{"format":"ledger-fit","schemaVersion":99,"assessments":[]}', /newer version/],
  ])('rejects %s with a clear message', (_name, text, message) => {
    const result = parseAssessmentFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(message);
  });

  it('rejects an answer off its scale, naming the question', () => {
    const file = exampleFile();
    file.assessments[0]!.answers['condition.nonConfidential'] = { value: 9 };
    const result = parseAssessmentFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/condition\.nonConfidential: 9 is not one of/);
  });

  it('rejects unknown questions, unknown keys and __proto__ keys', () => {
    const unknownQuestion = exampleFile();
    unknownQuestion.assessments[0]!.answers['condition.madeUp'] = { value: 1 };
    expect(parseAssessmentFile(JSON.stringify(unknownQuestion)).ok).toBe(false);
    const extraKey = { ...exampleFile(), extra: true };
    expect(parseAssessmentFile(JSON.stringify(extraKey)).ok).toBe(false);
    const proto = JSON.stringify(exampleFile()).replace('"answers":{', '"answers":{"__proto__":{"value":1},');
    const result = parseAssessmentFile(proto);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });

  it('rejects a note longer than 10,000 characters', () => {
    const file = exampleFile();
    file.assessments[0]!.answers['condition.nonConfidential']!.note = 'x'.repeat(10_001);
    expect(parseAssessmentFile(JSON.stringify(file)).ok).toBe(false);
  });
});
