/** Answer scales. Values are stable: saved files and share links depend on them. */
export const dontKnow = 'dontKnow' as const;
export type DontKnow = typeof dontKnow;
export const dontKnowLabel = "Don't know";

export interface Option<V extends string | number = string | number> {
  readonly value: V;
  readonly label: string;
  /** What this point of the scale means, so two assessors choose the same point for the same evidence. */
  readonly meaning?: string;
}

/** How well a record-pooling condition is met (seed §5). 0 = not met … 4 = fully met. */
export const conditionRatingScale = [
  { value: 0, label: 'Not met', meaning: 'It does not hold: the evidence points the other way.' },
  {
    value: 1,
    label: 'Poorly met',
    meaning: 'It holds only on paper, or for a small part of the records or partners.',
  },
  {
    value: 2,
    label: 'Partially met',
    meaning: 'It holds for some records or partners, with real gaps that need work first.',
  },
  {
    value: 3,
    label: 'Largely met',
    meaning: 'It holds for most records and partners; the gaps are minor and named.',
  },
  {
    value: 4,
    label: 'Fully met',
    meaning: 'It holds for all records and partners, and you could show the evidence.',
  },
] as const satisfies readonly Option<number>[];

/** How severe an obstacle (Yeung 2019, §3a) is for this proposal. 0 = negligible … 4 = severe. */
export const obstacleSeverityScale = [
  { value: 0, label: 'Negligible', meaning: 'No real difficulty expected.' },
  { value: 1, label: 'Low', meaning: 'Manageable with ordinary project work.' },
  { value: 2, label: 'Moderate', meaning: 'Needs a funded plan and a named owner before go-live.' },
  { value: 3, label: 'High', meaning: 'Could stop the project unless a specific mitigation works.' },
  { value: 4, label: 'Severe', meaning: 'No credible mitigation yet: it blocks deployment.' },
] as const satisfies readonly Option<number>[];

export const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const satisfies readonly Option<string>[];

export const scaleMax = 4;
