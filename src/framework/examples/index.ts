import { credentialsExample } from './credentials';
import { hashAnchoredAuditTrailExample } from './hash-anchored-audit-trail';
import { medicineSupplyChainExample } from './medicine-supply-chain';
import { patientRecordsExample } from './patient-records';
import { providerDirectoryExample } from './provider-directory';
import type { WorkedExample } from './worked-example';

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
