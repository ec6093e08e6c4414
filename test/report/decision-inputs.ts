import { assess } from '../../src/engine/assess';
import type { AssessmentResult } from '../../src/engine/result-types';
import { findExample } from '../../src/framework/examples';
import { type DecisionInputs, decideReport } from '../../src/report/decision';
import type { Answers } from '../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../src/schema/example-assessment';

/** What the decision is given, for the tests that call decideReport directly (decision-steps, decision-edges). */

export const answersOf = (exampleId: string): Answers => exampleToAssessment(findExample(exampleId)!).answers;

export function inputsFor(
  answers: Answers,
  over: Partial<DecisionInputs> & { result?: AssessmentResult } = {},
): DecisionInputs {
  const result = over.result ?? assess(answers);
  return {
    answers,
    result,
    architecture: {
      id: result.architecture.architecture,
      kind: result.architecture.kind,
      alreadyHasDesign: result.architecture.alreadyHasDesign ?? false,
      title: 'Hash anchoring with off-chain storage',
      why: 'The design named for this verdict.',
    },
    regulatorySteps: [],
    vendorQuestionCount: 0,
    ...over,
  };
}

export const decideFor = (exampleId: string, over: Partial<DecisionInputs> = {}) =>
  decideReport(inputsFor(answersOf(exampleId), over));

/** A conditional fit with every answer known (high confidence, no pivotal unknowns): a pilot. */
export const pilot = 'medicine-supply-chain';
/** A weak fit (a gate: identifiable data on the ledger), one pivotal unknown, hash anchoring named instead. */
export const weak = 'patient-records';
/** Too little known for a verdict. */
export const undetermined = 'case-procredex';
