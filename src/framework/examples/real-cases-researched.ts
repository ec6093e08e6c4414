import { documentedAnswers } from './real-case';
import type { WorkedExample } from './worked-example';

/**
 * Twelve more real healthcare ledger projects, researched for issue #23 (December 2026) through stored public
 * pages. Each answer rests on a source dated no later than the pitch (the date is in the source); what the pitch
 * does not say is "Don't know". The answers were committed before any outcome was looked up or written; the
 * outcomes came in a later commit (git history shows the order) and follow the outcome rule in docs/backtest.md.
 *
 * Obstacles are rated only from the pitch itself, by one rule for every case: adoption from who must join
 * (3 = many independent organisations or the public); governance from who shares the network (3 = competitors or
 * token holders; 1 = one organisation); data security from what patient data the ledger holds (3 = patient data on
 * the ledger; 2 = patient data off-chain, referenced from it; 1 = no patient data).
 */
const caseBasis = 'illustrative' as const;

export const researchedCases: readonly WorkedExample[] = [
  {
    id: 'case-synaptic-provider-directory',
    title: 'Synaptic Health Alliance provider directory (real case)',
    summary:
      'Competing US health plans and data firms share provider directory data on a permissioned Quorum ledger (pitched 2018).',
    basis: caseBasis,
    proposal: {
      organisations: 'Humana, MultiPlan, Optum, Quest Diagnostics, UnitedHealthcare; later Aetna, Ascension',
      description:
        'A joint database of doctors and other providers on Quorum, an Ethereum-based permissioned ledger, so members share the burden of keeping provider directories accurate.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'many',
        'Seven members by December 2018, each maintaining its own directory today.',
        'modernconsensus.com “Healthcare giants turn to blockchain for a joint database of doctors” (2018-12)',
      ],
      'proposal.onChainData': [
        'records',
        'A “joint database of doctors and other healthcare providers” on the ledger: provider demographic records.',
        'modernconsensus.com (2018-12)',
      ],
      'proposal.patientIdentifiable': [
        'no',
        'Provider directory data (addresses, specialties), not patient data.',
        'modernconsensus.com (2018-12)',
      ],
      'coreFunction.trackAndTrace': [
        'no',
        'The aim is one current directory, not an audit trail of items.',
        'modernconsensus.com (2018-12)',
      ],
      'coreFunction.recordPooling': [
        'yes',
        'Members pool provider data to “share the burden of managing healthcare provider data”.',
        'modernconsensus.com (2018-12)',
      ],
      'prescreen.sharedStore': [
        'yes',
        'Each company keeps its own provider database today, duplicating work; they want one shared view.',
        'modernconsensus.com (2018-12)',
      ],
      'prescreen.knownWriters': [
        'yes',
        'Named alliance members on a permissioned enterprise ledger.',
        'modernconsensus.com (2018-12)',
      ],
      'condition.commonInterest': [
        3,
        'Every plan must keep a directory by law and together they spend $2.1 billion a year on it; but they are competitors.',
        'modernconsensus.com (2018-12)',
      ],
      'condition.semanticInteroperability': [
        3,
        'Provider demographics (address, specialty, location) have a settled meaning.',
        'modernconsensus.com (2018-12)',
      ],
      'condition.longitudinalRecord': [
        3,
        'The value is the current state of each provider’s details.',
        'modernconsensus.com (2018-12)',
      ],
      'condition.nonConfidential': [
        4,
        'Provider directories are published to members.',
        'modernconsensus.com (2018-12)',
      ],
      'obstacle.adoption': [
        3,
        'Many independent plans and providers must join.',
        'modernconsensus.com (2018-12)',
      ],
      'obstacle.governance': [3, 'Competing insurers share one network.', 'modernconsensus.com (2018-12)'],
      'obstacle.dataSecurity': [1, 'No patient data.', 'modernconsensus.com (2018-12)'],
    }),
    outcome: {
      class: 'unknown',
      what: 'Phase-one pilot reported in August 2020: members found up to 88% of the needed demographic corrections; 11 members. No production service and no end of the work found.',
      date: '2020-08-27 (latest found)',
      sources: ['hcinnovationgroup.com 2020-08-27', 'synaptichealthalliance.com/resources (FAQ)'],
    },
  },
  {
    id: 'case-change-healthcare-ihn',
    title: 'Change Healthcare Intelligent Healthcare Network blockchain (real case)',
    summary:
      'A clearinghouse records claim-status events on Hyperledger Fabric to track submission and remittance (pitched January 2018).',
    basis: caseBasis,
    proposal: {
      organisations: 'Change Healthcare, with the payers and providers its network links',
      description:
        'Claim submission and remittance events passing through Change Healthcare’s clearinghouse recorded on a Hyperledger Fabric network, to track status and audit the claims lifecycle.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'one',
        'The events are those of Change Healthcare’s own clearinghouse network; the pitch names no other writer.',
        'emrandhipaa.com 2018-01-12',
      ],
      'proposal.onChainData': [
        'metadata',
        'Status of claim submission and remittance across the claims lifecycle.',
        'emrandhipaa.com 2018-01-12',
      ],
      'coreFunction.trackAndTrace': [
        'yes',
        '“Track the status of claims … audit, trace and trust those involved in transactions.”',
        'emrandhipaa.com 2018-01-12',
      ],
      'prescreen.trustedOperator': [
        'yes',
        'Change Healthcare already ran the clearinghouse linking 900,000 providers and 5,500 hospitals to 2,200 payers (its 2017/18 figures, in an undated case study; the pitch itself calls the network Change’s own).',
        'hyperledger.org Change Healthcare case study (figures for 2017/18); emrandhipaa.com 2018-01-12',
      ],
      'prescreen.tamperEvidentLog': [
        'yes',
        'An auditable trail of each claim’s status is the stated purpose.',
        'emrandhipaa.com 2018-01-12',
      ],
      'obstacle.governance': [1, 'One organisation runs it.', 'emrandhipaa.com 2018-01-12'],
    }),
    outcome: {
      class: 'unknown',
      what: 'A test network ran from January 2018 (up to 50 million transactions a day); smart contracts with TIBCO were announced. No later account of production use or of an end found.',
      date: '2018–2019 (latest found)',
      sources: [
        'hyperledger.org Change Healthcare case study',
        'futureiot.tech (Change Healthcare and TIBCO)',
      ],
    },
  },
  {
    id: 'case-medicalchain',
    title: 'Medicalchain, with a UK GP practice pilot (real case)',
    summary:
      'Patient health records on a permissioned Hyperledger Fabric ledger with a MedToken, piloted for video consultations with a London GP group (pitched 2017–2018).',
    basis: caseBasis,
    proposal: {
      organisations: 'Medicalchain; The Groves Medical Group (pilot); patients, doctors, labs, insurers',
      description:
        'Patients hold their health record on a permissioned ledger and grant doctors, hospitals, labs, pharmacists and insurers access; each interaction is a ledger transaction; MedTokens pay for consultations.',
      settings: ['ukNhs'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'many',
        'Doctors, hospitals, laboratories, pharmacists and insurers interact with records.',
        'healthcare.digital 2018-01-26 (Medicalchain white paper)',
      ],
      'proposal.onChainData': [
        'records',
        '“Utilization of blockchain technology to store patient health records and maintain a single version of the patient’s true data.”',
        'healthcare.digital 2018-01-26',
      ],
      'proposal.patientIdentifiable': [
        'yes',
        'Patients’ own health records.',
        'healthcare.digital 2018-01-26',
      ],
      'coreFunction.trackAndTrace': [
        'yes',
        '“Each interaction is auditable … recorded as a transaction on Medicalchain’s distributed ledger.”',
        'healthcare.digital 2018-01-26',
      ],
      'coreFunction.recordPooling': [
        'yes',
        'One shared record that many healthcare agents request access to.',
        'healthcare.digital 2018-01-26',
      ],
      'prescreen.sharedStore': [
        'yes',
        'Many organisations need the same record (“a single version of the patient’s true data”).',
        'healthcare.digital 2018-01-26',
      ],
      'prescreen.knownWriters': [
        'yes',
        'Built on the permission-based Hyperledger Fabric architecture.',
        'healthcare.digital 2018-01-26',
      ],
      'condition.commonInterest': [
        2,
        'Patients, clinicians and pharmaceutical firms licensing records for tokens want different things.',
        'healthcare.digital 2018-01-26',
      ],
      'condition.semanticInteroperability': [
        1,
        'Clinical records carry ambiguity (Yeung 2019, §6); openEHR is proposed to help.',
        'techtarget.com (Medicalchain pilot, 2018)',
      ],
      'condition.longitudinalRecord': [
        4,
        'A patient’s record over a lifetime.',
        'healthcare.digital 2018-01-26',
      ],
      'condition.nonConfidential': [
        0,
        'Health records are highly sensitive (Yeung 2019, §6).',
        'healthcare.digital 2018-01-26',
      ],
      'obstacle.adoption': [
        3,
        'Patients, GP practices, hospitals and insurers must all join.',
        'healthcare.digital 2018-01-26',
      ],
      'obstacle.governance': [
        3,
        'Token holders and many healthcare agents share the network.',
        'healthcare.digital 2018-01-26',
      ],
      'obstacle.dataSecurity': [3, 'Health records held on the ledger.', 'healthcare.digital 2018-01-26'],
    }),
    outcome: {
      class: 'unknown',
      what: 'ICO raised $24 M (February 2018); a video-consultation pilot with The Groves Medical Group; later said to be integrating with GP systems. No production record or end found.',
      date: '2018 (latest dated source)',
      sources: ['coinjournal.net 2018-02', 'techtarget.com (pilot, 2018)', 'rhino.fi AMA (undated)'],
    },
  },
  {
    id: 'case-pharmaledger-epi',
    title: 'PharmaLedger electronic product information (real case)',
    summary:
      'An EU IMI consortium of pharma companies anchors electronic medicine leaflets (ePI) in a ledger so patients can check them by scanning the pack (pitched 2020).',
    basis: caseBasis,
    proposal: {
      organisations: 'PharmaLedger consortium (IMI): 12 pharmaceutical companies and 17 other partners',
      description:
        'A patient scans the data matrix on a medicine pack and gets a blockchain-anchored electronic leaflet; the anchoring guarantees the information and supports an authenticity check.',
      settings: ['eu'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'many',
        'Each manufacturer publishes its own products’ leaflets; 12 pharmaceutical companies in the consortium.',
        'imi.europa.eu “PharmaLedger selects use cases” (2020)',
      ],
      'proposal.onChainData': [
        'hashesOnly',
        'The leaflet is “blockchain-anchored”: the content is kept off-chain.',
        'imi.europa.eu (2020)',
      ],
      'proposal.patientIdentifiable': [
        'no',
        'Product information, not patient data.',
        'imi.europa.eu (2020)',
      ],
      'coreFunction.trackAndTrace': [
        'yes',
        'Guarantee the reliability of the leaflet and check the product’s authenticity.',
        'imi.europa.eu (2020)',
      ],
      'coreFunction.recordPooling': [
        'no',
        'Each manufacturer publishes its own leaflets; nothing is pooled between them.',
        'imi.europa.eu (2020)',
      ],
      'prescreen.tamperEvidentLog': [
        'yes',
        '“The blockchain technology would guarantee the reliability of the information.”',
        'imi.europa.eu (2020)',
      ],
      'prescreen.knownWriters': ['yes', 'Consortium members.', 'imi.europa.eu (2020)'],
      'condition.commonInterest': [
        3,
        'Manufacturers share an interest in trust in medicines.',
        'imi.europa.eu (2020)',
      ],
      'condition.longitudinalRecord': [
        3,
        'Updates on the medicine and recalls over time.',
        'imi.europa.eu (2020)',
      ],
      'condition.validityCheck': [
        3,
        'A scan checks the leaflet and pack against the anchored record.',
        'imi.europa.eu (2020)',
      ],
      'condition.nonConfidential': [4, 'Medicine leaflets are public.', 'imi.europa.eu (2020)'],
      'obstacle.adoption': [
        3,
        'Every manufacturer, and patients with an app, would need to take part.',
        'imi.europa.eu (2020)',
      ],
      'obstacle.governance': [
        3,
        'Competing pharmaceutical companies in one network.',
        'imi.europa.eu (2020)',
      ],
      'obstacle.dataSecurity': [1, 'No patient data.', 'imi.europa.eu (2020)'],
    }),
    outcome: {
      class: 'production',
      what: 'The IMI project ended in December 2022; the PharmaLedger Association carried it on and launched the ePI product in 2023 (“one product now live”), with 11 new members but six big pharma firms gone.',
      date: '2023',
      sources: [
        'pharmaledger.eu “Introducing the PharmaLedger Association” (2022)',
        'ledgerinsights.com “PharmaLedger blockchain association launches first product” (2023)',
      ],
      design: {
        architecture: 'hashAnchoring',
        what: 'Leaflets held off-chain in data-sharing units anchored in the ledger.',
        sources: ['cordis.europa.eu PharmaLedger periodic report (2021)', 'imi.europa.eu (2020)'],
      },
    },
  },
  {
    id: 'case-nhs-vaccine-fridges',
    title: 'South Warwickshire NHS vaccine fridge monitoring on Hedera (real case)',
    summary:
      'Temperature readings of COVID-19 vaccine fridges in two NHS hospitals, encrypted and recorded on the Hedera ledger by the monitoring supplier (pitched January 2021).',
    basis: caseBasis,
    proposal: {
      organisations:
        'South Warwickshire NHS (Warwick and Stratford-upon-Avon hospitals); Everyware; Hedera Hashgraph',
      description:
        'Everyware’s sensors monitor fridge temperatures; its cloud platform encrypts the readings and passes them to Hedera’s ledger as a tamper-proof record that can be shared along the vaccine supply chain.',
      settings: ['ukNhs'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'one',
        'Everyware’s cloud platform passes the readings to the ledger.',
        'cnbc.com 2021-01-19',
      ],
      'proposal.onChainData': [
        'records',
        'The readings are “encrypted and then passed on to Hedera’s blockchain network”.',
        'cnbc.com 2021-01-19',
      ],
      'proposal.patientIdentifiable': ['no', 'Fridge temperatures.', 'cnbc.com 2021-01-19'],
      'coreFunction.trackAndTrace': [
        'yes',
        '“A tamper-proof digital record of temperature-sensitive vaccines.”',
        'cnbc.com 2021-01-19',
      ],
      'coreFunction.recordPooling': ['no', 'One supplier’s monitoring record.', 'cnbc.com 2021-01-19'],
      'prescreen.trustedOperator': [
        'yes',
        'The trust calls Everyware an existing “trusted partner” already monitoring its clinical equipment.',
        'eandt.theiet.org 2021-01',
      ],
      'prescreen.tamperEvidentLog': [
        'yes',
        'A tamper-proof record is the stated aim.',
        'cnbc.com 2021-01-19',
      ],
      'prescreen.knownWriters': ['yes', 'One named supplier.', 'cnbc.com 2021-01-19'],
      'condition.nonConfidential': [4, 'Temperatures are not confidential.', 'cnbc.com 2021-01-19'],
      'condition.validityCheck': [4, 'A reading is in the +2 to +8 °C range or not.', 'cnbc.com 2021-01-19'],
      'obstacle.dataSecurity': [1, 'No patient data.', 'cnbc.com 2021-01-19'],
    }),
    outcome: {
      class: 'production',
      what: 'In January 2021 the trust’s hospitals were “actively using” it for COVID-19 vaccine fridges (not described as a pilot); a wider roll-out was planned. No later source found either way.',
      date: '2021-01-19',
      sources: ['cnbc.com 2021-01-19', 'fortune.com 2021-01-19', 'cityam.com 2021-01-19'],
      design: {
        architecture: 'hashAnchoring',
        what: 'One supplier’s cloud platform keeps the readings and passes them, encrypted, to a public ledger service (Hedera) as a tamper-evident record.',
        sources: ['cnbc.com 2021-01-19'],
      },
    },
  },
  {
    id: 'case-simplyvital-health-nexus',
    title: 'SimplyVital Health, Health Nexus (real case)',
    summary:
      'A proof-of-stake fork of Ethereum with a token (HLTH) for providers to share patient data, pointers on-chain and data off-chain (pitched 2017).',
    basis: caseBasis,
    proposal: {
      organisations: 'SimplyVital Health; providers, insurers, patients',
      description:
        'Health Nexus: keys holding pointers and identifiers to patient data kept off-chain, a validation and governance protocol by proof of stake, and a token to pay for data sharing.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'many',
        'Healthcare providers share their patient data through it; patients grant access with keys.',
        'medium.com/simplyvital 2017-12-12',
      ],
      'proposal.onChainData': [
        'metadata',
        '“These keys store pointers and identifiers to the data”; the data is stored off the blockchain.',
        'medium.com/simplyvital “Health Nexus: the overview” 2017-12-12',
      ],
      'proposal.patientIdentifiable': [
        'yes',
        'Keys and identifiers point to named patients’ data.',
        'medium.com/simplyvital 2017-12-12',
      ],
      'coreFunction.recordPooling': [
        'yes',
        '“Allow healthcare providers to safely share their patient data.”',
        'medium.com/simplyvital 2017-12-12',
      ],
      'condition.commonInterest': [
        2,
        'Providers, insurers, patients and token holders want different things.',
        'ico41.com 2017-09-25',
      ],
      'condition.semanticInteroperability': [
        1,
        'Clinical data from many systems (Yeung 2019, §6).',
        'medium.com/simplyvital 2017-12-12',
      ],
      'condition.longitudinalRecord': [
        3,
        'Patients’ data over time across providers.',
        'medium.com/simplyvital 2017-12-12',
      ],
      'condition.nonConfidential': [
        0,
        'Patient data is highly sensitive (Yeung 2019, §6).',
        'medium.com/simplyvital 2017-12-12',
      ],
      'obstacle.adoption': [
        3,
        'Providers and patients across the industry must join.',
        'medium.com/simplyvital 2017-12-12',
      ],
      'obstacle.governance': [
        3,
        'Token holders validate by proof of stake.',
        'medium.com/simplyvital 2017-12-12',
      ],
      'obstacle.dataSecurity': [
        2,
        'Patient data off-chain, referenced by on-chain keys.',
        'medium.com/simplyvital 2017-12-12',
      ],
    }),
    outcome: {
      class: 'pivot',
      what: 'In January 2020 SimplyVital became a convener in Medicare’s BPCI-A bundled-payment programme, described as “a pivot” from blockchain infrastructure to care delivery; no Health Nexus network in production found.',
      date: '2020-01',
      sources: ['bert.substack.com “SimplyVital partners for value-based care program” (2020-01)'],
    },
  },
  {
    id: 'case-medibloc',
    title: 'MediBloc, South Korea (real case)',
    summary:
      'A patient-centred health-record platform with a token, in which patients rather than hospitals own their records (pitched 2017).',
    basis: caseBasis,
    proposal: {
      organisations: 'MediBloc; patients, hospitals, researchers',
      description:
        'Patients keep their own medical records on a blockchain-based platform that keeps them authentic, and choose whom to share them with; a token rewards participants.',
      settings: ['other'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'many',
        'Patients and many medical institutions.',
        'koreaherald.com 2017-11-20',
      ],
      'coreFunction.trackAndTrace': [
        'yes',
        '“We can ensure that the records kept by patients remain authentic at all times.”',
        'koreaherald.com 2017-11-20',
      ],
      'coreFunction.recordPooling': [
        'yes',
        'A “patient-centered health database platform” gathering records scattered across hospitals.',
        'koreaherald.com 2017-11-20',
      ],
      'condition.semanticInteroperability': [
        1,
        'Records from many hospitals’ closed systems (Yeung 2019, §6).',
        'koreaherald.com 2017-11-20',
      ],
      'condition.longitudinalRecord': [
        4,
        'A patient’s whole history in one place.',
        'koreaherald.com 2017-11-20',
      ],
      'condition.nonConfidential': [
        0,
        'Medical records are highly sensitive (Yeung 2019, §6).',
        'koreaherald.com 2017-11-20',
      ],
    }),
    outcome: {
      class: 'production',
      what: 'The Panacea mainnet produced its genesis block on 31 July 2019, storing only hashes of personal medical information; an insurance-claims service (MediPass) was to launch on it and is later described in operation.',
      date: '2019-07-31 (mainnet)',
      sources: ['tokenpost.kr (2019-08)', 'biznewyork.net (2019-08-01)', 'huoxun.com interview (undated)'],
      design: {
        architecture: 'hashAnchoring',
        what: 'A public proof-of-stake chain holding hashes of medical information; the data stays with patients and institutions.',
        sources: ['biznewyork.net (2019-08-01)'],
      },
    },
  },
  {
    id: 'case-robomed',
    title: 'Robomed Network (real case)',
    summary:
      'Smart contracts on Ethereum for treatment by clinical guideline, with payment released when the contract is performed (pitched 2017).',
    basis: caseBasis,
    proposal: {
      organisations: 'Robomed Network; clinics; patients holding RBM tokens',
      description:
        'A patient buys a smart contract for a disease, holding a clinical guideline’s list of actions; the money is frozen until the program confirms the contract was performed, then goes to the clinic or back to the patient.',
      settings: ['other'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'many',
        'Clinics and patients.',
        'medium.com/robomed “Smart contracts in Robomed Network” (2017-11)',
      ],
      'proposal.onChainData': [
        'metadata',
        'Contracts for treatment and payments; documents are kept in decentralised storage.',
        'medium.com/robomed (2017-11)',
      ],
      'proposal.patientIdentifiable': [
        'yes',
        'Each contract ties a patient’s account to a disease and its treatment.',
        'medium.com/robomed (2017-11)',
      ],
      'coreFunction.trackAndTrace': [
        'yes',
        'The program confirms each contract’s performance.',
        'medium.com/robomed (2017-11)',
      ],
      'coreFunction.recordPooling': [
        'no',
        'Contracts between a patient and a clinic, not a pooled record.',
        'medium.com/robomed (2017-11)',
      ],
      'prescreen.knownWriters': [
        'no',
        'Source code on the (public) Ethereum platform; any token buyer can take part.',
        'medium.com/robomed (2017-11)',
      ],
      'condition.validityCheck': [
        1,
        'Whether treatment achieved “concrete health results” is not a fixed, binary check.',
        'medium.com/robomed (2017-11)',
      ],
      'condition.nonConfidential': [
        1,
        'A patient’s disease and treatment are sensitive.',
        'medium.com/robomed (2017-11)',
      ],
    }),
    outcome: {
      class: 'unknown',
      what: 'ICO from late 2017; in May 2019 the co-founder still argued for blockchain in Russian clinics. No record of the smart contracts in production, or of an end, found.',
      date: '2019-05-31 (latest found)',
      sources: ['medium.com/@PetrosPapapa (2018)', 'hightech.fm 2019-05-31'],
    },
  },
  {
    id: 'case-akiri',
    title: 'Akiri network-as-a-service (real case)',
    summary:
      'An invitation-only private network, backed by the AMA’s Health2047, to move health data between organisations without storing it (pitched January 2018).',
    basis: caseBasis,
    proposal: {
      organisations: 'Akiri (Health2047); healthcare organisations, pharmacies, physicians',
      description:
        'A subscription-based private network that transmits data among healthcare organisations through a standardised system of codes, rather than storing health information.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'many',
        'Pharmacies, patients, physicians and other healthcare organisations.',
        'insightcity.com (Akiri, 2018)',
      ],
      'coreFunction.recordPooling': [
        'no',
        '“Rather than store health information, it will … transmit data”; not an EHR or HIE.',
        'thsa.org 2018-01-23',
      ],
      'prescreen.sharedStore': [
        'no',
        'It moves data between organisations’ own systems rather than keeping a shared store.',
        'thsa.org 2018-01-23',
      ],
      'prescreen.knownWriters': ['yes', 'Invitation-only, private network.', 'thsa.org 2018-01-23'],
    }),
    outcome: {
      class: 'unknown',
      what: '$10 M from Health2047 announced; no record of the network in production, or of an end, found.',
      date: '2018-01 (latest found)',
      sources: ['thsa.org 2018-01-23'],
    },
  },
  {
    id: 'case-embleema',
    title: 'Embleema PatientTruth (real case)',
    summary:
      'Patients upload medical histories and wearable data to a health-records blockchain and are paid in crypto for real-world evidence (pitched 2018).',
    basis: caseBasis,
    proposal: {
      organisations: 'Embleema consortium; patients; pharmaceutical companies',
      description:
        'PatientTruth lets patients upload medical histories and Fitbit data, control who sees them, and be paid in cryptocurrency when drug developers use them as real-world evidence.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': ['many', 'Patients upload their own data.', 'thirtyk.com 2018-08-07'],
      'coreFunction.recordPooling': [
        'yes',
        'A pool of patients’ data for drug developers.',
        'thirtyk.com 2018-08-07',
      ],
      'condition.commonInterest': [
        2,
        'Patients with “clinical trial fatigue” and drug developers want different things.',
        'thirtyk.com 2018-08-07',
      ],
      'condition.semanticInteroperability': [
        1,
        'Medical histories and wearable data of varied meaning (Yeung 2019, §6).',
        'thirtyk.com 2018-08-07',
      ],
      'condition.nonConfidential': [0, 'Medical histories are highly sensitive.', 'thirtyk.com 2018-08-07'],
      'condition.governanceIncentives': [
        2,
        'Patients paid in crypto to contribute.',
        'thirtyk.com 2018-08-07',
      ],
    }),
    outcome: {
      class: 'production',
      what: 'In October 2021 its CEO said Embleema put a blockchain system into production in 2018, on a private Hyperledger Fabric network whose nodes Embleema runs itself.',
      date: '2021-10-18',
      sources: ['mind.eu.com interview with Robert Chu, 2021-10-18'],
      design: {
        architecture: 'permissionedLedger',
        what: 'A private, permissioned Fabric ledger; every node run by Embleema.',
        sources: ['mind.eu.com 2021-10-18'],
      },
    },
  },
  {
    id: 'case-cdc-nchs-surveillance',
    title: 'CDC and IBM health-statistics access ledger (real case)',
    summary:
      'A ledger of who may access which medical files the CDC’s National Center for Health Statistics collects from providers (pitched 2018).',
    basis: caseBasis,
    proposal: {
      organisations: 'CDC National Center for Health Statistics; IBM; researchers; medical providers',
      description:
        'Researchers, the CDC and providers connect to a ledger to grant and see access to data from hospital record systems; the records stay encrypted in IBM’s cloud.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'many',
        'Researchers, the CDC and medical providers could all update access information.',
        'fastcompany (devicedaily.com) 2018',
      ],
      'proposal.onChainData': [
        'metadata',
        'The ledger “wouldn’t store the data itself, but it would track who has access to which pieces of data”.',
        'fastcompany (devicedaily.com) 2018',
      ],
      'coreFunction.trackAndTrace': [
        'yes',
        'Log who has accessed which parts of the data.',
        'fastcompany (devicedaily.com) 2018',
      ],
      'coreFunction.recordPooling': [
        'no',
        'The records are pooled in IBM’s cloud, not on the ledger.',
        'fastcompany (devicedaily.com) 2018',
      ],
      'prescreen.trustedOperator': [
        'yes',
        'The CDC already runs the national surveys that providers report to.',
        'fastcompany (devicedaily.com) 2018',
      ],
      'prescreen.tamperEvidentLog': [
        'yes',
        'Keep tabs on how datasets move; log who accessed what.',
        'nextgov.com 2018-11',
      ],
    }),
    outcome: {
      class: 'unknown',
      what: 'Tested with simulated data in 2018, “still in its infancy”; no record of production use or of an end found.',
      date: '2018-11 (latest found)',
      sources: ['nextgov.com 2018-11', 'fastcompany (devicedaily.com) 2018'],
    },
  },
  {
    id: 'case-cdc-responder-deployment',
    title: 'CDC responder-deployment data proof of concept (real case)',
    summary:
      'A Hyperledger Fabric layer to keep one copy of responders’ qualifications, clearances and travel documents across CDC centres (pitched 2018).',
    basis: caseBasis,
    proposal: {
      organisations: 'CDC Office of Risk Management and CDC centres',
      description:
        'Data on health workers’ qualifications, medical clearances, vaccinations, passports and visas, held in siloed CDC systems, shared as one ledger so every centre works from the same data.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'one',
        'Centres of one agency, the CDC, write; no outside organisation is named.',
        'gcn.com 2018-11-01',
      ],
      'proposal.onChainData': [
        'records',
        '“Every node … gets a copy of the data in the form of a ledger.”',
        'gcn.com 2018-11-01',
      ],
      'proposal.patientIdentifiable': [
        'no',
        'Staff data (qualifications, clearances), not patient data.',
        'gcn.com 2018-11-01',
      ],
      'coreFunction.recordPooling': [
        'yes',
        'One shared copy in place of conflicting copies across centres.',
        'gcn.com 2018-11-01',
      ],
      'prescreen.sharedStore': [
        'yes',
        '“When we have different copies of data in different places, we don’t trust the data.”',
        'gcn.com 2018-11-01',
      ],
      'prescreen.tamperEvidentLog': [
        'yes',
        'An immutable record of all transactions makes changes and mistakes visible.',
        'gcn.com 2018-11-01',
      ],
    }),
    outcome: {
      class: 'unknown',
      what: 'A proof of concept in October 2018; no record of production use or of an end found.',
      date: '2018-11-01 (latest found)',
      sources: ['gcn.com 2018-11-01'],
    },
  },
];
