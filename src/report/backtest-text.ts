import type { DesignClass, Result, Stance } from './backtest';

/**
 * The backtest's rules in words: how outcomes are classed and how each measure is counted. The page and
 * docs/backtest.md print each measure's rule above its figures and the full rules before the case table; the
 * code in backtest.ts follows them to the letter.
 */
export const backtestRules: readonly { readonly heading: string; readonly paragraphs: readonly string[] }[] =
  [
    {
      heading: 'Outcome classes (one rule for every case)',
      paragraphs: [
        'In production: the ledger, or a ledger product the same project turned into, was launched for real use beyond a pilot (a dated source says it is live or in use), and no later source says it stopped.',
        'Ended, dormant or pivoted: the pilot was completed and not scaled; or the project went quiet or was abandoned; or the organisation carried on without the ledger.',
        'Unknown: no dated source says what became of it. Unknown cases are shown and never counted.',
      ],
    },
    {
      heading: 'Measure (a): fit against outcome',
      paragraphs: [
        'The method backs a ledger when it gives a strong or conditional fit, and warns when it gives a weak fit or not a fit. It agrees with the outcome when it backed a ledger that went into production, or warned against one that ended, went dormant or pivoted. Every other combination is a miss.',
        'Counted: every case where the method gives a band and the outcome is known. The baselines are scored on exactly the same cases.',
      ],
    },
    {
      heading: 'Measure (b): architecture',
      paragraphs: [
        'Is the design that ran — or, for a project that ended or pivoted, the design that took over the function it was pitched for — the design the method names (the design that fits, or the alternative that serves better)? Designs are compared exactly, among the seven the method names.',
        'Counted: every case where the method names a design and what ran or followed is documented.',
      ],
    },
    {
      heading: 'Baselines, uncertainty and misses',
      paragraphs: [
        '“Always warn” and “always back” say the same thing for every case (for measure b they name an ordinary shared database and a permissioned ledger). The Wüst–Gervais gates apply the decision tree of Wüst and Gervais (2018) to the same answers; the mapping is fixed in src/report/wust-gervais.ts.',
        'Each rule gets its count, a Wilson 95 % interval for the share it gets right, and its balanced accuracy: the share right within each outcome class, averaged over the classes, so that a rule which always says the same thing scores 50 %.',
        'A miss stays a miss: the commentary below a table may say why a case may have missed; it never moves a case out of the count.',
      ],
    },
  ];

/** Each measure's counting rule in one sentence, printed right above its figures. */
export const measureSummaries = {
  fit: 'Right when the method backs a ledger (strong or conditional fit) that went into production, or warns (weak fit or not a fit) against one that ended, went dormant or pivoted; cases with no band or an unknown outcome are left out, for every rule alike.',
  design:
    'Right when the design the method names (fits, or serves better) is the design that ran, or that took over the function after a pilot ended or a project pivoted; left out where the method names none or the record is silent.',
} as const;

export const backtestLimits: readonly string[] = [
  'Two dozen cases are an illustration, not a validation: the intervals are wide and no hit rate from them generalises.',
  'The cases are not a random sample: they are projects that were public enough to be found, and most outcomes of the researched twelve are unknown.',
  'Outcomes are decided by more than fit: funding, regulatory deadlines, rival standards and markets.',
  'Answers come from public records written by the projects and the press; what was not documented is “Don’t know”, so several cases cannot be scored at all.',
  'One encoder wrote the answers knowing the outcomes of the original twelve (the researched twelve were answered before their outcomes were looked up); the second, independent encoding below shows how far another reader of the same record differs.',
];

/** Commentary on a miss: context from the case's own record. It never changes the count. */
export const missNotes: Readonly<Record<string, string>> = {
  'case-estonia-ksi':
    'The method says a single writer needs no ledger network and names a database with an append-only audit log; the Foundation anchored its activity logs in Guardtime’s hash calendar, an outside time-stamping service, and used it in production.',
  'case-mediledger-dscsa':
    'The method backed hash anchoring, conditionally (adoption and governance rated high). The pilot ended; for the 2023 rules the industry exchanged EPCIS messages between trading partners instead.',
  'case-ibm-dscsa':
    'The method backed a permissioned ledger, conditionally (adoption and governance rated high). The pilot ended and the industry chose EPCIS exchange.',
  'case-patientory':
    'The method says an operator everyone accepts could run a registry; the company kept its own permissioned ledger and launched an app on it in 2023.',
  'case-nhs-vaccine-fridges':
    'The method says one writer needs only a database with an audit log; the supplier recorded the readings on a public ledger service and the hospitals used it.',
};

export const stanceLabels: Record<Stance, string> = {
  backs: 'Backs a ledger (strong or conditional fit)',
  warns: 'Warns against it (weak fit or not a fit)',
  cannotSay: 'Not enough answers in the public record',
};
export const resultLabels: Record<Result, string> = {
  production: 'In production',
  failed: 'Ended, dormant or pivoted',
  unknown: 'Outcome unknown',
};
export const designClassLabels: Record<DesignClass, string> = {
  ledger: 'A ledger design ran',
  noLedger: 'A design without a ledger ran',
};
