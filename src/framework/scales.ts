/** Answer scales. Values are stable: saved files and share links depend on them. */
export const dontKnow = 'dontKnow' as const;
export type DontKnow = typeof dontKnow;
export const dontKnowLabel = "Don't know";

export interface Option<V extends string | number = string | number> {
  readonly value: V;
  readonly label: string;
}

/** How well a record-pooling condition is met (seed §5). 0 = not met … 4 = fully met. */
export const conditionRatingScale = [
  { value: 0, label: 'Not met' },
  { value: 1, label: 'Poorly met' },
  { value: 2, label: 'Partially met' },
  { value: 3, label: 'Largely met' },
  { value: 4, label: 'Fully met' },
] as const satisfies readonly Option<number>[];

/** How severe an obstacle (Yeung 2019, §3a) is for this proposal. 0 = negligible … 4 = severe. */
export const obstacleSeverityScale = [
  { value: 0, label: 'Negligible' },
  { value: 1, label: 'Low' },
  { value: 2, label: 'Moderate' },
  { value: 3, label: 'High' },
  { value: 4, label: 'Severe' },
] as const satisfies readonly Option<number>[];

export const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const satisfies readonly Option<string>[];

export const scaleMax = 4;
