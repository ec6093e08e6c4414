import { documentedAnswers } from './real-case';
import { researchedCases } from './real-cases-researched';
import type { WorkedExample } from './worked-example';

/**
 * Real healthcare ledger projects, each answered from what was documented when it was pitched; the outcome is
 * kept apart and never feeds an answer. The first twelve come from shared/cases.md (checked November 2026,
 * corrected December 2026 by shared/factcheck-2026-12.md §2–3); the rest were researched for issue #23, their
 * answers committed before their outcomes were written. Obstacles are rated only where the design as pitched
 * makes them plain (competitors in one network, records on the ledger), with the reason. Sources are cited as
 * "site or document, date"; "via fact-check" marks a source read by the fact-checker, not by the encoder.
 */
const caseBasis = 'illustrative' as const;

const firstTwelve: readonly WorkedExample[] = [
  {
    id: 'case-estonia-ksi',
    title: 'Estonia e-Health with Guardtime KSI (real case)',
    summary:
      'Integrity and audit trail of national patient-record systems: hashes of the activity logs of processing on records, signed into a hash calendar.',
    basis: caseBasis,
    proposal: {
      organisations: 'Estonian e-Health Foundation; Guardtime',
      description:
        'Hashes of the log files recording every processing activity on the national health records are signed into Guardtime’s KSI hash calendar; the records themselves stay in the database.',
      settings: ['eu'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'one',
        'One operator (the e-Health Foundation’s database) signs into the calendar.',
        'coindesk.com 2016-03-03',
      ],
      'proposal.onChainData': [
        'hashesOnly',
        'Only hashes and signatures are anchored.',
        'coindesk.com 2016-03-03',
      ],
      'proposal.patientIdentifiable': [
        'no',
        'Hashes of records reveal no content.',
        'Guardtime registry pages',
      ],
      'coreFunction.trackAndTrace': [
        'yes',
        'A forensic audit trail over the activity logs of the records (“every update … and every access … is registered”).',
        'coindesk.com 2016-03-03; beckershospitalreview.com 2016',
      ],
      'coreFunction.recordPooling': [
        'no',
        'The records stay in the national database.',
        'coindesk.com 2016-03-03',
      ],
      'prescreen.tamperEvidentLog': [
        'yes',
        'The purpose is to prove records were not altered.',
        'coindesk.com 2016-03-03',
      ],
      'prescreen.trustedOperator': [
        'yes',
        'The state’s eHealth Foundation runs the database and Guardtime the calendar; no other writer needs to accept them.',
        'coindesk.com 2016-03-03; estonianworld.com 2016-03',
      ],
      'prescreen.appendOnly': [
        'yes',
        'Log entries are only ever added: the point is that nothing is “altered, deleted, improperly changed” unnoticed.',
        'coindesk.com 2016-03-03',
      ],
      'prescreen.knownWriters': ['yes', 'A single known operator.', 'coindesk.com 2016-03-03'],
      'condition.longitudinalRecord': [
        4,
        'A verifiable history of the processing of more than a million records.',
        'coindesk.com 2016-03-03',
      ],
      'condition.validityCheck': [
        4,
        'Integrity is a binary check: the hash matches or it does not.',
        'Guardtime registry pages',
      ],
    }),
    outcome: {
      class: 'production',
      what: 'KSI integrated at the database engine (2016); in 2018 the Foundation described it in use, securing the activity logs of processing on records, not the records; still listed by the vendor; critics dispute the “blockchain” label (linked time-stamping). Present-day use unverified.',
      date: '2016 onwards (in use 2018-11)',
      sources: [
        'coindesk.com 2016-03-03',
        'healthcare.digital 2018-11-15 (Einaste, “Blockchain and healthcare: the Estonian experience”)',
        'davidgerard.co.uk 2017-09-06 (via fact-check)',
      ],
      design: {
        architecture: 'hashAnchoring',
        what: 'Hashes of activity logs anchored in Guardtime’s KSI hash calendar, a time-stamping service; the data stays in the Foundation’s database.',
        sources: ['coindesk.com 2016-03-03', 'healthcare.digital 2018-11-15'],
      },
    },
  },
  {
    id: 'case-mediledger-dscsa',
    title: 'MediLedger DSCSA pilot (real case)',
    summary:
      'US prescription package tracing and verification for the 2023 DSCSA interoperability rules among 24 firms, with cryptographic proofs only.',
    basis: caseBasis,
    proposal: {
      organisations: 'Chronicled with 24 firms incl. Pfizer, McKesson, AmerisourceBergen, Walmart, GS1',
      description:
        'Manufacturers, wholesalers and dispensers verify package identifiers through a permissioned network that shares proofs, not trade data.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'many',
        'Manufacturers, wholesalers and dispensers write.',
        'outsourcing-pharma.com 2020-02-25',
      ],
      'proposal.onChainData': [
        'hashesOnly',
        'Cryptographic proofs only; no trade data shared openly.',
        'outsourcing-pharma.com 2020-02-25',
      ],
      'proposal.patientIdentifiable': [
        'no',
        'Package data, no patient data.',
        'outsourcing-pharma.com 2020-02-25',
      ],
      'coreFunction.trackAndTrace': [
        'yes',
        'Package tracing and verification.',
        'outsourcing-pharma.com 2020-02-25',
      ],
      'coreFunction.recordPooling': [
        'no',
        'Proofs are shared, not a pooled record.',
        'outsourcing-pharma.com 2020-02-25',
      ],
      'prescreen.sharedStore': [
        'yes',
        'DSCSA requires verification across trading partners.',
        'ledgerinsights.com (FDA pilot)',
      ],
      'prescreen.tamperEvidentLog': [
        'yes',
        'Provenance must be provable to regulators.',
        'ledgerinsights.com (FDA pilot)',
      ],
      'prescreen.trustedOperator': [
        'no',
        'The US has no central, country-wide database; the pitch is nodes run by industry participants. (Chronicled in practice acted as a “benevolent dictator”, Mattke et al. 2019, via fact-check §3: a governance risk, not an accepted operator.)',
        'blogs.3ds.com (MediLedger, 2017); mediledger.com 2017 progress report',
      ],
      'prescreen.appendOnly': [
        'yes',
        'Events are registered, verified or transferred; each is a new entry, none is edited in place.',
        'blogs.3ds.com (MediLedger, 2017)',
      ],
      'prescreen.knownWriters': [
        'yes',
        'A permissioned network of licensed trading partners.',
        'outsourcing-pharma.com 2020-02-25',
      ],
      'condition.commonInterest': [
        3,
        'Every partner must meet the same 2023 DSCSA rules.',
        'outsourcing-pharma.com 2020-02-25',
      ],
      'condition.semanticInteroperability': [
        4,
        'GS1 product identifiers and serial numbers.',
        'outsourcing-pharma.com 2020-02-25',
      ],
      'condition.longitudinalRecord': [
        4,
        'Where a package is and has been.',
        'outsourcing-pharma.com 2020-02-25',
      ],
      'condition.validityCheck': [
        4,
        'Identifiers verified automatically against the manufacturer’s data.',
        'ledgerinsights.com (FDA pilot)',
      ],
      'condition.nonConfidential': [3, 'Proofs reveal no trade data.', 'outsourcing-pharma.com 2020-02-25'],
      'obstacle.adoption': [
        3,
        'The whole US supply chain, thousands of dispensers, would need to join.',
        'outsourcing-pharma.com 2020-02-25',
      ],
      'obstacle.governance': [
        3,
        'Competitors in one network (Yeung 2019, §3a: serious for permissioned ledgers).',
        'outsourcing-pharma.com 2020-02-25',
      ],
      'obstacle.interoperability': [
        2,
        'GS1 standards exist; each partner’s systems must still connect.',
        'outsourcing-pharma.com 2020-02-25',
      ],
    }),
    outcome: {
      class: 'pilotEnded',
      what: 'FDA pilot accepted June 2019; final report 21 Feb 2020; the pilot ended. MediLedger’s Product Verification System (saleable-returns verification, a different DSCSA duty) went live in 2019. For the 2023 interoperability rules the industry chose GS1 EPCIS exchange between trading partners, not a shared ledger.',
      date: '2020-02-21 (pilot); 2023 (EPCIS)',
      sources: [
        'outsourcing-pharma.com 2020-02-25',
        'cardinalhealth.com “DSCSA Update: Verification of saleable returns” 2020-05',
        'hda.org “DSCSA, the 2023 Requirements and EPCIS” 2020-11-11',
        'tracelink.com GS1 EPCIS addendum, 2023',
      ],
      design: {
        architecture: 'ownDatabase',
        what: 'Tracing for 2023 went to EPCIS messages exchanged point to point between trading partners’ own systems.',
        sources: ['tracelink.com GS1 EPCIS addendum, 2023', 'lspedia.com 2023-08-17'],
      },
    },
  },
  {
    id: 'case-mediledger-contracts',
    title: 'MediLedger Contracts & Chargebacks (real case)',
    summary:
      'Shared contract prices and customer ids among manufacturers, wholesalers and GPOs; chargebacks validated in real time.',
    basis: caseBasis,
    proposal: {
      organisations:
        'Manufacturers, wholesalers and group purchasing organisations on the MediLedger Network',
      description:
        'A shared reference of contract prices and customer eligibility, with automated rules validating each chargeback.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': ['many', 'Manufacturers, wholesalers and GPOs write.', 'chronicled.com/faqs'],
      'proposal.onChainData': [
        'metadata',
        'Rule enforcement on pricing contracts; contract references, no patient data.',
        'chronicled.com blog 2021-05-10',
      ],
      'proposal.patientIdentifiable': ['no', 'No patient data.', 'chronicled.com blog 2021-05-10'],
      'coreFunction.trackAndTrace': [
        'no',
        'The network shares reference data, not item movements.',
        'chronicled.com blog 2021-05-10',
      ],
      'coreFunction.recordPooling': [
        'yes',
        'Shared reference data with automated validity rules.',
        'chronicled.com blog 2021-05-10',
      ],
      'prescreen.sharedStore': [
        'yes',
        'Contract prices must agree across parties to settle chargebacks.',
        'chronicled.com blog 2021-05-10',
      ],
      'prescreen.tamperEvidentLog': [
        'yes',
        'Chargeback disputes need records no party can alter.',
        'chronicled.com blog 2021-05-10',
      ],
      'prescreen.knownWriters': ['yes', 'Contracted network members.', 'chronicled.com/faqs'],
      'condition.commonInterest': [
        4,
        'Every party loses money to chargeback disputes today.',
        'chronicled.com blog 2021-05-10',
      ],
      'condition.semanticInteroperability': [
        4,
        'Contract prices and customer ids have a fixed meaning.',
        'chronicled.com blog 2021-05-10',
      ],
      'condition.longitudinalRecord': [
        3,
        'The current contract and eligibility at the time of sale.',
        'chronicled.com blog 2021-05-10',
      ],
      'condition.validityCheck': [
        4,
        'Each chargeback is validated in real time against the contract.',
        'chronicled.com blog 2021-05-10',
      ],
      'condition.nonConfidential': [
        2,
        'Contract prices are commercially confidential between the parties.',
        'chronicled.com blog 2021-05-10',
      ],
      'obstacle.governance': [
        3,
        'Competing manufacturers and wholesalers in one network.',
        'chronicled.com/faqs',
      ],
      'obstacle.dataSecurity': [2, 'Commercial data, access-controlled.', 'chronicled.com blog 2021-05-10'],
      'obstacle.qualitySafety': [
        1,
        'Financial settlement, not a clinical process.',
        'chronicled.com blog 2021-05-10',
      ],
    }),
    outcome: {
      class: 'production',
      what: 'Launched 2021; the network’s FAQ calls it “the primary solution running on the MediLedger Network today”.',
      date: '2024 (FAQ update)',
      sources: ['chronicled.com/faqs', 'chronicled.com blog 2021-05-10'],
      design: {
        architecture: 'permissionedLedger',
        what: 'A permissioned ledger among manufacturers, wholesalers and GPOs.',
        sources: ['chronicled.com/faqs'],
      },
    },
  },
  {
    id: 'case-ibm-dscsa',
    title: 'IBM, KPMG, Merck and Walmart DSCSA pilot (real case)',
    summary: 'Prescription track-and-trace and recall alerts on an IBM-hosted Hyperledger Fabric network.',
    basis: caseBasis,
    proposal: {
      organisations: 'IBM, KPMG, Merck, Walmart',
      description:
        'Serialisation and traceability events shared among a manufacturer, a distributor and a retailer.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': ['few', 'A manufacturer, a distributor and a retailer.', 'coindesk 2020-05-04'],
      'proposal.onChainData': ['metadata', 'Serialisation and traceability events.', 'coindesk 2020-05-04'],
      'proposal.patientIdentifiable': ['no', 'Package events, no patient data.', 'coindesk 2020-05-04'],
      'coreFunction.trackAndTrace': ['yes', 'Track-and-trace and recall alerts.', 'coindesk 2020-05-04'],
      'coreFunction.recordPooling': [
        'yes',
        'A shared record of events among the partners.',
        'lifescienceleader.com 2020-06-17',
      ],
      'prescreen.sharedStore': [
        'yes',
        'Partners need the same view of a package’s journey.',
        'coindesk 2020-05-04',
      ],
      'prescreen.tamperEvidentLog': ['yes', 'Provenance for regulators and recalls.', 'coindesk 2020-05-04'],
      'prescreen.knownWriters': ['yes', 'Permissioned Hyperledger Fabric.', 'coindesk 2020-05-04'],
      'condition.commonInterest': [3, 'All must meet DSCSA; a recall helps everyone.', 'coindesk 2020-05-04'],
      'condition.semanticInteroperability': [4, 'Serialised GS1 identifiers.', 'coindesk 2020-05-04'],
      'condition.longitudinalRecord': [4, 'A package’s history over time.', 'coindesk 2020-05-04'],
      'condition.validityCheck': [
        3,
        'Events checked against serialisation data.',
        'lifescienceleader.com 2020-06-17',
      ],
      'condition.nonConfidential': [3, 'Trade events, no patient data.', 'coindesk 2020-05-04'],
      'obstacle.adoption': [
        3,
        'The whole supply chain would need to join one vendor-hosted network.',
        'coindesk 2020-05-04',
      ],
      'obstacle.governance': [3, 'A network hosted by one vendor among competitors.', 'coindesk 2020-05-04'],
      'obstacle.interoperability': [
        2,
        'Standards exist; partners’ systems must still connect.',
        'coindesk 2020-05-04',
      ],
    }),
    outcome: {
      class: 'pilotEnded',
      what: 'Ran June–December 2019; the May 2020 report said it beat FDA benchmarks; no production network found. For the 2023 rules the industry chose GS1 EPCIS exchange between trading partners.',
      date: '2020-05',
      sources: [
        'coindesk 2020-05-04',
        'lifescienceleader.com 2020-06-17',
        'tracelink.com GS1 EPCIS addendum, 2023',
      ],
      design: {
        architecture: 'ownDatabase',
        what: 'Tracing for 2023 went to EPCIS messages exchanged point to point between trading partners’ own systems.',
        sources: ['tracelink.com GS1 EPCIS addendum, 2023', 'lspedia.com 2023-08-17'],
      },
    },
  },
  {
    id: 'case-medrec',
    title: 'MedRec, MIT Media Lab (real case)',
    summary: 'Patient-controlled access to records across providers: pointers and permissions on a ledger.',
    basis: caseBasis,
    proposal: {
      organisations: 'MIT Media Lab; Beth Israel Deaconess Medical Center',
      description:
        'Providers post pointers to records and patients grant access on a ledger; the records stay in provider databases.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'many',
        'Providers write; patients grant access.',
        'github.com/mitmedialab/medrec README',
      ],
      'proposal.onChainData': ['metadata', 'Pointers and access permissions.', 'viral.media.mit.edu'],
      'proposal.patientIdentifiable': [
        'yes',
        'Pointers and permissions are tied to named patients.',
        'viral.media.mit.edu',
      ],
      'coreFunction.trackAndTrace': [
        'no',
        'The aim is access, not an audit of items.',
        'viral.media.mit.edu',
      ],
      'coreFunction.recordPooling': [
        'yes',
        'A shared index of every patient’s records.',
        'viral.media.mit.edu',
      ],
      'prescreen.knownWriters': ['yes', 'Providers are known; patients hold keys.', 'viral.media.mit.edu'],
      'condition.semanticInteroperability': [
        1,
        'Clinical records from many systems; the index says where, not what they mean.',
        'viral.media.mit.edu',
      ],
      'condition.longitudinalRecord': [
        4,
        'A life-course view of one patient’s records.',
        'viral.media.mit.edu',
      ],
      'condition.nonConfidential': [
        0,
        'Health records and who may see them are highly sensitive (Yeung 2019, §6).',
        'viral.media.mit.edu',
      ],
      'obstacle.adoption': [3, 'Every provider and patient would need to take part.', 'viral.media.mit.edu'],
      'obstacle.humanFactors': [3, 'Patients manage keys and permissions themselves.', 'viral.media.mit.edu'],
    }),
    outcome: {
      class: 'dormant',
      what: 'Prototype 2016; the repository says “THIS PROJECT IS CURRENTLY NOT MAINTAINED”; last commit April 2021.',
      date: '2021-04',
      sources: ['github.com/mitmedialab/medrec README'],
    },
  },
  {
    id: 'case-procredex',
    title: 'ProCredEx, Professional Credentials Exchange (real case)',
    summary: 'Hospitals share and buy primary-source credential verifications.',
    basis: caseBasis,
    proposal: {
      organisations: 'Hospitals and credentialing bodies',
      description:
        'Attested verifications of clinicians’ credentials are exchanged among hospitals for a fee.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': ['many', 'Hospitals and credentialing bodies.', 'procredex.com/how-it-works'],
      'proposal.patientIdentifiable': [
        'no',
        'Clinicians’ credentials, not patient data.',
        'procredex.com/how-it-works',
      ],
      'coreFunction.trackAndTrace': ['yes', 'Attested verifications.', 'procredex.com/how-it-works'],
      'coreFunction.recordPooling': [
        'yes',
        'A pool of verifications shared through an exchange (Yeung 2019, §5).',
        'procredex.com/how-it-works',
      ],
      'prescreen.knownWriters': ['yes', 'Member hospitals.', 'procredex.com/how-it-works'],
      'condition.commonInterest': [
        4,
        'Every hospital must verify the same credentials.',
        'procredex.com/how-it-works',
      ],
      'condition.semanticInteroperability': [
        4,
        'Credentials are clear, stable and binary.',
        'procredex.com/how-it-works',
      ],
      'condition.longitudinalRecord': [4, 'Is the credential current?', 'procredex.com/how-it-works'],
      'condition.validityCheck': [
        3,
        'Primary-source verification against fixed criteria.',
        'procredex.com/how-it-works',
      ],
      'condition.nonConfidential': [3, 'Credential status is largely public.', 'procredex.com/how-it-works'],
      'condition.governanceIncentives': [
        3,
        'An internal market with access fees (Yeung 2019, §5).',
        'procredex.com/how-it-works',
      ],
    }),
    outcome: {
      class: 'unknown',
      what: 'Launched about 2019; the exchange still describes a live service; the ledger’s role today is unclear.',
      date: '2026-11 (checked)',
      sources: ['procredex.com/how-it-works'],
    },
  },
  {
    id: 'case-illinois-licences',
    title: 'Illinois Blockchain Initiative medical licence registry (real case)',
    summary: 'A medical licence registry shared across state boards and hospitals, with Hashed Health.',
    basis: caseBasis,
    proposal: {
      organisations: 'Illinois Blockchain Initiative; Hashed Health; state licensing boards',
      description:
        'Licence records written by state licensing boards through smart contracts, read by boards and hospitals.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': [
        'few',
        'The state’s licensing department (IDFPR) writes; credentialing bodies attest to certifications.',
        'coindesk 2017-08-10; oneworldidentity.com 2017-08-10',
      ],
      'proposal.onChainData': ['records', 'Licence records via smart contracts.', 'coindesk 2017-08-10'],
      'proposal.patientIdentifiable': [
        'no',
        'Clinicians’ licences, not patient data.',
        'coindesk 2017-08-10',
      ],
      'coreFunction.trackAndTrace': ['yes', 'Licence status and its history.', 'coindesk 2017-08-10'],
      'coreFunction.recordPooling': ['yes', 'One registry shared across boards.', 'coindesk 2017-08-10'],
      'prescreen.trustedOperator': [
        'yes',
        'State licensing boards already run registries every hospital accepts.',
        'coindesk 2017-08-10',
      ],
      'prescreen.appendOnly': [
        'yes',
        'A “chain of records”: a licence’s changes of status are added, “smart contracts automatically updating information”.',
        'coindesk 2017-08-10',
      ],
      'prescreen.knownWriters': ['yes', 'State boards.', 'coindesk 2017-08-10'],
      'condition.semanticInteroperability': [4, 'A licence is clear and binary.', 'coindesk 2017-08-10'],
      'condition.longitudinalRecord': [4, 'Is the licence current?', 'coindesk 2017-08-10'],
      'condition.nonConfidential': [4, 'Licence status is public.', 'coindesk 2017-08-10'],
    }),
    outcome: {
      class: 'pilotEnded',
      what: 'Pilot announced August 2017; GCN (5 Feb 2018) lists the IDFPR–Hashed Health registry among “two completed pilots”; no production record found.',
      date: 'completed by 2018-02',
      sources: ['coindesk 2017-08-10', 'GCN 2018-02-05 (via fact-check)'],
    },
  },
  {
    id: 'case-patientory',
    title: 'Patientory, PTOY token (real case)',
    summary:
      'Patient-held records and health-information exchange on a private, permissioned Ethereum network, funded by a public token.',
    basis: caseBasis,
    proposal: {
      organisations: 'Patientory; patients and providers',
      description:
        'Patients and providers store and exchange encrypted health records in smart contracts on a private Ethereum infrastructure with a hierarchy of permissioned nodes; a public token (PTOY) buys access.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': ['many', 'Patients and providers write.', 'ptoy.org FAQ'],
      'proposal.onChainData': [
        'records',
        'Patient data “stored in a unique smart contract address”, encrypted within the contract.',
        'smithandcrown.com token sale page 2017',
      ],
      'proposal.patientIdentifiable': ['yes', 'Patients’ own health records.', 'ptoy.org FAQ'],
      'coreFunction.trackAndTrace': ['no', 'The aim is storing and exchanging records.', 'ptoy.org FAQ'],
      'coreFunction.recordPooling': [
        'yes',
        'A shared record store among patients and providers.',
        'ptoy.org FAQ',
      ],
      'prescreen.trustedOperator': [
        'yes',
        'Patientory itself runs “a unique private infrastructure on the Ethereum blockchain” that every user joins through its app.',
        'patientory.com/faqs 2017; kriptoblog.com 2017-05-26',
      ],
      'condition.commonInterest': [
        2,
        'Patients, providers and token holders want different things.',
        'ptoy.org FAQ',
      ],
      'condition.semanticInteroperability': [
        1,
        'Clinical records carry ambiguity (Yeung 2019, §6).',
        'ptoy.org FAQ',
      ],
      'condition.longitudinalRecord': [4, 'A patient’s record over time.', 'ptoy.org FAQ'],
      'condition.nonConfidential': [
        0,
        'Health records are highly sensitive (Yeung 2019, §6).',
        'ptoy.org FAQ',
      ],
      'obstacle.adoption': [
        3,
        'Patients and providers would both need to adopt a new token.',
        'ptoy.org FAQ',
      ],
      'obstacle.dataSecurity': [
        3,
        'Encrypted health records held on every permissioned node: access control does not stop leakage once a key or record is revealed (Yeung 2019, §3a).',
        'smithandcrown.com token sale page 2017',
      ],
      'obstacle.governance': [
        3,
        'A private, permissioned network run by one company, with a public token whose holders’ interests differ from patients’ (Yeung 2019, §3a: serious for permissioned ledgers).',
        'patientory.com/faqs 2017; smithandcrown.com token sale page 2017',
      ],
    }),
    outcome: {
      class: 'production',
      what: 'Token sale raised $7.2 M in 2017; by 2019 the token was below $0.01, yet a $5.2 M round followed in 2019; PTOYMatrix launched December 2020; $1.5 M raised and a consumer app launched in 2023 that stores users’ health data on its own blockchain network, PTOYMatrix. Counted as a ledger in production by the rule for every case (launched for real use, no later source says it stopped); present status unverified.',
      date: '2023-07 (latest found)',
      sources: [
        'medium.com/@patientory 2017-06 (ICO)',
        'Beyond Blocks newsletter 2019 (via fact-check)',
        'techtimes.com 2023-07-28',
      ],
      design: {
        architecture: 'permissionedLedger',
        what: 'Its own permissioned network, PTOYMatrix, holding users’ health data.',
        sources: ['techtimes.com 2023-07-28'],
      },
    },
  },
  {
    id: 'case-nebula-genomics',
    title: 'Nebula Genomics (real case)',
    summary: 'A genomic data-sharing market with tokens; genomes off-chain, access and payments on-chain.',
    basis: caseBasis,
    proposal: {
      organisations: 'Nebula Genomics; individuals; researchers',
      description:
        'Individuals sell researchers access to their genomes; access and payment records on a ledger, genomes off-chain.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': ['many', 'Individuals and researchers.', 'Nebula white paper 2018'],
      'proposal.onChainData': [
        'metadata',
        'Access and payment records; genomes off-chain.',
        'Nebula white paper 2018',
      ],
      'proposal.patientIdentifiable': [
        'yes',
        'Access records name whose genome is shared.',
        'Nebula white paper 2018',
      ],
      'coreFunction.trackAndTrace': ['no', 'A data market, not an audit trail.', 'Nebula white paper 2018'],
      'coreFunction.recordPooling': ['yes', 'A pooled data market.', 'Nebula white paper 2018'],
      'condition.semanticInteroperability': [
        3,
        'Genome files follow standard formats.',
        'Nebula white paper 2018',
      ],
      'condition.nonConfidential': [0, 'Genomic data is inherently sensitive.', 'Nebula white paper 2018'],
      'condition.governanceIncentives': [
        2,
        'Tokens pay individuals to contribute.',
        'Nebula white paper 2018',
      ],
    }),
    outcome: {
      class: 'pivot',
      what: 'Acquired 10 Aug 2021 by ProPhase Labs (about $14.6 M); now sells sequencing to consumers, no ledger in the business description.',
      date: '2021-08-10',
      sources: ['SEC 10-Q (ProPhase Labs) 2021', 'ProPhase 10-K FY2021'],
      design: {
        architecture: 'centralDatabase',
        what: 'One company’s consumer sequencing service, with no ledger in the business description.',
        sources: ['ProPhase 10-K FY2021 (via fact-check)'],
      },
    },
  },
  {
    id: 'case-solve-care',
    title: 'Solve.Care, SOLVE token (real case)',
    summary: 'Care coordination and benefits administration networks on a token platform.',
    basis: caseBasis,
    proposal: {
      organisations: 'Solve.Care; payers, providers, patients',
      description:
        'Care networks defined and anchored on-chain, with care events and benefits administered through tokens.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': ['many', 'Payers, providers and patients.', 'Beyond Blocks #16 (2019-04-28)'],
      'proposal.onChainData': [
        'metadata',
        'Network definitions anchored on-chain; care events.',
        'docs.carechain.network',
      ],
      'proposal.patientIdentifiable': [
        'yes',
        'Care events concern named patients.',
        'docs.carechain.network',
      ],
      'coreFunction.recordPooling': [
        'yes',
        'Shared care-coordination records.',
        'Beyond Blocks #16 (2019-04-28)',
      ],
      'condition.semanticInteroperability': [
        1,
        'Care events and benefits differ between payers and providers.',
        'Beyond Blocks #16 (2019-04-28)',
      ],
      'condition.nonConfidential': [1, 'Care events are sensitive.', 'docs.carechain.network'],
      'obstacle.adoption': [
        3,
        'Payers, providers and patients must all adopt a token.',
        'Beyond Blocks #16 (2019-04-28)',
      ],
    }),
    outcome: {
      class: 'unknown',
      what: 'Token sale 2018 (about $20 M); today’s Care.Chain is itself a ledger (proof of authority, validators licensed to serve patients); healthcare production not verified.',
      date: '2019 onwards',
      sources: ['Beyond Blocks #16 (2019-04-28)', 'docs.carechain.network (via fact-check)'],
      design: {
        architecture: 'permissionedLedger',
        what: 'Care.Chain: a proof-of-authority ledger whose validators must hold a licence to serve patients.',
        sources: ['docs.carechain.network (via fact-check)'],
      },
    },
  },
  {
    id: 'case-gem-health',
    title: 'Gem Health (real case)',
    summary: 'A ledger “operating system” for health data and payments, with Philips and Capital One.',
    basis: caseBasis,
    proposal: {
      organisations: 'Gem; Philips; Capital One',
      description: 'A ledger platform for providers and payers to share health data and payments.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': ['many', 'Providers and payers.', 'medium.com/@Connected_Dots 2018-03-29'],
      'coreFunction.recordPooling': [
        'yes',
        'Shared health data among providers and payers.',
        'medium.com/@Connected_Dots 2018-03-29',
      ],
    }),
    outcome: {
      class: 'dormant',
      what: '$7.1 M venture funding January 2016; described in March 2018 as one of the companies “exiting the healthcare blockchain market”.',
      date: '2018-03-29',
      sources: ['medium.com/@Connected_Dots 2018-03-29'],
    },
  },
  {
    id: 'case-avaneer',
    title: 'Avaneer Health (real case)',
    summary: 'Payer–provider administrative and clinical data exchange among founding members.',
    basis: caseBasis,
    proposal: {
      organisations: 'Aetna/CVS, Anthem/Elevance, Cleveland Clinic, HCSC, IBM, PNC, Sentara',
      description: 'A network for payers and providers to exchange administrative and clinical data.',
      settings: ['us'],
    },
    answers: documentedAnswers({
      'proposal.writerCount': ['many', 'The founding members.', 'avaneerhealth.com blog'],
      'coreFunction.recordPooling': [
        'yes',
        'Shared administrative records among members (Yeung 2019, §4).',
        'avaneerhealth.com blog',
      ],
      'prescreen.knownWriters': ['yes', 'Founding members.', 'avaneerhealth.com blog'],
      'condition.commonInterest': [
        3,
        'Administrative savings shared by payers and providers (Yeung 2019, §4).',
        'avaneerhealth.com blog',
      ],
    }),
    outcome: {
      class: 'unknown',
      what: 'Launched June 2021 with $50 M; first service live for founders in 2022; nothing public since 2023.',
      date: '2023',
      sources: ['avaneerhealth.com blog', 'medium.com @erin.zagadailov 2023-01-12'],
    },
  },
];

export const realCases: readonly WorkedExample[] = [...firstTwelve, ...researchedCases];
