import { describe, expect, it } from 'vitest';
import { adviseArchitecture, isAlreadyHashAnchoring } from '../../src/engine/alternatives';
import { assess } from '../../src/engine/assess';
import { decide } from '../../src/engine/decide';
import { conditions } from '../../src/framework/conditions';
import { findExample } from '../../src/framework/examples';
import { obstacles } from '../../src/framework/obstacles';
import { prescreenQuestions } from '../../src/framework/prescreen';
import type { Answers } from '../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { changed, strongFitAnswers, without } from './strong-fit-answers';

/**
 * #25: the design advice and the one-paragraph summary, on every branch: what the board reads first. Each case
 * starts from the strong-fit proposal and changes only what it names.
 */
const advice = (answers: Answers) => adviseArchitecture(decide(answers), answers);
const tracingOnly = { 'coreFunction.recordPooling': 'no' } as const;
/** Conditions 1–3 poorly met, 4–6 partially: fit 37.5 (a weak fit on the scores), capped only at conditional. */
const weakOnScores = {
  'condition.commonInterest': 1,
  'condition.semanticInteroperability': 1,
  'condition.longitudinalRecord': 1,
  'condition.validityCheck': 2,
  'condition.nonConfidential': 2,
  'condition.governanceIncentives': 2,
} as const;
const onScores = 'on the scores (condition fit 37.5/100, obstacle risk 0/100) it is a weak fit.';

describe('the design that fits (conditional fit or better)', () => {
  it('is a permissioned ledger when records are pooled, or may be', () => {
    const why =
      'The proposal relies on record pooling among known partners, which Yeung (2019, §5) ties to a permissioned ledger with technological access management. Keep anything sensitive off-chain.';
    expect(advice(strongFitAnswers)).toEqual({ kind: 'fits', architecture: 'permissionedLedger', why });
    expect(advice(changed({ 'coreFunction.recordPooling': 'dontKnow' }))).toEqual({
      kind: 'fits',
      architecture: 'permissionedLedger',
      why,
    });
  });

  it('is hash anchoring for track-and-trace alone, saying so when the proposal already anchors hashes', () => {
    expect(isAlreadyHashAnchoring(changed(tracingOnly))).toBe(true);
    expect(advice(changed(tracingOnly))).toEqual({
      kind: 'fits',
      architecture: 'hashAnchoring',
      alreadyHasDesign: true,
      why: 'The proposal already uses the ledger as a reference system that stores only hashes, with the data kept off-chain: that is the design that fits verifiable track-and-trace.',
    });
    const metadata = changed({ ...tracingOnly, 'proposal.onChainData': 'metadata' });
    expect(isAlreadyHashAnchoring(metadata)).toBe(false);
    expect(advice(metadata)).toEqual({
      kind: 'fits',
      architecture: 'hashAnchoring',
      why: 'The proposal relies on verifiable track-and-trace: use the ledger as a reference system that stores only hashes, keeping the data off-chain.',
    });
  });

  it('counts as hash anchoring only with hashes alone, no pooling, and tracing not ruled out', () => {
    expect(isAlreadyHashAnchoring(strongFitAnswers)).toBe(false);
    expect(
      isAlreadyHashAnchoring(changed({ ...tracingOnly, 'coreFunction.trackAndTrace': 'dontKnow' })),
    ).toBe(true);
    expect(isAlreadyHashAnchoring(changed({ ...tracingOnly, 'coreFunction.trackAndTrace': 'no' }))).toBe(
      false,
    );
    expect(isAlreadyHashAnchoring(changed({ 'coreFunction.recordPooling': 'dontKnow' }))).toBe(false);
  });
});

describe('what would serve better (weak fit or worse)', () => {
  it("is the deciding gate's alternative, with the gate's reason", () => {
    const q = prescreenQuestions.find((x) => x.id === 'prescreen.trustedOperator')!;
    expect(advice(changed({ [q.id]: 'yes' }))).toEqual({
      kind: 'alternative',
      architecture: 'trustedRegistry',
      why: `Pre-screen: ${q.failureReason}`,
    });
  });

  it('is an audit log, not the design it already has, for a hash-anchoring proposal that does not fit', () => {
    const answers = changed({ ...tracingOnly, 'prescreen.knownWriters': 'no' });
    const q = prescreenQuestions.find((x) => x.id === 'prescreen.knownWriters')!;
    expect(q.alternative).toBe('hashAnchoring');
    expect(advice(answers)).toEqual({
      kind: 'alternative',
      architecture: 'databaseWithAuditLog',
      why: `The proposal already anchors only hashes, the lightest use of a ledger, and still does not fit well: Pre-screen: ${q.failureReason} Check whether an ordinary append-only audit log, or a trusted time-stamping service (RFC 3161), gives the same evidence without running a ledger network.`,
    });
  });

  it('is hash anchoring for a pooling proposal that fails on the scores, quoting them', () => {
    expect(advice(changed(weakOnScores))).toEqual({
      kind: 'alternative',
      architecture: 'hashAnchoring',
      why: `Record pooling does not fit well: ${onScores} If a verifiable audit trail is what is needed, anchoring only hashes of records kept off-chain gives it without putting the data on a ledger or pooling it.`,
    });
  });

  it('is hash anchoring for a tracing design that does not fit, without talk of pooling', () => {
    const answers = changed({ ...weakOnScores, ...tracingOnly, 'proposal.onChainData': 'metadata' });
    expect(advice(answers)).toMatchObject({
      kind: 'alternative',
      architecture: 'hashAnchoring',
      why: expect.stringMatching(
        /^The ledger design does not fit well: on the scores \(condition fit [\d.]+\/100, obstacle risk 0\/100\) it is a weak fit\. If a verifiable audit trail is what is needed, anchoring only hashes of records kept off-chain gives it without putting the data on a ledger\.$/,
      ),
    });
  });

  it('is an ordinary shared database when nothing needs tracing', () => {
    expect(advice(changed({ ...weakOnScores, 'coreFunction.trackAndTrace': 'no' }))).toEqual({
      kind: 'alternative',
      architecture: 'sharedDatabase',
      why: `Record pooling does not fit well: ${onScores} No audit trail is needed, so an ordinary shared database under an agreement serves.`,
    });
  });

  it('never quotes a score from nothing known', () => {
    const noConditions = without(
      conditions.map((c) => c.id),
      changed(Object.fromEntries(obstacles.map((o) => [o.id, 3]))),
    );
    expect(advice(noConditions).why).toContain(
      'on the scores (condition fit not scored, obstacle risk 75/100) it is a weak fit.',
    );
    const noObstacles = without(
      obstacles.map((o) => o.id),
      changed(weakOnScores),
    );
    expect(advice(noObstacles).why).toContain(
      'on the scores (condition fit 37.5/100, obstacle risk not scored) it is a weak fit.',
    );
  });
});

describe('the summary', () => {
  it('gives the band, what decided it and the design, and nothing provisional when all is answered', () => {
    const result = assess(strongFitAnswers);
    expect(result.provisional).toBe(false);
    expect(result.missingQuestionIds).toEqual([]);
    expect(result.summary).toBe(
      `Strong fit: This fits the profile where a ledger offers real value. What decided it: ${result.reasons[0]?.text} Design that fits: a permissioned ledger among known partners.`,
    );
    expect(result).not.toHaveProperty('stoppedBy');
  });

  it('counts the unanswered questions, in the plural from two', () => {
    const result = assess(without(['obstacle.adoption', 'obstacle.governance']));
    expect(result.provisional).toBe(true);
    expect(result.missingQuestionIds).toEqual(['obstacle.adoption', 'obstacle.governance']);
    expect(result.summary).toMatch(/^Provisional \(2 questions not yet answered\)\. Strong fit: /);
  });

  it('says the proposal already has the design, or what would serve better', () => {
    expect(assess(changed(tracingOnly)).summary).toMatch(
      / The proposal already uses hash anchoring with off-chain storage\.$/,
    );
    expect(assess(changed({ 'prescreen.sharedStore': 'no' })).summary).toMatch(
      /^Not a fit: A distributed ledger is not needed here\. What decided it: Pre-screen: .* What would serve better: each organisation's own database\.$/,
    );
  });

  it('names the pre-screen answer that stopped it, and no answer for gates of another kind', () => {
    expect(assess(changed({ 'prescreen.appendOnly': 'no' })).stoppedBy).toBe('prescreen.appendOnly');
    expect(assess(changed({ 'proposal.writerCount': 'one' })).stoppedBy).toBe('proposal.writerCount');
    const noCore = assess(
      changed({ 'coreFunction.trackAndTrace': 'no', 'coreFunction.recordPooling': 'no' }),
    );
    expect(noCore.band).toBe('notAFit');
    expect(noCore).not.toHaveProperty('stoppedBy');
    expect(assess(changed({ 'condition.validityCheck': 0 }))).not.toHaveProperty('stoppedBy');
  });

  it('gives no band while too little is known, counting the key questions', () => {
    const result = assess(
      without([
        'proposal.onChainData',
        'condition.commonInterest',
        'condition.semanticInteroperability',
        'condition.longitudinalRecord',
      ]),
    );
    expect(result.evidence.sufficient).toBe(false);
    expect(result.evidence.missingQuestionIds).toHaveLength(4);
    expect(result.summary).toBe('Not enough answers yet to give a verdict: 4 key questions are unknown.');
  });

  it('says one key question in the singular, in the summary and in the reason', () => {
    const result = assess(without(['proposal.onChainData']));
    expect(result.evidence.missingQuestionIds).toEqual(['proposal.onChainData']);
    expect(result.summary).toBe('Not enough answers yet to give a verdict: 1 key question is unknown.');
    expect(result.reasons.map((r) => r.text)).toContain(
      'Too little is known to give a verdict: 6 of 6 conditions and 6 of 6 obstacles are known, and 1 answer listed as needed is not.',
    );
  });
});

describe('the summary names a design inside its sentence', () => {
  it('lowers only the first letter of the design, so a name keeps its capital (Merkle)', () => {
    const { answers } = exampleToAssessment(findExample('case-estonia-ksi')!);
    expect(assess(answers).summary).toContain(
      'What would serve better: a database with an append-only (Merkle) audit log.',
    );
  });
});
