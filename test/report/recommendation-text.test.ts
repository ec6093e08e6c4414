import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { findExample } from '../../src/framework/examples';
import { recommendation } from '../../src/report/recommendation';
import { shownScores, shownVerdictAndScores } from '../../src/report/shown-scores';
import { verdictBandOf } from '../../src/report/verdict-band';
import { exampleToAssessment } from '../../src/schema/example-assessment';

/** The sentence a board paper leads with, for every band, design and provisional state: exact words. */
describe('the recommendation sentence', () => {
  const say = (
    band: Parameters<typeof recommendation>[0]['band'],
    alreadyHasDesign: boolean,
    provisional = false,
  ) =>
    recommendation({
      band,
      provisional,
      architecture: { kind: 'alternative', alreadyHasDesign, title: 'Hash anchoring with off-chain storage' },
    });

  it('not a fit: use the design named instead, or keep the one the organisation already has', () => {
    expect(say('notAFit', false)).toBe(
      'Do not adopt a distributed ledger for this; use hash anchoring with off-chain storage instead.',
    );
    expect(say('notAFit', true)).toBe(
      'Do not adopt a distributed ledger for this; keep the design it already has (hash anchoring with off-chain storage).',
    );
  });

  it('a weak fit: do not proceed unless the gaps are closed', () => {
    expect(say('weakFit', false)).toBe(
      'Do not proceed with a distributed ledger as proposed; pursue hash anchoring with off-chain storage instead unless the gaps named with this verdict are closed.',
    );
    expect(say('weakFit', true)).toBe(
      'Do not proceed with a distributed ledger as proposed; keep the design it already has (hash anchoring with off-chain storage) unless the gaps named with this verdict are closed.',
    );
  });

  it('a conditional fit: a pilot at most; a strong fit: a detailed design, never a contract first', () => {
    expect(say('conditionalFit', false)).toBe(
      'Proceed no further than a pilot of hash anchoring with off-chain storage, and only once the gaps, risks and next steps named with this verdict are dealt with.',
    );
    expect(say('strongFit', false)).toBe(
      "Proceed to a detailed design of hash anchoring with off-chain storage, with the next steps named with this verdict done and the vendor's answers in hand before any contract.",
    );
  });

  it('no verdict: do not decide yet, and never marked provisional (there is no verdict to qualify)', () => {
    const text = 'Do not decide yet: find out the answers listed as needed first, then assess again.';
    expect(say('undetermined', false)).toBe(text);
    expect(say('undetermined', false, true)).toBe(text);
  });

  it('a provisional verdict says so after the sentence', () => {
    expect(say('strongFit', false, true)).toBe(
      "Proceed to a detailed design of hash anchoring with off-chain storage, with the next steps named with this verdict done and the vendor's answers in hand before any contract. (Provisional: some questions are not yet answered.)",
    );
    expect(say('notAFit', true, true)).toMatch(
      /\(hash anchoring with off-chain storage\)\. \(Provisional: some questions are not yet answered\.\)$/,
    );
  });

  it('lower-cases only the first letter of the design’s title', () => {
    expect(
      recommendation({
        band: 'notAFit',
        provisional: false,
        architecture: {
          kind: 'alternative',
          alreadyHasDesign: false,
          title: 'A database with an append-only (Merkle) audit log',
        },
      }),
    ).toBe(
      'Do not adopt a distributed ledger for this; use a database with an append-only (Merkle) audit log instead.',
    );
  });
});

describe('the scores an output may show', () => {
  const known = [{ value: 3 }, { value: undefined }];
  const unknown = [{ value: undefined }];
  const decision = (fit: typeof known, risk: typeof known) => ({
    fitScore: 62.5,
    riskScore: 41.7,
    fitContributions: fit as never,
    riskContributions: risk as never,
  });

  it('both, once a verdict can be given and each counts a known answer', () => {
    expect(shownScores(decision(known, known), true)).toEqual({ fit: 62.5, risk: 41.7 });
  });

  it('none while too little is known for a verdict', () => {
    expect(shownScores(decision(known, known), false)).toEqual({});
  });

  it('never a score counted from nothing known (a 0 would read as every condition failed)', () => {
    expect(shownScores(decision(unknown, known), true)).toEqual({ risk: 41.7 });
    expect(shownScores(decision(known, unknown), true)).toEqual({ fit: 62.5 });
    expect(shownScores(decision(unknown, unknown), true)).toEqual({});
  });

  it('for a list: the verdict, the score band and both scores, as the full report gives them', () => {
    const answers = exampleToAssessment(findExample('medicine-supply-chain')!).answers;
    const result = assess(answers);
    expect(shownVerdictAndScores(answers)).toEqual({
      verdict: 'conditionalFit',
      scoreBand: 'conditionalFit',
      fit: result.fitScore,
      risk: result.riskScore,
    });
    expect(result.riskScore).toBe(54.2);
    expect(verdictBandOf(answers)).toBe('conditionalFit');
  });

  it('for a list, with too little known: no verdict, no score band, no scores', () => {
    const answers = exampleToAssessment(findExample('case-procredex')!).answers;
    expect(shownVerdictAndScores(answers)).toEqual({ verdict: 'undetermined' });
    expect(verdictBandOf(answers)).toBe('undetermined');
    expect(shownVerdictAndScores({})).toEqual({ verdict: 'undetermined' });
  });
});
