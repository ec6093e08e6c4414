/** Verdict bands, worst first. The order is the engine's: a higher index is a better fit. */
export const verdictBands = [
  {
    id: 'notAFit',
    /** Shown beside the colour, so the band never depends on colour alone. */
    symbol: '✕',
    label: 'Not a fit',
    headline: 'A distributed ledger is not needed here.',
    meaning:
      'The proposal fails a basic test for any ledger; a conventional alternative does the job more simply.',
  },
  {
    id: 'weakFit',
    /** Shown beside the colour, so the band never depends on colour alone. */
    symbol: '▽',
    label: 'Weak fit',
    headline: 'A ledger is unlikely to offer real value here.',
    meaning:
      'At least one demanding condition is not met. Re-scope the proposal or use the alternative named.',
  },
  {
    id: 'conditionalFit',
    /** Shown beside the colour, so the band never depends on colour alone. */
    symbol: '◇',
    label: 'Conditional fit',
    headline: 'A ledger could fit, if the gaps named are closed.',
    meaning:
      'The core case holds, but conditions, obstacles or tensions need work before a ledger would pay off.',
  },
  {
    id: 'strongFit',
    /** Shown beside the colour, so the band never depends on colour alone. */
    symbol: '✓',
    label: 'Strong fit',
    headline: 'This fits the profile where a ledger offers real value.',
    meaning:
      'The conditions are met and no obstacle or tension blocks it; the remaining trade-offs still need people to resolve them.',
  },
] as const;
export type VerdictBandId = (typeof verdictBands)[number]['id'];
export type VerdictBand = (typeof verdictBands)[number];

/** The band's words and symbol; every output looks a band up here. */
export function verdictBand(id: VerdictBandId): VerdictBand {
  return verdictBands.find((b) => b.id === id) ?? verdictBands[0];
}

/** Shown instead of a band while too little is known (see minimumEvidence in method-numbers). */
export const undeterminedVerdict = {
  id: 'undetermined',
  symbol: '?',
  label: 'Not enough answers yet',
  headline: 'Too little is known yet to say whether a ledger fits.',
  meaning:
    'Answer the questions listed below first (“Don’t know” is honest, but a verdict needs some knowns): a band drawn from a few answers would not stand up to a vendor’s challenge.',
} as const;

/** What an output shows: a band, or "Not enough answers yet". */
export type ShownVerdictId = VerdictBandId | 'undetermined';
export type ShownVerdict = VerdictBand | typeof undeterminedVerdict;

export function shownVerdict(id: ShownVerdictId): ShownVerdict {
  return id === 'undetermined' ? undeterminedVerdict : verdictBand(id);
}

export const confidenceLevels = {
  high: {
    label: 'High confidence',
    meaning: 'Few or no "Don\'t know" answers, and none that could change the verdict.',
  },
  medium: {
    label: 'Medium confidence',
    meaning: 'Some answers are unknown or missing; the verdict could move once they are known.',
  },
  low: {
    label: 'Low confidence',
    meaning: 'Many answers are unknown or missing: treat the verdict as a starting point for inquiry.',
  },
} as const;
export type ConfidenceLevel = keyof typeof confidenceLevels;
