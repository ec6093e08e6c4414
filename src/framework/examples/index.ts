import { credentialsExample } from './credentials';
import { hashAnchoredAuditTrailExample } from './hash-anchored-audit-trail';
import { medicineSupplyChainExample } from './medicine-supply-chain';
import { patientRecordsExample } from './patient-records';
import { providerDirectoryExample } from './provider-directory';
import { realCases } from './real-cases';
import type { WorkedExample } from './worked-example';

export const workedExamples: readonly WorkedExample[] = [
  patientRecordsExample,
  credentialsExample,
  medicineSupplyChainExample,
  hashAnchoredAuditTrailExample,
  providerDirectoryExample,
  ...realCases,
];

/** Yeung's and our illustrative examples, apart from the real cases (which carry an outcome). */
export const isRealCase = (example: WorkedExample) => example.outcome !== undefined;

export function findExample(id: string): WorkedExample | undefined {
  return workedExamples.find((e) => e.id === id);
}
