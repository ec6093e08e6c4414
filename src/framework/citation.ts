/** Where a piece of the method comes from. `section` is the talk's own numbering (e.g. "5", "3a"). */
export interface Citation {
  readonly section: string;
  /** The seed's own words, quoted exactly where they serve. */
  readonly quote?: string;
}

export const seedReference = {
  talk: 'K. Yeung, "Blockchain for Healthcare: Promises, Challenges and Prospects", Blockchain for Healthcare Workshop, 28 November 2019.',
  paper:
    'K. Yeung, "The Health Care Sector\'s Experience of Blockchain: A Cross-disciplinary Investigation of Its Real Transformative Potential", J Med Internet Res 2021;23(12):e24109, doi:10.2196/24109.',
  wustGervais: 'K. Wüst and A. Gervais, "Do you need a Blockchain?", CVCBT 2018.',
  nist: 'D. Yaga et al., NIST IR 8202 "Blockchain Technology Overview", 2018.',
  koensPoll:
    'T. Koens and E. Poll, "What Blockchain Alternative Do You Need?", DPM/CBT 2018 (published schemes disagree and ignore alternative databases).',
} as const;

/** The version of the method the engine implements; printed on every result. */
export const methodVersion = '1.0';
