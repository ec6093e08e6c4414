import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import type { AssessmentResult } from '../../src/engine/result-types';
import { closingTheQuestion } from '../../src/framework/closing-steps';
import { conditions } from '../../src/framework/conditions';
import { obstacles } from '../../src/framework/obstacles';
import { decideReport, maxNextSteps } from '../../src/report/decision';
import type { Answers } from '../../src/schema/assessment-schema';
import { passingPrescreen } from '../engine/answers-fixtures';
import { answersOf, decideFor, inputsFor, pilot, undetermined, weak } from './decision-inputs';

/**
 * The next steps, confidence sentence and deciding fact a board reads, from decideReport itself: each test
 * gives the decision one input it must react to (a duty's step of each phase, a count of vendor questions, a
 * confidence of each kind, a long note) and asserts the exact sentence or the exact list of steps.
 */

const dutySteps = [
  'Check the thing the duty asks',
  { id: 'duty.adopt', text: 'Sign a business associate agreement', phase: 'adopting', because: 'Because A.' },
  { id: 'duty.decide', text: 'Check whether the duty applies?', phase: 'deciding', because: 'Because D.' },
] as const;

describe('the next steps a recommendation admits', () => {
  it('a pilot takes every duty step: a bare one as a step for adopting, each ending as a sentence', () => {
    const d = decideFor(pilot, { regulatorySteps: dutySteps });
    expect(d.recommendation.kind).toBe('pilot');
    expect(d.admitsAdoption).toBe(true);
    expect(d.nextSteps).toEqual([
      {
        id: 'regulatory.0',
        text: 'Check the thing the duty asks.',
        phase: 'adopting',
        rule: 'A duty of the chosen setting, for an organisation that goes ahead.',
        answers: [],
      },
      {
        id: 'duty.adopt',
        text: 'Sign a business associate agreement.',
        phase: 'adopting',
        rule: 'Because A.',
        answers: [],
      },
      {
        id: 'duty.decide',
        text: 'Check whether the duty applies?',
        phase: 'deciding',
        rule: 'Because D.',
        answers: [],
      },
    ]);
  });

  it('a weak fit closes the question and keeps only the duty steps for deciding, never one for adopting', () => {
    const d = decideFor(weak, { regulatorySteps: dutySteps, vendorQuestionCount: 4 });
    expect(d.recommendation.kind).toBe('doNotProceed');
    expect(d.admitsAdoption).toBe(false);
    const rule = 'The recommendation is not to adopt a ledger (weak fit).';
    expect(d.nextSteps.map((s) => [s.id, s.phase, s.rule])).toEqual([
      ['closing.tellVendor', 'closing', rule],
      [
        'alternative.hashAnchoring.spec',
        'closing',
        `${rule} The alternative named is hash anchoring with off-chain storage.`,
      ],
      ['closing.recordDecision', 'closing', rule],
      [
        'findOut.prescreen.trustedOperator',
        'deciding',
        'An unknown answer is pivotal when some answer to it alone changes the verdict shown (method, 6).',
      ],
      ['duty.decide', 'deciding', 'Because D.'],
    ]);
    expect(d.nextSteps[0]?.text).toBe(closingTheQuestion.tellVendor.text);
    expect(d.nextSteps[3]?.text).toBe(
      "Find out: Is there an organisation that every writer would accept to run the shared store? (now don't know; this answer alone could change the verdict)",
    );
    expect(d.nextSteps[3]?.answers.map((a) => a.questionId)).toEqual(['prescreen.trustedOperator']);
  });

  it('names no alternative step when the design named is the one that fits', () => {
    const answers = answersOf(weak);
    const inputs = inputsFor(answers);
    const d = decideReport({ ...inputs, architecture: { ...inputs.architecture, kind: 'fits' } });
    expect(d.nextSteps.map((s) => s.id)).toEqual([
      'closing.tellVendor',
      'closing.recordDecision',
      'findOut.prescreen.trustedOperator',
    ]);
  });

  it('asks the vendor questions before any commitment under a pilot, before a decision with no verdict, never under a no', () => {
    expect(decideFor(pilot, { vendorQuestionCount: 3 }).nextSteps).toEqual([
      {
        id: 'vendorQuestions',
        text: 'Put the 3 questions for the vendor (in this paper) before any commitment.',
        phase: 'adopting',
        rule: 'Weak conditions, high obstacles, conflicting tensions and pivotal unknowns each raise a question for the vendor.',
        answers: [],
      },
    ]);
    expect(decideFor(pilot, { vendorQuestionCount: 0 }).nextSteps).toEqual([]);
    expect(decideFor(weak, { vendorQuestionCount: 3 }).nextSteps.map((s) => s.id)).not.toContain(
      'vendorQuestions',
    );
    const answers = answersOf(undetermined);
    const result = assess(answers);
    // Without its pivotal unknowns, the undetermined decision's steps leave room for the vendor's.
    const noPivotal = { ...result, confidence: { ...result.confidence, pivotalQuestionIds: [] } };
    const steps = decideReport(inputsFor(answers, { result: noPivotal, vendorQuestionCount: 2 })).nextSteps;
    expect(steps.at(-1)).toEqual({
      id: 'vendorQuestions',
      text: 'Put the 2 questions for the vendor (in this paper): the answers are needed before a decision.',
      phase: 'deciding',
      rule: 'Weak conditions, high obstacles, conflicting tensions and pivotal unknowns each raise a question for the vendor.',
      answers: [],
    });
  });

  it('with no verdict: the first three answers needed, then telling the vendor no decision is taken yet', () => {
    const d = decideFor(undetermined);
    expect(d.recommendation.kind).toBe('decideLater');
    expect(d.admitsAdoption).toBe(false);
    expect(d.nextSteps.slice(0, 4).map((s) => [s.id, s.text, s.phase, s.rule])).toEqual([
      [
        'findOut.proposal.onChainData',
        "Find out: What would be stored on the ledger itself? (now don't know; needed before any verdict)",
        'deciding',
        'No band without evidence (method, 4a).',
      ],
      [
        'findOut.obstacle.adoption',
        "Find out: How severe is the adoption obstacle for this proposal? (now don't know; needed before any verdict)",
        'deciding',
        'No band without evidence (method, 4a).',
      ],
      [
        'findOut.obstacle.interoperability',
        "Find out: How severe is the interoperability and standardisation obstacle? (now don't know; needed before any verdict)",
        'deciding',
        'No band without evidence (method, 4a).',
      ],
      [
        'closing.notYet',
        closingTheQuestion.notYet.text,
        'closing',
        'The recommendation is not to decide yet.',
      ],
    ]);
    expect(d.nextSteps[0]?.answers.map((a) => a.questionId)).toEqual(['proposal.onChainData']);
    // Neither "tell the vendor no" nor "record the decision": nothing has been decided.
    expect(d.nextSteps.map((s) => s.id)).not.toContain('closing.tellVendor');
    expect(d.nextSteps.map((s) => s.id)).not.toContain('closing.recordDecision');
  });

  it('lists at most six steps, the first six in order', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      id: `duty.${i}`,
      text: `Step ${i}`,
      phase: 'deciding' as const,
      because: 'B.',
    }));
    expect(maxNextSteps).toBe(6);
    expect(decideFor(pilot, { regulatorySteps: many }).nextSteps.map((s) => s.text)).toEqual([
      'Step 0.',
      'Step 1.',
      'Step 2.',
      'Step 3.',
      'Step 4.',
      'Step 5.',
    ]);
    expect(
      decideFor(pilot, { regulatorySteps: many.slice(0, 5), vendorQuestionCount: 2 }).nextSteps,
    ).toHaveLength(6);
  });

  it('lists a step once: a second with the same id or the same words is left out', () => {
    const d = decideFor(pilot, {
      regulatorySteps: [
        { id: 'duty.a', text: 'Do A.', phase: 'deciding', because: 'B.' },
        { id: 'duty.a', text: 'Do A again.', phase: 'deciding', because: 'B.' },
        { id: 'duty.b', text: 'Do A.', phase: 'deciding', because: 'B.' },
        { id: 'duty.c', text: 'Do C.', phase: 'deciding', because: 'B.' },
      ],
    });
    expect(d.nextSteps.map((s) => [s.id, s.text])).toEqual([
      ['duty.a', 'Do A.'],
      ['duty.c', 'Do C.'],
    ]);
  });

  it('ends each step as a sentence: trimmed, a full stop added only when none of . ? ! … ” ) ] ends it', () => {
    const texts = ['Ask (a)', 'Ask [b]', 'Ask “c”', 'Ask d…', 'Ask e!', '  Ask f  ', 'Ask g.'];
    const d = decideFor(pilot, {
      regulatorySteps: texts.map((text, i) => ({ id: `t.${i}`, text, phase: 'deciding', because: 'B.' })),
    });
    expect(d.nextSteps.map((s) => s.text)).toEqual([
      'Ask (a)',
      'Ask [b]',
      'Ask “c”',
      'Ask d…',
      'Ask e!',
      'Ask f.',
    ]);
  });
});

describe('the confidence sentence', () => {
  const answers = answersOf(pilot);
  const base = assess(answers);
  const meaning = (confidence: Partial<AssessmentResult['confidence']>) =>
    decideReport(
      inputsFor(answers, { result: { ...base, confidence: { ...base.confidence, ...confidence } } }),
    ).confidence.meaning;

  it('names the one unknown that could change the verdict alone, or each of several', () => {
    expect(
      meaning({
        level: 'medium',
        pivotalQuestionIds: ['obstacle.adoption'],
        unknownQuestionIds: ['obstacle.adoption'],
      }),
    ).toBe('One unknown answer could, alone, change the verdict once known: Adoption.');
    expect(
      meaning({
        level: 'low',
        pivotalQuestionIds: ['obstacle.adoption', 'obstacle.dataSecurity'],
        unknownQuestionIds: ['obstacle.adoption', 'obstacle.dataSecurity'],
      }),
    ).toBe(
      '2 unknown answers could each, alone, change the verdict once known: Adoption, Data security. Treat the verdict as a starting point for inquiry.',
    );
  });

  it('says when the unknowns could change it only together, and in which direction', () => {
    const together = {
      level: 'medium' as const,
      pivotalQuestionIds: [],
      unknownQuestionIds: ['obstacle.adoption', 'obstacle.governance', 'obstacle.dataSecurity'] as never,
    };
    expect(meaning({ ...together, movedTogether: ['best'] })).toBe(
      'No single unknown answer changes the verdict alone, but the 3 unknowns together could, if they all turned out favourable.',
    );
    expect(meaning({ ...together, movedTogether: ['worst'] })).toBe(
      'No single unknown answer changes the verdict alone, but the 3 unknowns together could, if they all turned out unfavourable.',
    );
    expect(meaning({ ...together, level: 'low', movedTogether: ['worst', 'best'] })).toBe(
      'No single unknown answer changes the verdict alone, but the 3 unknowns together could, if they all turned out unfavourable. Treat the verdict as a starting point for inquiry.',
    );
  });

  it('says when no unknown can change it, counting one answer in the singular', () => {
    const none = { level: 'high' as const, pivotalQuestionIds: [], movedTogether: [] };
    expect(meaning({ ...none, unknownQuestionIds: [] })).toBe('Every answer the verdict needs is known.');
    expect(meaning({ ...none, unknownQuestionIds: ['obstacle.adoption'] })).toBe(
      '1 answer is unknown, but none of them, alone or all together at either extreme, could change the verdict.',
    );
    expect(meaning({ ...none, unknownQuestionIds: ['obstacle.adoption', 'obstacle.governance'] })).toBe(
      '2 answers are unknown, but none of them, alone or all together at either extreme, could change the verdict.',
    );
  });

  it('prints the level and the meaning as one sentence, citing the pivotal answers', () => {
    const d = decideReport(
      inputsFor(answers, {
        result: {
          ...base,
          confidence: { ...base.confidence, level: 'medium', pivotalQuestionIds: ['obstacle.adoption'] },
        },
      }),
    );
    const sentence = d.sentences.find((s) => s.id === 'confidence')!;
    expect(sentence.text).toBe(
      'Medium confidence. One unknown answer could, alone, change the verdict once known: Adoption.',
    );
    expect(sentence.answers.map((a) => a.questionId)).toEqual(['obstacle.adoption']);
    expect(d.confidence).toEqual({
      level: 'medium',
      label: 'Medium confidence',
      meaning: 'One unknown answer could, alone, change the verdict once known: Adoption.',
    });
  });

  it('with no verdict, says one could be given only once the needed answers are known', () => {
    expect(decideFor(undetermined).confidence.meaning).toBe(
      'No verdict can be given until the answers listed as needed are known; once they are, it could be any band.',
    );
  });
});

describe('the deciding fact', () => {
  it('with no verdict: how much is known, the first three answers missing, and how many more', () => {
    const answers = answersOf(undetermined);
    const result = assess(answers);
    const fact = decideReport(inputsFor(answers)).decidingFact;
    expect(fact.text).toBe(
      'Too little is known yet to give a verdict: 6 of the six conditions and 0 of the six obstacles are known, and what goes on the ledger, adoption, interoperability and 4 more are not.',
    );
    expect(fact.rule).toBe(
      'No band is given until the core function, what goes on the ledger, 4 conditions and 3 obstacles are known, unless a known fact rules a ledger out (method, 4a).',
    );
    expect(fact.answers.map((a) => a.questionId)).toEqual(result.evidence.missingQuestionIds);
    const missing = (ids: string[]) =>
      decideReport(
        inputsFor(answers, {
          result: { ...result, evidence: { ...result.evidence, missingQuestionIds: ids as never } },
        }),
      ).decidingFact.text;
    expect(missing(['obstacle.adoption'])).toBe(
      'Too little is known yet to give a verdict: 6 of the six conditions and 0 of the six obstacles are known, and adoption is not.',
    );
    expect(missing(['obstacle.adoption', 'obstacle.governance', 'obstacle.dataSecurity'])).toBe(
      'Too little is known yet to give a verdict: 6 of the six conditions and 0 of the six obstacles are known, and adoption, internal governance and data security are not.',
    );
    expect(
      missing([
        'obstacle.adoption',
        'obstacle.governance',
        'obstacle.dataSecurity',
        'obstacle.qualitySafety',
      ]),
    ).toMatch(/, and adoption, internal governance, data security and 1 more are not\.$/);
  });

  it('a gate: the answer with the assessor’s note, then the next limiting gate, and both rules', () => {
    const fact = decideFor(weak).decidingFact;
    expect(fact.text).toBe(
      'Would anything on the ledger identify a patient, directly or indirectly? Yes. Health records are about identified patients. [Yeung 2019, §6] It would also fail on this: Semantic interoperability: poorly met. Clear and settled agreement on the semantic meaning of the records appears very poorly met. [Yeung 2019, §6]',
    );
    expect(fact.answers.map((a) => a.questionId)).toEqual([
      'proposal.patientIdentifiable',
      'condition.semanticInteroperability',
    ]);
    expect(fact.rule).toMatch(
      /^Record pooling is ruled out: .* Also limiting: Condition 2 \(semantic interoperability\) is poorly met\./,
    );
  });

  it('cuts a long note at a word near 160 characters (whole up to 160), or at 80 without a space', () => {
    const factWith = (note: string) => {
      const answers = answersOf(weak);
      const withNote = {
        ...answers,
        'proposal.patientIdentifiable': { ...answers['proposal.patientIdentifiable']!, note },
      };
      return decideReport(inputsFor(withNote)).decidingFact.text;
    };
    const lead = 'Would anything on the ledger identify a patient, directly or indirectly? Yes.';
    const exact = `${'a'.repeat(100)} ${'b'.repeat(58)}.`;
    expect(exact).toHaveLength(160);
    expect(factWith(exact)).toContain(`${lead} ${exact} It would also fail on this:`);
    expect(factWith(`${'a'.repeat(100)} ${'b'.repeat(100)}`)).toContain(
      `${lead} ${'a'.repeat(100)}… It would also fail on this:`,
    );
    expect(factWith('c'.repeat(200))).toContain(`${lead} ${'c'.repeat(80)}… It would also fail on this:`);
  });

  it('where the scores decide a weak fit, names the obstacle over a conditional fit’s limit', () => {
    const answers = scored([2, 2, 2, 2, 2, 2], [4, 4, 4, 4, 3, 3]);
    const fact = decideReport(inputsFor(answers)).decidingFact;
    expect(fact.text).toBe(
      'Obstacle risk 91.7/100 is above the 75 a conditional fit allows, most of all because of this: Adoption: severe.',
    );
    expect(fact.rule).toMatch(
      /would be a weak fit: .* The fact named is the answer that holds the scores where they are\.$/,
    );
  });

  it('where both scores hold a conditional fit back, names the obstacle, then the condition', () => {
    const fact = decideReport(inputsFor(scored([2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3]))).decidingFact;
    expect(fact.text).toBe(
      'Obstacle risk 75/100 is above the 50 a strong fit allows, most of all because of this: Adoption: high severity. Condition fit 50/100 falls short of the 75 a strong fit needs, most of all because of this: Common interest: partially met.',
    );
    expect(fact.answers.map((a) => a.questionId)).toEqual(['obstacle.adoption', 'condition.commonInterest']);
  });

  it('at the limits themselves: fit 75 is not short of a strong fit, risk 50 not above it', () => {
    // Fit exactly 75, risk 75: only risk is named.
    expect(decideReport(inputsFor(scored([3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3]))).decidingFact.text).toBe(
      'Obstacle risk 75/100 is above the 50 a strong fit allows, most of all because of this: Adoption: high severity.',
    );
    // Risk exactly 50, fit 50: only fit is named.
    expect(decideReport(inputsFor(scored([2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 2]))).decidingFact.text).toBe(
      'Condition fit 50/100 falls short of the 75 a strong fit needs, most of all because of this: Common interest: partially met.',
    );
  });
});

describe('the sentences and the verdict every output prints', () => {
  it('in reading order: verdict, recommendation, deciding fact, each reason, design, confidence, steps', () => {
    const d = decideFor(pilot, { vendorQuestionCount: 2 });
    const result = assess(answersOf(pilot));
    expect(d.sentences.map((s) => s.id)).toEqual([
      'verdict',
      'recommendation',
      'decidingFact',
      ...result.reasons.map((r) => `reason.${r.id}`),
      'design',
      'confidence',
      'vendorQuestions',
    ]);
    expect(d.sentences[0]?.text).toBe(`Conditional fit: ${d.verdict.headline}`);
    expect(d.sentences[1]?.rule).toBe('A conditional fit admits at most this step towards a ledger.');
    const design = d.sentences.find((s) => s.id === 'design')!;
    expect(design.text).toBe('The design named for this verdict.');
    const decisive = result.reasons.find((r) => r.decisive)!;
    expect(d.sentences.find((s) => s.id === `reason.${decisive.id}`)?.rule).toBe('It set the verdict shown.');
    const other = result.reasons.find((r) => !r.decisive)!;
    expect(d.sentences.find((s) => s.id === `reason.${other.id}`)?.rule).toBe(
      `A ${other.kind} the answers give.`,
    );
    expect(d.scoreBand).toBe('conditionalFit');
  });

  it('with no verdict: no design sentence, no score band, a missing verdict admits no step', () => {
    const d = decideFor(undetermined);
    expect(d.sentences.map((s) => s.id)).not.toContain('design');
    expect(d.sentences[1]?.rule).toBe('A missing verdict admits no step towards adopting a ledger.');
    expect('scoreBand' in d).toBe(false);
    expect(decideFor(weak).sentences[1]?.rule).toBe('A weak fit admits no step towards adopting a ledger.');
  });

  it('is provisional only with a verdict given and questions unanswered', () => {
    const provisionalOf = (exampleId: string, provisional: boolean) => {
      const answers = answersOf(exampleId);
      return decideReport(inputsFor(answers, { result: { ...assess(answers), provisional } })).verdict
        .provisional;
    };
    expect(provisionalOf(pilot, true)).toBe(true);
    expect(provisionalOf(pilot, false)).toBe(false);
    expect(provisionalOf(undetermined, true)).toBe(false);
  });

  it('each band has its recommendation kind, and only a pilot or a go-ahead admits adoption', () => {
    const kinds = ['professional-credentials', pilot, weak, 'case-estonia-ksi', undetermined].map((id) => {
      const d = decideFor(id);
      return [d.verdict.id, d.recommendation.kind, d.admitsAdoption];
    });
    expect(kinds).toEqual([
      ['strongFit', 'proceed', true],
      ['conditionalFit', 'pilot', true],
      ['weakFit', 'doNotProceed', false],
      ['notAFit', 'doNotAdopt', false],
      ['undetermined', 'decideLater', false],
    ]);
  });
});

/** Past the pre-screen, each condition and obstacle rated as given, in the method's order. */
function scored(conditionValues: number[], obstacleValues: number[]): Answers {
  const answers: Answers = Object.fromEntries(
    Object.entries(passingPrescreen).map(([id, value]) => [id, { value }]),
  );
  conditions.forEach((q, i) => {
    answers[q.id] = { value: conditionValues[i]! };
  });
  obstacles.forEach((q, i) => {
    answers[q.id] = { value: obstacleValues[i]! };
  });
  return answers;
}

describe('which answers the deciding fact and the sentences cite', () => {
  const answers = answersOf(weak);
  const withNotes = (keep: string[]) =>
    Object.fromEntries(
      Object.entries(answers).map(([id, a]) => {
        const { note, ...rest } = a;
        return [id, keep.includes(id) && note !== undefined ? { ...rest, note } : rest];
      }),
    ) as Answers;
  const noted = (notes: Record<string, string>) => {
    const plain = withNotes([]);
    for (const [id, note] of Object.entries(notes)) plain[id] = { ...plain[id]!, note };
    return plain;
  };

  it('without notes, the proposal’s own answer comes first; then the next gate’s, once', () => {
    const fact = decideReport(inputsFor(withNotes([]))).decidingFact;
    expect(fact.text).toBe(
      'Would anything on the ledger identify a patient, directly or indirectly? Yes. It would also fail on this: Semantic interoperability: poorly met.',
    );
  });

  it('an answer with the assessor’s note comes before the proposal’s answers without one', () => {
    const fact = decideReport(
      inputsFor(noted({ 'condition.nonConfidential': 'Notes hold names.' })),
    ).decidingFact;
    expect(fact.text).toBe(
      'Non-confidential data: not met. Notes hold names. It would also fail on this: Semantic interoperability: poorly met.',
    );
    expect(fact.answers.map((a) => a.questionId)).toEqual([
      'condition.nonConfidential',
      'condition.semanticInteroperability',
    ]);
  });

  it('the verdict and recommendation cite the deciding reason’s answers; each reason its own', () => {
    const result = assess(answers);
    const d = decideReport(inputsFor(answers));
    const decisive = result.reasons.filter((r) => r.decisive).flatMap((r) => r.questionIds);
    expect(decisive.length).toBeGreaterThan(0);
    expect(d.sentences[0]?.answers.map((a) => a.questionId)).toEqual(decisive);
    expect(d.sentences[1]?.answers.map((a) => a.questionId)).toEqual(decisive);
    for (const r of result.reasons)
      expect(d.sentences.find((s) => s.id === `reason.${r.id}`)?.answers.map((a) => a.questionId)).toEqual(
        r.questionIds,
      );
    expect(d.sentences.find((s) => s.id === 'design')?.answers.map((a) => a.questionId)).toEqual(decisive);
  });

  it('asks to find out at most three pivotal unknowns, in the order the engine ranks them', () => {
    const pilotAnswers = answersOf(pilot);
    const base = assess(pilotAnswers);
    const four = [
      'obstacle.adoption',
      'obstacle.governance',
      'obstacle.dataSecurity',
      'obstacle.humanFactors',
    ];
    const d = decideReport(
      inputsFor(pilotAnswers, {
        result: { ...base, confidence: { ...base.confidence, pivotalQuestionIds: four as never } },
      }),
    );
    expect(d.nextSteps.map((s) => s.id)).toEqual(four.slice(0, 3).map((id) => `findOut.${id}`));
    expect(d.nextSteps[0]?.text).toBe(
      'Find out: How severe is the adoption obstacle for this proposal? (now high; this answer alone could change the verdict)',
    );
  });
});

describe('edges of the wording', () => {
  it('adds a full stop to a step that has punctuation only inside it', () => {
    const d = decideFor(pilot, {
      regulatorySteps: [
        { id: 't', text: 'Check whether DCB0129 (safety) applies', phase: 'deciding', because: 'B.' },
      ],
    });
    expect(d.nextSteps.map((s) => s.text)).toEqual(['Check whether DCB0129 (safety) applies.']);
  });

  it('a note cut at a double space ends on the word, not on a space', () => {
    const answers = answersOf(weak);
    const note = `${'a'.repeat(100)}  ${'b'.repeat(100)}`;
    const withNote = {
      ...answers,
      'proposal.patientIdentifiable': { ...answers['proposal.patientIdentifiable']!, note },
    };
    expect(decideReport(inputsFor(withNote)).decidingFact.text).toContain(
      `directly or indirectly? Yes. ${'a'.repeat(100)}… It would also fail on this:`,
    );
  });

  it('where fit holds the band back, names the known condition furthest short, never an unknown one', () => {
    const answers = scored([2, 3, 3, 3, 3, 3], [2, 2, 2, 2, 2, 2]);
    answers['condition.commonInterest'] = { value: 'dontKnow' };
    answers['condition.semanticInteroperability'] = { value: 2 };
    const result = assess(answers);
    expect([result.scoreBand, result.reasons.find((r) => r.decisive)?.id]).toEqual([
      'conditionalFit',
      'score.band',
    ]);
    const fact = decideReport(inputsFor(answers, { result })).decidingFact;
    expect(fact.answers.map((a) => a.questionId)).toEqual(['condition.semanticInteroperability']);
    expect(fact.text).toMatch(/most of all because of this: Semantic interoperability: partially met\.$/);
  });

  it('states the rule behind the verdict, the design and the confidence sentences', () => {
    const rules = Object.fromEntries(decideFor(pilot).sentences.map((s) => [s.id, s.rule]));
    expect(rules.verdict).toBe(
      'The worse of the band the scores earn and every gate that applies; no band without enough known (method, 3–4a).',
    );
    expect(rules.design).toBe(
      'The design that fits a conditional or strong fit; the alternative of the deciding gate otherwise (method, 4b).',
    );
    expect(rules.confidence).toBe(
      'High when no unknown can change the verdict alone or all together at either extreme (method, 6).',
    );
  });
});
