import { describe, expect, it } from 'vitest';
import { findExample } from '../../src/framework/examples';
import { buildReport } from '../../src/report/build-report';
import { exampleToAssessment } from '../../src/schema/example-assessment';

describe('buildReport', () => {
  it('says which core function the proposal relies on, and what is not known', () => {
    expect(buildReport({ answers: {} }).coreFunctionsText).toBe(
      'Which core function it relies on is not known yet.',
    );
    expect(
      buildReport({
        answers: {
          'coreFunction.trackAndTrace': { value: 'yes' },
          'coreFunction.recordPooling': { value: 'dontKnow' },
        },
      }).coreFunctionsText,
    ).toBe(
      'It relies on verified, auditable track-and-trace. Whether it relies on record pooling is not known yet.',
    );
    expect(
      buildReport({
        answers: {
          'coreFunction.trackAndTrace': { value: 'no' },
          'coreFunction.recordPooling': { value: 'no' },
        },
      }).coreFunctionsText,
    ).toBe('It relies on neither core function a ledger can serve.');
  });

  it('cites each reason’s answers with the page to change them on', () => {
    const report = buildReport(exampleToAssessment(findExample('patient-records')!));
    const gate = report.reasons.find((r) => r.id === 'gate.condition.nonConfidential')!;
    expect(gate.answers.map((a) => [a.shortName, a.answer, a.pageId])).toEqual([
      ['C5 Non-confidential data', 'Not met', 'condition.nonConfidential'],
      ['Patient-identifiable data', 'Yes', 'proposal'],
      ['What goes on the ledger', 'The records themselves', 'proposal'],
    ]);
  });
});
