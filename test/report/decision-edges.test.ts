import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { conditions } from '../../src/framework/conditions';
import { obstacles } from '../../src/framework/obstacles';
import { decideReport } from '../../src/report/decision';
import type { Answers } from '../../src/schema/assessment-schema';
import { passingPrescreen } from '../engine/answers-fixtures';
import { answersOf, decideFor, inputsFor, pilot, undetermined, weak } from './decision-inputs';

/** Edges of the decision's wording left by the first mutation run of src/report (#25). */

describe('a step’s sentence end', () => {
  it('adds a full stop after punctuation only inside a step; trims spaces round a full one', () => {
    const d = decideFor(pilot, {
      regulatorySteps: [
        { id: 't', text: 'Check whether DCB0129 (safety) applies', phase: 'deciding', because: 'B.' },
        { id: 'u', text: '  Ask g.  ', phase: 'deciding', because: 'B.' },
      ],
    });
    expect(d.nextSteps.map((s) => s.text)).toEqual(['Check whether DCB0129 (safety) applies.', 'Ask g.']);
  });
});

describe('the last edges the mutation run found', () => {
  it('counts the answers missing in the plural (three named and two more)', () => {
    const answers = answersOf(undetermined);
    const result = assess(answers);
    const ids = [
      'obstacle.adoption',
      'obstacle.governance',
      'obstacle.dataSecurity',
      'obstacle.qualitySafety',
      'obstacle.humanFactors',
    ];
    const fact = decideReport(
      inputsFor(answers, {
        result: { ...result, evidence: { ...result.evidence, missingQuestionIds: ids as never } },
      }),
    ).decidingFact;
    expect(fact.id).toBe('decidingFact');
    expect(fact.text).toMatch(/, and adoption, internal governance, data security and 2 more are not\.$/);
  });

  it('a gate’s deciding fact is the decision’s own sentence; with no other gate its rule is the gate’s alone', () => {
    expect(decideFor(weak).decidingFact.id).toBe('decidingFact');
    const answers = answersOf('case-estonia-ksi');
    const result = assess(answers);
    expect(result.reasons.some((r) => !r.decisive && (r.kind === 'gate' || r.kind === 'cap'))).toBe(false);
    expect(decideReport(inputsFor(answers)).decidingFact.rule).toBe(
      result.reasons.find((r) => r.decisive)!.text,
    );
  });

  it('cuts a note at the last space within 160 characters, not at a later one', () => {
    const answers = answersOf(weak);
    const note = `${'a'.repeat(100)} ${'b'.repeat(100)} ${'c'.repeat(10)}`;
    const withNote = {
      ...answers,
      'proposal.patientIdentifiable': { ...answers['proposal.patientIdentifiable']!, note },
    };
    expect(decideReport(inputsFor(withNote)).decidingFact.text).toContain(
      `directly or indirectly? Yes. ${'a'.repeat(100)}… It would also fail on this:`,
    );
  });

  it('where risk holds the band back, names the obstacle though another obstacle is unknown', () => {
    const answers = scored([3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3]);
    answers['obstacle.humanFactors'] = { value: 'dontKnow' };
    const result = assess(answers);
    expect([result.scoreBand, result.reasons.find((r) => r.decisive)?.id]).toEqual([
      'conditionalFit',
      'score.band',
    ]);
    expect(decideReport(inputsFor(answers, { result })).decidingFact.text).toMatch(
      /^Obstacle risk [\d.]+\/100 is above the 50 a strong fit allows, most of all because of this: Adoption: high severity\.$/,
    );
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

describe('steps about the ledger itself once a ledger is ruled out', () => {
  const ledgerStep = {
    id: 'ledger',
    text: 'Check whether any on-chain address identifies staff',
    phase: 'deciding',
    because: 'B.',
  } as const;
  const anyStep = {
    id: 'any',
    text: 'Check whether DCB0129 applies',
    phase: 'deciding',
    because: 'B.',
  } as const;
  const ids = (exampleId: string, aboutTheLedger: boolean) =>
    decideFor(exampleId, {
      regulatorySteps: [{ ...ledgerStep, ...(aboutTheLedger ? { aboutTheLedger: true } : {}) }, anyStep],
    }).nextSteps.map((s) => s.id);

  it('leaves out a fact about the ledger under "not a fit" (do not adopt), keeping a step any system needs', () => {
    expect(ids('case-nhs-vaccine-fridges', false)).toEqual(expect.arrayContaining(['ledger', 'any']));
    expect(ids('case-nhs-vaccine-fridges', true)).toContain('any');
    expect(ids('case-nhs-vaccine-fridges', true)).not.toContain('ledger');
  });

  it('keeps it while a ledger is still possible: a weak fit (unless the gaps are closed), a pilot, no verdict yet', () => {
    expect(ids(pilot, true)).toContain('ledger');
    for (const exampleId of [weak, pilot, undetermined])
      expect(ids(exampleId, true)).toEqual(ids(exampleId, false));
  });
});
