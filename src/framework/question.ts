import type { Citation } from './citation';
import type { Option } from './scales';

export type AnswerValue = string | number;

/** One scorable question. Every question allows "Don't know". */
export interface Question {
  readonly id: string;
  /** The question as the user reads it. */
  readonly label: string;
  /** One or two sentences under the label. */
  readonly hint?: string;
  readonly options: readonly Option[];
  /** Label of the free-text note kept beside the answer. */
  readonly notePrompt: string;
  /** Short name used in reasons, charts and tables. */
  readonly shortName: string;
  readonly cite: Citation;
}

/** A rule that makes a questionnaire page moot: every clause must hold. */
export interface SkipRule {
  readonly allOf: readonly { readonly question: string; readonly equals: AnswerValue }[];
  /** Shown to the user beside the skipped page. */
  readonly reason: string;
}
