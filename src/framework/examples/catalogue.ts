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

/** The real cases (shared/cases.md and issue #23), offered in the start page's list under their own heading. */
export const realCaseCatalogue = [
  { id: 'case-estonia-ksi', title: 'Estonia e-Health with Guardtime KSI (real case)' },
  { id: 'case-mediledger-dscsa', title: 'MediLedger DSCSA pilot (real case)' },
  { id: 'case-mediledger-contracts', title: 'MediLedger Contracts & Chargebacks (real case)' },
  { id: 'case-ibm-dscsa', title: 'IBM, KPMG, Merck and Walmart DSCSA pilot (real case)' },
  { id: 'case-medrec', title: 'MedRec, MIT Media Lab (real case)' },
  { id: 'case-procredex', title: 'ProCredEx, Professional Credentials Exchange (real case)' },
  {
    id: 'case-illinois-licences',
    title: 'Illinois Blockchain Initiative medical licence registry (real case)',
  },
  { id: 'case-patientory', title: 'Patientory, PTOY token (real case)' },
  { id: 'case-nebula-genomics', title: 'Nebula Genomics (real case)' },
  { id: 'case-solve-care', title: 'Solve.Care, SOLVE token (real case)' },
  { id: 'case-gem-health', title: 'Gem Health (real case)' },
  { id: 'case-avaneer', title: 'Avaneer Health (real case)' },
  {
    id: 'case-synaptic-provider-directory',
    title: 'Synaptic Health Alliance provider directory (real case)',
  },
  {
    id: 'case-change-healthcare-ihn',
    title: 'Change Healthcare Intelligent Healthcare Network blockchain (real case)',
  },
  { id: 'case-medicalchain', title: 'Medicalchain, with a UK GP practice pilot (real case)' },
  { id: 'case-pharmaledger-epi', title: 'PharmaLedger electronic product information (real case)' },
  {
    id: 'case-nhs-vaccine-fridges',
    title: 'South Warwickshire NHS vaccine fridge monitoring on Hedera (real case)',
  },
  { id: 'case-simplyvital-health-nexus', title: 'SimplyVital Health, Health Nexus (real case)' },
  { id: 'case-medibloc', title: 'MediBloc, South Korea (real case)' },
  { id: 'case-robomed', title: 'Robomed Network (real case)' },
  { id: 'case-akiri', title: 'Akiri network-as-a-service (real case)' },
  { id: 'case-embleema', title: 'Embleema PatientTruth (real case)' },
  { id: 'case-cdc-nchs-surveillance', title: 'CDC and IBM health-statistics access ledger (real case)' },
  {
    id: 'case-cdc-responder-deployment',
    title: 'CDC responder-deployment data proof of concept (real case)',
  },
] as const;
export type ExampleId = (typeof exampleCatalogue)[number]['id'];

export function catalogueTitle(id: ExampleId): string {
  return exampleCatalogue.find((e) => e.id === id)?.title ?? id;
}
