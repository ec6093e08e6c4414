import { describe, expect, it } from 'vitest';
import { bandCaps } from '../../src/engine/caps';
import { prescreenFailures } from '../../src/engine/prescreen';
import { tensionPositions } from '../../src/engine/tensions';
import { conditions } from '../../src/framework/conditions';
import { obstacles } from '../../src/framework/obstacles';
import { prescreenQuestions } from '../../src/framework/prescreen';
import { tensions } from '../../src/framework/tensions';
import type { Answers } from '../../src/schema/assessment-schema';
import { changed } from './strong-fit-answers';

/**
 * #25: what each gate and cap says and which answers it names (the report cites them, and a reader changes
 * those answers to lift the cap). Each case starts from the strong-fit proposal and changes only what it names.
 */
const capsOf = (answers: Answers) => bandCaps(answers, prescreenFailures(answers), tensionPositions(answers));
const capById = (answers: Answers, id: string) => capsOf(answers).find((c) => c.reason.id === id);
const capIds = (answers: Answers) => capsOf(answers).map((c) => c.reason.id);
const leak =
  'Access controls do not solve data leakage: once revealed, data can be copied and kept for ever.';
const condition = (id: string) => conditions.find((c) => c.id === id)!;
const tension = (id: string) => tensions.find((t) => t.id === id)!;
const tracingOnly = { 'coreFunction.recordPooling': 'no' } as const;

describe('the pre-screen failures', () => {
  it('each name the failing question, its alternative and its reason, in the pre-screen order', () => {
    const failures = prescreenFailures(
      changed({ 'prescreen.tamperEvidentLog': 'no', 'prescreen.knownWriters': 'no' }),
    );
    const expected = prescreenQuestions.filter((q) =>
      ['prescreen.tamperEvidentLog', 'prescreen.knownWriters'].includes(q.id),
    );
    expect(failures).toEqual(
      expected.map((q) => ({ questionId: q.id, alternative: q.alternative, reason: q.failureReason })),
    );
    expect(failures.map((f) => f.alternative)).toEqual(['sharedDatabase', 'hashAnchoring']);
  });

  it('puts a single writer first, before any other failure', () => {
    const failures = prescreenFailures(
      changed({ 'proposal.writerCount': 'one', 'prescreen.sharedStore': 'no' }),
    );
    expect(failures.map((f) => [f.questionId, f.alternative])).toEqual([
      ['proposal.writerCount', 'databaseWithAuditLog'],
      ['prescreen.sharedStore', 'ownDatabase'],
    ]);
    expect(failures[0]?.reason).toBe(
      'Only one organisation writes the records, so a database with a tamper-evident audit log gives the same assurance without a network of ledger nodes.',
    );
    const noLog = prescreenFailures(
      changed({ 'proposal.writerCount': 'one', 'prescreen.tamperEvidentLog': 'dontKnow' }),
    );
    expect(noLog).toEqual([
      {
        questionId: 'proposal.writerCount',
        alternative: 'centralDatabase',
        reason: 'Only one organisation writes the records, so a conventional central database serves.',
      },
    ]);
  });

  it('turn into not-a-fit gates that quote the reason', () => {
    const [gate] = capsOf(changed({ 'prescreen.sharedStore': 'no' }));
    expect(gate).toEqual({
      band: 'notAFit',
      alternative: 'ownDatabase',
      reason: {
        id: 'gate.prescreen.sharedStore',
        kind: 'gate',
        text: `Pre-screen: ${prescreenQuestions[0]?.failureReason}`,
        questionIds: ['prescreen.sharedStore'],
      },
    });
  });
});

describe('the gates on the core function and condition 4', () => {
  it('gates a proposal that relies on neither core function, naming both answers', () => {
    expect(
      capById(
        changed({ 'coreFunction.trackAndTrace': 'no', 'coreFunction.recordPooling': 'no' }),
        'gate.noCoreFunction',
      ),
    ).toEqual({
      band: 'notAFit',
      alternative: 'sharedDatabase',
      reason: {
        id: 'gate.noCoreFunction',
        kind: 'gate',
        text: 'The proposal relies on neither core function a ledger can serve (Yeung 2019, §5), so the talk gives no reason to use one.',
        questionIds: ['coreFunction.trackAndTrace', 'coreFunction.recordPooling'],
      },
    });
    expect(capIds(changed({ 'coreFunction.trackAndTrace': 'no' }))).not.toContain('gate.noCoreFunction');
    expect(capIds(changed({ 'coreFunction.recordPooling': 'no' }))).not.toContain('gate.noCoreFunction');
    expect(
      capIds(changed({ 'coreFunction.trackAndTrace': 'no', 'coreFunction.recordPooling': 'dontKnow' })),
    ).not.toContain('gate.noCoreFunction');
  });

  it('says why condition 4 poorly met leaves nothing for consensus to check', () => {
    expect(capById(changed({ 'condition.validityCheck': 1 }), 'gate.condition.validityCheck')).toEqual({
      band: 'notAFit',
      alternative: 'sharedDatabase',
      reason: {
        id: 'gate.condition.validityCheck',
        kind: 'gate',
        text: 'Condition 4 (need to ensure the validity of each record) is poorly met: with nothing for distributed consensus to validate automatically, an ordinary shared database would suffice.',
        questionIds: ['condition.validityCheck'],
      },
    });
    expect(
      capById(changed({ 'condition.validityCheck': 0 }), 'gate.condition.validityCheck')?.reason.text,
    ).toMatch(/^Condition 4 \(need to ensure the validity of each record\) is not met:/);
    expect(capIds(changed({ 'condition.validityCheck': 'dontKnow' }))).toEqual([]);
  });
});

describe('the condition 5 gate (confidential data beyond hashes)', () => {
  it('rules record pooling out for condition 5 poorly met with records on the ledger', () => {
    const answers = changed({ 'condition.nonConfidential': 1, 'proposal.onChainData': 'records' });
    expect(capById(answers, 'gate.condition.nonConfidential')).toEqual({
      band: 'weakFit',
      alternative: 'hashAnchoring',
      reason: {
        id: 'gate.condition.nonConfidential',
        kind: 'gate',
        text: `Record pooling is ruled out: condition 5 (non-confidential data) is poorly met, and the ledger would hold more than hashes. ${leak}`,
        questionIds: ['condition.nonConfidential', 'proposal.onChainData'],
      },
    });
    // The gate stands in for condition 5's own cap: the band is not limited twice for one answer.
    expect(capIds(answers)).not.toContain('cap.condition.nonConfidential');
  });

  it('tells a proposal that only traces what is wrong with its design, naming both causes', () => {
    const answers = changed({
      ...tracingOnly,
      'condition.nonConfidential': 0,
      'proposal.patientIdentifiable': 'yes',
      'proposal.onChainData': 'metadata',
    });
    expect(capById(answers, 'gate.condition.nonConfidential')).toMatchObject({
      band: 'weakFit',
      alternative: 'hashAnchoring',
      reason: {
        text: `Confidential data would sit on the ledger: condition 5 (non-confidential data) is not met and patient-identifiable data would be on the ledger, and the ledger would hold more than hashes. ${leak} Keep only hashes on the ledger.`,
        questionIds: ['condition.nonConfidential', 'proposal.patientIdentifiable', 'proposal.onChainData'],
      },
    });
  });

  it('names an ordinary shared database when nothing needs tracing', () => {
    const answers = changed({
      'coreFunction.trackAndTrace': 'no',
      'proposal.patientIdentifiable': 'yes',
      'proposal.onChainData': 'records',
    });
    expect(capById(answers, 'gate.condition.nonConfidential')).toMatchObject({
      alternative: 'sharedDatabase',
      reason: {
        text: `Record pooling is ruled out: patient-identifiable data would be on the ledger, and the ledger would hold more than hashes. ${leak}`,
        questionIds: ['proposal.patientIdentifiable', 'proposal.onChainData'],
      },
    });
  });

  it('does not gate partially met condition 5, or unknown confidentiality, or hashes only', () => {
    expect(
      capIds(changed({ 'condition.nonConfidential': 2, 'proposal.onChainData': 'records' })),
    ).not.toContain('gate.condition.nonConfidential');
    expect(
      capIds(changed({ 'condition.nonConfidential': 'dontKnow', 'proposal.onChainData': 'metadata' })),
    ).not.toContain('gate.condition.nonConfidential');
    expect(
      capIds(changed({ 'proposal.patientIdentifiable': 'dontKnow', 'proposal.onChainData': 'records' })),
    ).not.toContain('gate.condition.nonConfidential');
    // Hashes only: condition 5 poorly met is a cap of its own, not the gate.
    expect(capsOf(changed({ 'condition.nonConfidential': 1 })).map((c) => [c.band, c.reason.id])).toEqual([
      ['conditionalFit', 'cap.condition.nonConfidential'],
    ]);
  });
});

describe('the condition caps, by weight for the core function relied on', () => {
  it('quotes the condition, its rating and its help', () => {
    const c2 = condition('condition.semanticInteroperability');
    expect(capById(changed({ [c2.id]: 0 }), `cap.${c2.id}`)).toEqual({
      band: 'weakFit',
      reason: {
        id: `cap.${c2.id}`,
        kind: 'cap',
        text: `Condition 2 (semantic interoperability) is not met. ${c2.help}`,
        questionIds: [c2.id],
      },
    });
  });

  it('for track-and-trace alone: a half-weight condition caps only when not met, and only at conditional fit', () => {
    expect(capsOf(changed({ ...tracingOnly, 'condition.commonInterest': 1 }))).toEqual([]);
    expect(
      capsOf(changed({ ...tracingOnly, 'condition.commonInterest': 0 })).map((c) => [c.band, c.reason.id]),
    ).toEqual([['conditionalFit', 'cap.condition.commonInterest']]);
    // Full weight for tracing: condition 3 not met caps at weak fit, poorly met at conditional fit.
    expect(capsOf(changed({ ...tracingOnly, 'condition.longitudinalRecord': 0 })).map((c) => c.band)).toEqual(
      ['weakFit'],
    );
    expect(capsOf(changed({ ...tracingOnly, 'condition.longitudinalRecord': 1 })).map((c) => c.band)).toEqual(
      ['conditionalFit'],
    );
  });

  it('for track-and-trace alone: condition 5 carries no weight, so it cannot cap', () => {
    expect(capsOf(changed({ ...tracingOnly, 'condition.nonConfidential': 0 }))).toEqual([]);
  });

  it('never caps on a condition partially met or better', () => {
    for (const c of conditions) expect(capsOf(changed({ [c.id]: 2 }))).toEqual([]);
  });
});

describe('the tension caps', () => {
  it('caps on tension 1 leaning to performance with more than hashes on the ledger, naming what goes on it', () => {
    const t = tension('tension.performanceVsSecurity');
    const answers = changed({ [t.id]: 1, 'proposal.onChainData': 'metadata' });
    expect(capById(answers, `cap.${t.id}`)).toEqual({
      band: 'conditionalFit',
      reason: {
        id: `cap.${t.id}`,
        kind: 'tension',
        text: `Tension 1 (performance and scalability vs security and resilience) is in conflict: ${t.conflictExplanation}`,
        questionIds: [t.id, 'proposal.onChainData'],
      },
    });
    expect(capIds(changed({ [t.id]: 2, 'proposal.onChainData': 'metadata' }))).not.toContain(`cap.${t.id}`);
    expect(capIds(changed({ [t.id]: 0 }))).not.toContain(`cap.${t.id}`);
  });

  it('caps on tension 3 leaning to social trust while pooling, naming record pooling', () => {
    const t = tension('tension.socialVsComputationalTrust');
    expect(capById(changed({ [t.id]: 0 }), `cap.${t.id}`)?.reason).toMatchObject({
      text: `Tension 3 (social vs computational trust) is in conflict: ${t.conflictExplanation}`,
      questionIds: [t.id, 'coreFunction.recordPooling'],
    });
    expect(capIds(changed({ ...tracingOnly, [t.id]: 0 }))).toEqual([]);
  });

  it('caps on tension 2 with identifiable data or records, naming the answers that hold', () => {
    const t = tension('tension.privacyVsTransparency');
    expect(
      capById(changed({ [t.id]: 1, 'proposal.patientIdentifiable': 'yes' }), `cap.${t.id}`)?.reason
        .questionIds,
    ).toEqual([t.id, 'proposal.patientIdentifiable', 'proposal.onChainData']);
    expect(
      capById(changed({ [t.id]: 1, 'proposal.onChainData': 'records' }), `cap.${t.id}`)?.reason.questionIds,
    ).toEqual([t.id, 'proposal.onChainData']);
    expect(capIds(changed({ [t.id]: 1, 'proposal.onChainData': 'metadata' }))).not.toContain(`cap.${t.id}`);
  });

  it('reports each position and whether it conflicts', () => {
    expect(
      tensionPositions(
        changed({
          'tension.performanceVsSecurity': 1,
          'tension.privacyVsTransparency': 'dontKnow',
          'tension.socialVsComputationalTrust': 1,
          'proposal.onChainData': 'records',
        }),
      ),
    ).toEqual([
      { tensionId: 'tension.performanceVsSecurity', position: 1, inConflict: true },
      { tensionId: 'tension.privacyVsTransparency', position: undefined, inConflict: false },
      { tensionId: 'tension.socialVsComputationalTrust', position: 1, inConflict: true },
    ]);
  });
});

describe('the obstacle caps', () => {
  it('caps a severe obstacle at conditional fit, saying it blocks a strong fit', () => {
    const o = obstacles.find((x) => x.id === 'obstacle.humanFactors')!;
    expect(capById(changed({ [o.id]: 4 }), `cap.${o.id}`)).toEqual({
      band: 'conditionalFit',
      reason: {
        id: `cap.${o.id}`,
        kind: 'risk',
        text: `Obstacle 6 (human factors and fallibility) is rated severe: no strong fit until it is mitigated. ${o.description}`,
        questionIds: [o.id],
      },
    });
  });
});

describe('the order of the caps', () => {
  it('lists gates before caps: pre-screen, core function, condition 4, condition 5, conditions, tensions, obstacles', () => {
    const answers = changed({
      'prescreen.appendOnly': 'no',
      'coreFunction.trackAndTrace': 'no',
      'coreFunction.recordPooling': 'no',
      'condition.validityCheck': 0,
      'condition.nonConfidential': 0,
      'proposal.onChainData': 'records',
      'condition.governanceIncentives': 1,
      'tension.performanceVsSecurity': 0,
      'obstacle.adoption': 4,
    });
    expect(capIds(answers)).toEqual([
      'gate.prescreen.appendOnly',
      'gate.noCoreFunction',
      'gate.condition.validityCheck',
      'gate.condition.nonConfidential',
      'cap.condition.governanceIncentives',
      'cap.tension.performanceVsSecurity',
      'cap.obstacle.adoption',
    ]);
  });
});
