/**
 * The worked examples' ids and titles: all the start page needs, so the examples themselves (answers,
 * rationales) load only when an example is opened. Each example takes its title from here.
 */
export const exampleCatalogue = [
  { id: 'patient-records', title: 'Blockchain-based patient records (EHRs)' },
  { id: 'professional-credentials', title: 'Professional credentials' },
  { id: 'medicine-supply-chain', title: 'Prescription medicine supply-chain tracking' },
  { id: 'hash-anchored-audit-trail', title: 'Audit trail of record integrity by hash anchoring' },
  { id: 'provider-directory', title: 'Shared provider directory (payer and provider consortium)' },
] as const;
export type ExampleId = (typeof exampleCatalogue)[number]['id'];

export function catalogueTitle(id: ExampleId): string {
  return exampleCatalogue.find((e) => e.id === id)?.title ?? id;
}
