import { architectures } from './alternatives';
import { seedReference } from './citation';
import { conditions } from './conditions';
import { lawProvenanceSection } from './law-provenance-text';
import { confidenceThresholds, minimumEvidence, scoreThresholds } from './method-numbers';
import { prescreenQuestions } from './prescreen';
import { tensionConflictConditions, tensionLeanMax, tensions } from './tensions';

export interface MethodSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly list?: readonly string[];
}

/**
 * How the engine decides, in plain words. The single source of the methodology page and docs/method.md
 * (written by `npm run generate`; a test keeps the file in step).
 */
export const methodSections: readonly MethodSection[] = [
  {
    heading: 'The question',
    paragraphs: [
      '“Under what conditions and for what kinds of problem does blockchain offer a real and unique solution?” (Yeung 2019, section 5), applied to one proposal at a time.',
      'The talk’s revised thesis is that the promise will only be partially realised, because some trade-offs “cannot be satisfactorily resolved by hard-coded solutions”. So Ledger Fit never lets a score settle the question: every verdict shows its reasons, its uncertainty, the trade-offs and what would change it.',
    ],
  },
  {
    heading: '1. Which core function?',
    paragraphs: [
      'A ledger offers real value through verified, auditable track-and-trace (a reference system that stores only hashes) or record pooling (a shared authoritative database among authorised partners on a permissioned ledger). A proposal that relies on neither is not a fit. The six conditions are the talk’s conditions for record pooling; for a proposal relying on track-and-trace alone, conditions 3 and 4 carry full weight, conditions 1, 2 and 6 half, and condition 5 none: a reference system that stores only hashes can reference “virtually any type of data” (section 5), so confidentiality is handled off-chain, and a ledger holding more than hashes is caught by the condition 5 gate instead.',
    ],
    list: conditions.map(
      (c) =>
        `Condition ${c.number}, ${c.title}: weight ${c.weight.recordPooling} for record pooling, ${c.weight.trackAndTraceOnly} for track-and-trace alone.`,
    ),
  },
  {
    heading: '2. The pre-screen: is a distributed ledger needed at all?',
    paragraphs: [
      'Before the conditions, the questions published decision frameworks ask first (Wüst & Gervais 2018; NIST IR 8202). Any one of these answers gives the verdict “Not a fit” and names the alternative. This goes beyond Wüst & Gervais in one place: for writers who are not all known, their decision tree points to a permissionless blockchain, not to “no blockchain”; this method says “Not a fit” there because health data should not be placed on a public, permissionless ledger, save in exceptional, justified designs (EDPB Guidelines 02/2025).',
    ],
    list: [
      `Organisations writing records: one → ${architectures.centralDatabase.title} (or ${architectures.databaseWithAuditLog.title} if a tamper-evident log is needed).`,
      ...prescreenQuestions.map(
        (q) =>
          `${q.shortName}: “${q.failsWhen === 'yes' ? 'Yes' : 'No'}” → ${architectures[q.alternative].title}.`,
      ),
    ],
  },
  {
    heading: '3. Gates from the conditions',
    paragraphs: [
      'Condition 4 rated not met or poorly met: “otherwise, an ordinary shared data-base would suffice” (section 5). Verdict: not a fit; alternative: an ordinary shared database.',
      'Condition 5 rated not met or poorly met, or patient-identifiable data on the ledger, while the ledger would hold more than hashes: record pooling is ruled out (for a proposal that only traces, the reason says instead that confidential data would sit on the ledger), because access controls do not solve data leakage (sections 3a and 5). Verdict: at best a weak fit; alternative: hash anchoring with off-chain storage (or a shared database if no audit trail is needed).',
      'Any other full-weight condition rated not met caps the verdict at a weak fit; rated poorly met, at a conditional fit; a half-weight condition rated not met caps it at a conditional fit; a condition with no weight for the core function relied on caps nothing. Any obstacle rated severe, and any tension in conflict, caps it at a conditional fit.',
    ],
  },
  {
    heading: '4. The two scores',
    paragraphs: [
      'Condition fit (0–100) is the weighted mean of the condition ratings (not met = 0 … fully met = 4). Obstacle risk (0–100) is the mean of the obstacle severities (negligible = 0 … severe = 4). “Don’t know” and unanswered questions are left out of both the sum and the weights; their doubt is reported as confidence, not hidden in the score.',
      `On the scores alone: a strong fit needs condition fit ≥ ${scoreThresholds.strong.minFit} and obstacle risk ≤ ${scoreThresholds.strong.maxRisk}; a conditional fit needs fit ≥ ${scoreThresholds.conditional.minFit} and risk ≤ ${scoreThresholds.conditional.maxRisk}; anything else is a weak fit. The verdict is the worse of this band and every gate or cap that applies, so a gate can only lower a verdict.`,
    ],
  },
  {
    heading: '4a. No band without evidence',
    paragraphs: [
      `A band is given only when known answers trigger the gate that sets it (a “not a fit” gate, or record pooling ruled out by condition 5: gates can only lower a verdict, and Yeung reaches her EHR verdict from conditions 2 and 5 with condition 6 not assessed, section 6), or when the core function, what goes on the ledger, at least ${minimumEvidence.conditionsKnown} of the six conditions and at least ${minimumEvidence.obstaclesKnown} of the six obstacles are known. Below that the result says “Not enough answers yet”, lists what to find out, and shows no score (a score is never drawn as 0 from unknowns).`,
    ],
  },
  {
    heading: '4b. The design that fits, or what would serve better',
    paragraphs: [
      'A conditional or strong fit names the design that fits: a permissioned ledger when the proposal relies on record pooling, hash anchoring when it relies on track-and-trace alone. A weak fit or no fit names what would serve better: the alternative of the gate that set the band, or else hash anchoring when an audit trail is needed, or an ordinary shared database.',
      'The advice never names the design the proposal already has. A proposal that already anchors only hashes and still fits poorly is told so, with what weighs against it, and pointed to an ordinary append-only audit log or a trusted time-stamping service (RFC 3161).',
      'The reasons are ordered by weight: first the ones that set the band (the gates or caps at the band, or the scores when nothing capped it), then the other caps, the scores, strengths, risks and open questions.',
      'The next steps follow the recommendation. A conditional or strong fit (a pilot, or a detailed design) admits the steps of adopting a ledger (a Business Associate Agreement, a Clinical Safety Officer, a safety case…) where the answers trigger them. Not a fit, a weak fit or not enough answers admits none of them: the steps are then about closing the question (what to tell the vendor, what the alternative needs, what to check with its operator, what to find out first), with the duties’ steps that matter whatever is decided (“check whether DCB0129/0160 apply”). A score is quoted only where one is given.',
    ],
  },
  {
    heading: '5. The tensions',
    paragraphs: [
      `Each tension is a position to take, not a score to maximise. A position leaning to the side a ledger does not favour (${Array.from({ length: tensionLeanMax + 1 }, (_, i) => i).join(' or ')} on the 0–4 scale) is in conflict when:`,
    ],
    list: tensions.map((t) => `${t.title}: ${tensionConflictConditions[t.conflictsWhen]}.`),
  },
  {
    heading: '6. Confidence and what would change the verdict',
    paragraphs: [
      'The verdict shown is a band, or “Not enough answers yet” (4a). An unknown answer is pivotal when some answer to it, alone, would change the verdict shown: only then is it said that it “could move the verdict”. The unknowns together can move it too: each is set to the answer that alone does most good (or most harm), all at once, and the verdict shown is compared.',
      `Confidence is high whenever no unknown can change the verdict, alone or all together at either extreme, however many there are. Otherwise it is low when no band can be given yet, when more than ${confidenceThresholds.lowAbove * 100}% of the questions needed are unknown, or when ${confidenceThresholds.lowPivotalCount} or more are pivotal; medium otherwise. The sentence beside it names the pivotal answers, or says that only the unknowns together could move it, or that none can.`,
      '“What would change the verdict” lists the smallest sets of answer changes that move it one band up (or down): single changes first, trying every answer; then pairs and triples built from each question’s most effective change, each change then pulled back to the smallest step that still reaches the band.',
      'Every question is marked as a fact about the use (who writes, how confidential the data is, what partners want), a design choice (what goes on the ledger, which core function, a position on a tension, governance and incentives) or a risk that mitigation can reduce (the obstacles). Moving up lists design choices and mitigations; moving down lists risks growing; facts appear apart, as what would matter only if the situation were different. The pre-screen is asked outright and is not repeated there.',
    ],
  },
  lawProvenanceSection,
  {
    heading: 'Sources',
    paragraphs: [
      seedReference.talk,
      seedReference.paper,
      seedReference.wustGervais,
      seedReference.nist,
      seedReference.koensPoll,
    ],
  },
];

/** The method as Markdown, for docs/method.md. */
export function methodMarkdown(): string {
  const body = methodSections
    .map((s) =>
      [`## ${s.heading}`, ...s.paragraphs, ...(s.list ? [s.list.map((l) => `- ${l}`).join('\n')] : [])].join(
        '\n\n',
      ),
    )
    .join('\n\n');
  return `# How Ledger Fit decides\n\nGenerated from \`src/framework/method-text.ts\` by \`npm run generate\`; the app's methodology page shows the same text.\n\n${body}\n`;
}
