import { describe, expect, it } from 'vitest';
import { bandCaps } from '../../src/engine/caps';
import { assessConfidence } from '../../src/engine/confidence';
import { decide } from '../../src/engine/decide';
import { prescreenFailures } from '../../src/engine/prescreen';
import { tensionPositions } from '../../src/engine/tensions';
import type { Answers } from '../../src/schema/assessment-schema';
import { completeAnswers, passingPrescreen } from './answers-fixtures';

/** A complete proposal that passes every rule: strong fit on every count. */
const clean = completeAnswers({
  ...passingPrescreen,
  ...Object.fromEntries(
    [
      'commonInterest',
      'semanticInteroperability',
      'longitudinalRecord',
      'validityCheck',
      'nonConfidential',
      'governanceIncentives',
    ].map((c) => [`condition.${c}`, 4]),
  ),
  ...Object.fromEntries(
    ['adoption', 'interoperability', 'governance', 'dataSecurity', 'qualitySafety', 'humanFactors'].map(
      (o) => [`obstacle.${o}`, 0],
    ),
  ),
  'tension.performanceVsSecurity': 2,
  'tension.privacyVsTransparency': 2,
  'tension.socialVsComputationalTrust': 2,
});
const capsOf = (answers: Answers) => bandCaps(answers, prescreenFailures(answers), tensionPositions(answers));
const capIds = (answers: Answers) => capsOf(answers).map((c) => c.reason.id);
const withAnswers = (changes: Record<string, string | number>): Answers => ({
  ...clean,
  ...Object.fromEntries(Object.entries(changes).map(([id, value]) => [id, { value }])),
});

describe('the gates and caps, one at a time', () => {
  it('leaves a clean proposal uncapped and a strong fit', () => {
    expect(capsOf(clean)).toEqual([]);
    expect(decide(clean).band).toBe('strongFit');
  });

  it.each([
    ['prescreen.sharedStore', 'no', 'ownDatabase'],
    ['prescreen.trustedOperator', 'yes', 'trustedRegistry'],
    ['prescreen.appendOnly', 'no', 'sharedDatabase'],
  ])('a pre-screen answer %s = %s gates the band to not a fit, naming %s', (id, value, alternative) => {
    const caps = capsOf(withAnswers({ [id]: value }));
    expect(caps[0]).toMatchObject({
      band: 'notAFit',
      alternative,
      reason: { kind: 'gate', questionIds: [id] },
    });
  });

  it('a single writer gates to a central database, or an audit-logged one when a tamper-evident log is needed', () => {
    expect(
      capsOf(withAnswers({ 'proposal.writerCount': 'one', 'prescreen.tamperEvidentLog': 'no' }))[0],
    ).toMatchObject({
      band: 'notAFit',
      alternative: 'centralDatabase',
    });
    expect(capsOf(withAnswers({ 'proposal.writerCount': 'one' }))[0]).toMatchObject({
      alternative: 'databaseWithAuditLog',
    });
  });

  it('relying on neither core function gates to not a fit', () => {
    const ids = capIds(
      withAnswers({ 'coreFunction.trackAndTrace': 'no', 'coreFunction.recordPooling': 'no' }),
    );
    expect(ids).toContain('gate.noCoreFunction');
  });

  it.each([
    [0, true],
    [1, true],
    [2, false],
  ])('condition 4 rated %i gates to not a fit: %s', (rating, gated) => {
    expect(
      capIds(withAnswers({ 'condition.validityCheck': rating })).includes('gate.condition.validityCheck'),
    ).toBe(gated);
  });

  it('condition 5 unmet gates record pooling only when the ledger holds more than hashes', () => {
    expect(capIds(withAnswers({ 'condition.nonConfidential': 0 }))).not.toContain(
      'gate.condition.nonConfidential',
    );
    expect(
      capIds(withAnswers({ 'condition.nonConfidential': 0, 'proposal.onChainData': 'records' })),
    ).toContain('gate.condition.nonConfidential');
    expect(
      capIds(withAnswers({ 'proposal.patientIdentifiable': 'yes', 'proposal.onChainData': 'metadata' })),
    ).toContain('gate.condition.nonConfidential');
  });

  it.each([
    [0, 'weakFit'],
    [1, 'conditionalFit'],
  ])('a fully weighted condition rated %i caps the band at %s', (rating, band) => {
    const caps = capsOf(withAnswers({ 'condition.semanticInteroperability': rating }));
    expect(caps).toEqual([
      expect.objectContaining({
        band,
        reason: expect.objectContaining({ id: 'cap.condition.semanticInteroperability' }),
      }),
    ]);
  });

  it('a severe obstacle caps the band at conditional fit; a high one does not', () => {
    expect(capsOf(withAnswers({ 'obstacle.dataSecurity': 4 }))).toEqual([
      expect.objectContaining({
        band: 'conditionalFit',
        reason: expect.objectContaining({ id: 'cap.obstacle.dataSecurity' }),
      }),
    ]);
    expect(capsOf(withAnswers({ 'obstacle.dataSecurity': 3 }))).toEqual([]);
  });

  it('a tension leaning against what a ledger gives caps the band at conditional fit', () => {
    const caps = capsOf(
      withAnswers({
        'tension.privacyVsTransparency': 0,
        'proposal.patientIdentifiable': 'yes',
        'proposal.onChainData': 'hashesOnly',
      }),
    );
    expect(caps.map((c) => [c.band, c.reason.id])).toContainEqual([
      'conditionalFit',
      'cap.tension.privacyVsTransparency',
    ]);
  });
});

describe('confidence', () => {
  it('is high with every answer known', () => {
    expect(assessConfidence(clean).level).toBe('high');
  });
  it('is below high only when an unknown could move the verdict, and low past 30 % unknown', () => {
    const unknownOf = (n: number) => {
      const answers = { ...clean };
      for (const id of [
        'obstacle.adoption',
        'obstacle.interoperability',
        'obstacle.governance',
        'obstacle.humanFactors',
        'tension.performanceVsSecurity',
        'tension.socialVsComputationalTrust',
        'obstacle.qualitySafety',
        'condition.commonInterest',
        'condition.longitudinalRecord',
      ].slice(0, n))
        answers[id] = { value: 'dontKnow' };
      return assessConfidence(answers);
    };
    expect(unknownOf(2).unknownShare).toBeLessThanOrEqual(0.1);
    for (const n of [1, 2, 3, 5, 9]) {
      const c = unknownOf(n);
      const open = c.pivotalQuestionIds.length > 0 || c.movedTogether.length > 0;
      expect(c.level === 'high').toBe(!open);
    }
    const many = unknownOf(9);
    expect(many.unknownShare).toBeGreaterThan(0.3);
    expect(many.movedTogether.length).toBeGreaterThan(0);
    expect(many.level).toBe('low');
  });
});
