import type { Assessment } from '../../schema/assessment-schema';
import { credentialsExample } from './credentials';
import { hashAnchoredAuditTrailExample } from './hash-anchored-audit-trail';
import { medicineSupplyChainExample } from './medicine-supply-chain';
import { patientRecordsExample } from './patient-records';
import { providerDirectoryExample } from './provider-directory';
import { type ExampleAnswer, sourceLabel, type WorkedExample } from './worked-example';

export const workedExamples: readonly WorkedExample[] = [
  patientRecordsExample,
  credentialsExample,
  medicineSupplyChainExample,
  hashAnchoredAuditTrailExample,
  providerDirectoryExample,
];

export function findExample(id: string): WorkedExample | undefined {
  return workedExamples.find((e) => e.id === id);
}

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
      setting: example.proposal.setting,
    },
    answers: Object.fromEntries(
      Object.entries(example.answers).map(([id, a]) => [id, { value: a.value, note: exampleNote(a) }]),
    ),
  };
}
