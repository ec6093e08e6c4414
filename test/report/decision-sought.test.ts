import { describe, expect, it } from 'vitest';
import { findExample } from '../../src/framework/examples';
import { boardPaper } from '../../src/report/board-paper';
import { buildReport } from '../../src/report/build-report';
import type { Assessment } from '../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../src/schema/example-assessment';

const decisionSought = (assessment: Assessment) => {
  const body = boardPaper(buildReport(assessment), []).summary as readonly { kind: string; text?: string }[];
  const at = body.findIndex((b) => b.kind === 'heading' && b.text === 'Decision sought');
  return body[at + 1]?.text;
};
const example = (id: string) => exampleToAssessment(findExample(id)!);
const withOrganisations = (organisations: string): Assessment => {
  const a = example('medicine-supply-chain');
  return { ...a, proposal: { ...a.proposal!, organisations } };
};

describe('the decision a board is asked for', () => {
  // It read "Whether Manufacturers, wholesalers, hospital and community pharmacies should rely on…": the typed
  // list made the subject of the paper's first sentence, capital and all.
  it('is the paper’s own sentence, the organisations named after it as typed', () => {
    expect(decisionSought(example('medicine-supply-chain'))).toBe(
      'Whether to rely on a distributed ledger (blockchain) for “Prescription medicine supply-chain tracking”. ' +
        'Organisations involved: Manufacturers, wholesalers, hospital and community pharmacies.',
    );
  });

  it('keeps a list with semicolons and names as typed, with one full stop', () => {
    expect(decisionSought(withOrganisations('Estonian e-Health Foundation; Guardtime.'))).toMatch(
      /”\. Organisations involved: Estonian e-Health Foundation; Guardtime\.$/,
    );
  });

  it('names no organisations when none were given (spaces alone are none)', () => {
    expect(decisionSought(withOrganisations('   '))).toBe(
      'Whether to rely on a distributed ledger (blockchain) for “Prescription medicine supply-chain tracking”.',
    );
  });
});
