/**
 * The method's numbers the engine reads, apart from the method's text (which also carries the law's
 * provenance): the start page needs the numbers to show a verdict, not the text.
 */
/** When confidence drops: share of needed questions unknown, and count of pivotal unknowns. The engine reads these. */
export const confidenceThresholds = { mediumAbove: 0.1, lowAbove: 0.3, lowPivotalCount: 3 } as const;

/**
 * The least that must be known before any band is given (unless a known fact rules a ledger out): the core
 * function, what goes on the ledger, and this many conditions and obstacles rated. The engine reads these.
 */
export const minimumEvidence = { conditionsKnown: 4, obstaclesKnown: 3 } as const;

/** Thresholds of the score bands; the engine reads these too. */
export const scoreThresholds = {
  strong: { minFit: 75, maxRisk: 50 },
  conditional: { minFit: 50, maxRisk: 75 },
} as const;
