// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { workedExamples } from '../../src/framework/examples';
import type { Assessment } from '../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { repairAssessment } from '../../src/schema/repair-assessment';
import { validateAssessment } from '../../src/schema/validate-assessment';

/**
 * Repair keeps everything of a record it can keep and names the rest: the screen says "everything else is
 * kept as it was". Before, a record repaired for one bad answer lost its hazard log, workshop ratings, team
 * record and the proposal's ledger context (which triggers duties) without a word.
 */
const good = exampleToAssessment(workedExamples[0]!);
const offScale = { 'condition.commonInterest': { value: 9 } };

const full: Assessment = {
  ...good,
  proposal: { ...good.proposal, ledgerHolds: ['consentPreferences', 'auditHashes'], directCare: 'yes' },
  hazardLog: {
    consentStaleOrWrong: { controls: 'Two-person check', owner: 'CSO', likelihood: 3, severity: 4 },
  },
  workshop: {
    heldOn: '2026-12-01',
    ratings: {
      'condition.commonInterest': {
        counts: [{ value: 3, count: 5 }],
        total: 5,
        late: 0,
        excluded: 0,
        agreed: 3,
      },
    },
  },
  team: { reviewer: 'Dr Rao', version: '1.0' },
};

function repaired(record: unknown) {
  const result = repairAssessment(record);
  if (!result.ok) throw new Error(`repair refused: ${result.problems.join('; ')}`);
  expect(validateAssessment(result.data.assessment)).toEqual({ ok: true, data: result.data.assessment });
  return result.data;
}
const withBadAnswer = (record: Record<string, unknown>) => ({
  ...record,
  answers: { ...(record.answers as object), ...offScale },
});

describe('repair keeps what it can beyond the answers', () => {
  it('keeps the ledger context, hazard log, workshop and team record exactly when one answer is off the scale', () => {
    const { assessment, changes } = repaired(withBadAnswer(full));
    expect(validateAssessment(full).ok).toBe(true);
    expect(assessment.proposal.ledgerHolds).toEqual(['consentPreferences', 'auditHashes']);
    expect(assessment.proposal.directCare).toBe('yes');
    expect(assessment.hazardLog).toEqual(full.hazardLog);
    expect(assessment.workshop).toEqual(full.workshop);
    expect(assessment.team).toEqual(full.team);
    expect(changes).toEqual([
      'C1 Common interest: the answer 9 is not on the scale, so it was cleared (its note is kept).',
    ]);
  });

  it('keeps the known kinds of ledger content and names one it does not know', () => {
    const { assessment, changes } = repaired({
      ...full,
      proposal: { ...full.proposal, ledgerHolds: ['prescriptions', 'gossip', 'prescriptions'] },
    });
    expect(assessment.proposal.ledgerHolds).toEqual(['prescriptions']);
    expect(changes).toEqual([
      'What the ledger would hold: “gossip” is not one this app knows, so it was cleared.',
    ]);
  });

  it('clears a direct-care answer it does not know, quoting it', () => {
    const { assessment, changes } = repaired({
      ...full,
      proposal: { ...full.proposal, directCare: 'maybe' },
    });
    expect(assessment.proposal.directCare).toBeUndefined();
    expect(changes).toEqual([
      'Used in direct care: “maybe” is not an answer this app knows, so it was cleared.',
    ]);
  });

  it('clears only the hazard-log fields it cannot read, naming the hazard and each field', () => {
    const { assessment, changes } = repaired({
      ...full,
      hazardLog: {
        consentStaleOrWrong: { controls: 'Two-person check', likelihood: 9, owner: 42, colour: 'red' },
        prescriptionSuperseded: 'not an entry',
      },
    });
    expect(assessment.hazardLog).toEqual({ consentStaleOrWrong: { controls: 'Two-person check' } });
    expect(changes).toEqual([
      'Hazard log, A stale or wrong consent preference is acted on: the likelihood, owner, “colour” could not be read, so they were cleared.',
      'Hazard log: the entry for A cancelled or amended prescription is dispensed as it first stood could not be read, so it was removed.',
    ]);
  });

  it('removes a hazard log that is not a set of entries, saying so', () => {
    const { assessment, changes } = repaired({ ...full, hazardLog: ['a list'] });
    expect(assessment.hazardLog).toBeUndefined();
    expect(changes).toEqual([
      'The hazard log could not be read (it was not a set of entries), so it was removed.',
    ]);
  });

  it('keeps the workshop ratings it can read and names the one it removes', () => {
    const { assessment, changes } = repaired({
      ...full,
      workshop: {
        heldOn: full.workshop?.heldOn,
        ratings: { ...full.workshop?.ratings, 'obstacle.adoption': { counts: 'five' } },
      },
    });
    expect(assessment.workshop).toEqual(full.workshop);
    expect(changes).toEqual([
      'Workshop: the room’s rating of O1 Adoption could not be read, so it was removed.',
    ]);
  });

  it('clears a workshop date it cannot read but keeps its ratings', () => {
    const { assessment, changes } = repaired({ ...full, workshop: { ...full.workshop, heldOn: 7 } });
    expect(assessment.workshop).toEqual({ ...full.workshop, heldOn: '' });
    expect(changes).toEqual(['Workshop: the date it was held could not be read, so it was cleared.']);
  });

  it('removes a team record it cannot read as a whole (its signatures would not verify in part), saying so', () => {
    const { assessment, changes } = repaired({
      ...full,
      team: { reviewer: 'Dr Rao', signatures: [{ role: 'boss' }] },
    });
    expect(assessment.team).toBeUndefined();
    expect(changes).toEqual([
      'The team record (reviewer, version, sign-offs and history) could not be read, so it was removed; download the record first to keep it as it is.',
    ]);
  });

  it('names fields of the record and of the proposal that this app does not keep', () => {
    const { assessment, changes } = repaired({
      ...full,
      colour: 'blue',
      proposal: { ...full.proposal, budget: '£2m' },
    });
    expect(assessment).toEqual(full);
    expect(changes).toEqual([
      'The proposal: its field “budget”, which this app does not keep, was removed.',
      'The record: its field “colour”, which this app does not keep, was removed.',
    ]);
  });

  it('says when the link to the worked example it was copied from is removed', () => {
    const { assessment, changes } = repaired({ ...full, exampleId: 'x'.repeat(65) });
    expect(assessment.exampleId).toBeUndefined();
    expect(changes).toEqual([
      'The worked example it was copied from could not be read, so that link was removed (its answers are kept).',
    ]);
  });
});
