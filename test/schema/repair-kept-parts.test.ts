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

describe('the edges of keeping the parts', () => {
  it('takes a null hazard log, workshop, team record, direct-care answer or example link as none, without a word', () => {
    const { assessment, changes } = repaired({
      ...full,
      hazardLog: null,
      workshop: null,
      team: null,
      exampleId: null,
      proposal: { ...full.proposal, directCare: null },
    });
    expect(changes).toEqual([]);
    for (const part of ['hazardLog', 'workshop', 'team', 'exampleId'] as const)
      expect(assessment[part]).toBeUndefined();
    expect(assessment.proposal.directCare).toBeUndefined();
  });

  it('keeps a hazard id of 64 characters and removes one of 65, and says "it was" for one field', () => {
    const kept = 'h'.repeat(64);
    const { assessment, changes } = repaired({
      ...full,
      hazardLog: { [kept]: { owner: 'CSO', severity: 'high' }, ['h'.repeat(65)]: { owner: 'CSO' } },
    });
    expect(assessment.hazardLog).toEqual({ [kept]: { owner: 'CSO' } });
    expect(changes).toEqual([
      `Hazard log, “${kept}”: the severity could not be read, so it was cleared.`,
      `Hazard log: the entry for “${kept}…” could not be read, so it was removed.`,
    ]);
  });

  it('drops an entry none of whose fields can be kept, and the log when no entry is left; a field left undefined is not named', () => {
    const { assessment, changes } = repaired({
      ...full,
      hazardLog: { consentStaleOrWrong: { likelihood: 9, owner: undefined } },
    });
    expect(assessment.hazardLog).toBeUndefined();
    expect(changes).toEqual([
      'Hazard log, A stale or wrong consent preference is acted on: the likelihood could not be read, so it was cleared.',
    ]);
  });

  it('removes a workshop that is not a set of ratings, saying so', () => {
    const { assessment, changes } = repaired({ ...full, workshop: 'yesterday' });
    expect(assessment.workshop).toBeUndefined();
    expect(changes).toEqual(['The workshop’s ratings could not be read, so they were removed.']);
  });

  it('keeps a workshop date of 40 characters and clears one of 41', () => {
    expect(repaired({ ...full, workshop: { ...full.workshop, heldOn: 'd'.repeat(40) } }).changes).toEqual([]);
    const { assessment, changes } = repaired({
      ...full,
      workshop: { ...full.workshop, heldOn: 'd'.repeat(41) },
    });
    expect(assessment.workshop?.heldOn).toBe('');
    expect(changes).toEqual(['Workshop: the date it was held could not be read, so it was cleared.']);
  });

  it('keeps a rating of a question id of 80 characters, removes one of 81, and quotes an id it does not know', () => {
    const rating = full.workshop?.ratings['condition.commonInterest'];
    const id80 = `x.${'y'.repeat(78)}`;
    const id81 = `${id80}z`;
    const { assessment, changes } = repaired({
      ...full,
      workshop: { heldOn: '2026-12-01', ratings: { [id80]: rating, [id81]: rating } },
    });
    expect(Object.keys(assessment.workshop?.ratings ?? {})).toEqual([id80]);
    expect(changes).toEqual([
      `Workshop: the room’s rating of “${id81.slice(0, 80)}…” could not be read, so it was removed.`,
    ]);
  });

  it('says so when a workshop’s ratings are not a set, and says nothing when it has none', () => {
    const { assessment, changes } = repaired({
      ...full,
      workshop: { heldOn: '2026-12-01', ratings: 'five' },
    });
    expect(assessment.workshop).toEqual({ heldOn: '2026-12-01', ratings: {} });
    expect(changes).toEqual(['Workshop: its ratings could not be read, so they were removed.']);
    expect(repaired({ ...full, workshop: { heldOn: '2026-12-01' } }).changes).toEqual([]);
  });

  it('does not name a field of the record or the proposal whose value is undefined', () => {
    expect(
      repaired({ ...full, colour: undefined, proposal: { ...full.proposal, budget: undefined } }).changes,
    ).toEqual([]);
  });

  it('quotes at most 60 characters of a direct-care answer it does not know, and a number as text', () => {
    expect(repaired({ ...full, proposal: { ...full.proposal, directCare: 'm'.repeat(70) } }).changes).toEqual(
      [`Used in direct care: “${'m'.repeat(60)}” is not an answer this app knows, so it was cleared.`],
    );
    expect(repaired({ ...full, proposal: { ...full.proposal, directCare: 1 } }).changes).toEqual([
      'Used in direct care: “1” is not an answer this app knows, so it was cleared.',
    ]);
  });

  it('clears a note that is null without a word', () => {
    const { assessment, changes } = repaired({
      ...full,
      answers: { 'condition.commonInterest': { value: 2, note: null } },
    });
    expect(assessment.answers).toEqual({ 'condition.commonInterest': { value: 2 } });
    expect(changes).toEqual([]);
  });
});

describe('a record that was never a copy of a worked example', () => {
  it('says nothing about a link it never had', () => {
    const { exampleId: _none, ...record } = full;
    const { assessment, changes } = repaired(record);
    expect(assessment.exampleId).toBeUndefined();
    expect(changes).toEqual([]);
  });
});
