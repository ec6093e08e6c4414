import fc from 'fast-check';
import { allQuestions } from '../../src/framework/questions';
import { dontKnow } from '../../src/framework/scales';
import type { Answers } from '../../src/schema/assessment-schema';

/** Any answers: each question left out, "don't know", or one of its options. */
export const anyAnswers: fc.Arbitrary<Answers> = fc
  .tuple(
    ...allQuestions.map((q) =>
      fc.option(fc.constantFrom(...q.options.map((o) => o.value), dontKnow), { nil: undefined }),
    ),
  )
  .map((values) => {
    const answers: Answers = {};
    allQuestions.forEach((q, i) => {
      const value = values[i];
      if (value !== undefined) answers[q.id] = { value };
    });
    return answers;
  });

export function completeAnswers(overrides: Record<string, string | number>): Answers {
  const answers: Answers = {};
  for (const q of allQuestions) {
    const value = overrides[q.id] ?? q.options[0]?.value;
    if (value !== undefined) answers[q.id] = { value };
  }
  return answers;
}

/** Answers with most questions known (each one "Don't know" about one time in eight): a verdict is usually given. */
export const mostlyKnownAnswers: fc.Arbitrary<Answers> = fc
  .tuple(
    ...allQuestions.map((q) =>
      fc.oneof(
        { weight: 7, arbitrary: fc.constantFrom(...q.options.map((o) => o.value)) },
        { weight: 1, arbitrary: fc.constant(dontKnow) },
      ),
    ),
  )
  .map((values) => Object.fromEntries(allQuestions.map((q, i) => [q.id, { value: values[i]! }])) as Answers);

/** A proposal that passes the pre-screen: several known writers, hashes only, both core functions. */
export const passingPrescreen: Record<string, string> = {
  'proposal.writerCount': 'many',
  'proposal.onChainData': 'hashesOnly',
  'proposal.patientIdentifiable': 'no',
  'coreFunction.trackAndTrace': 'yes',
  'coreFunction.recordPooling': 'yes',
  'prescreen.sharedStore': 'yes',
  'prescreen.trustedOperator': 'no',
  'prescreen.appendOnly': 'yes',
  'prescreen.tamperEvidentLog': 'yes',
  'prescreen.knownWriters': 'yes',
};
