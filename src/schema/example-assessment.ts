import { type ExampleAnswer, sourceLabel, type WorkedExample } from '@/framework/examples/worked-example';
import type { Assessment } from './assessment-schema';

function exampleNote(answer: ExampleAnswer): string {
  return `${answer.rationale} [${sourceLabel(answer.source)}]`;
}

/** A worked example as a saved assessment, in the export schema; its notes carry rationale and source. */
export function exampleToAssessment(example: WorkedExample): Assessment {
  const stamp = '2019-11-28T00:00:00.000Z';
  return {
    id: `example-${example.id}`,
    createdAt: stamp,
    updatedAt: stamp,
    exampleId: example.id,
    proposal: {
      title: example.title,
      organisations: example.proposal.organisations,
      assessor: example.basis === 'illustrative' ? 'Ledger Fit (illustrative)' : 'After Yeung (2019)',
      date: '2019-11-28',
      description: example.proposal.description,
      settings: [...example.proposal.settings],
    },
    answers: Object.fromEntries(
      Object.entries(example.answers).map(([id, a]) => [id, { value: a.value, note: exampleNote(a) }]),
    ),
  };
}
