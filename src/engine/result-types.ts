import type { ArchitectureId } from '@/framework/alternatives';
import type { CoreFunctionId } from '@/framework/core-functions';
import type { AnswerValue } from '@/framework/question';
import type { QuestionId } from '@/framework/questions';
import type { ConfidenceLevel, VerdictBandId } from '@/framework/verdict-bands';

export type ReasonKind = 'gate' | 'cap' | 'weakness' | 'strength' | 'risk' | 'tension' | 'uncertainty';

/** One reason for the verdict, traceable to the answers that caused it. */
export interface Reason {
  readonly id: string;
  readonly kind: ReasonKind;
  readonly text: string;
  readonly questionIds: readonly QuestionId[];
  /** This reason set the band (the caps at the band, or the scores when no cap did). */
  readonly decisive?: boolean;
}

/** One question's share of a 0–100 score. `value` is undefined when unknown or missing. */
export interface Contribution {
  readonly questionId: QuestionId;
  readonly value: number | undefined;
  readonly weight: number;
  /** Points this answer adds to the score (0–100 scale); 0 when not counted. */
  readonly points: number;
}

export interface PrescreenFailure {
  readonly questionId: QuestionId;
  readonly alternative: ArchitectureId;
  readonly reason: string;
}

export interface TensionPosition {
  readonly tensionId: QuestionId;
  readonly position: number | undefined;
  readonly inConflict: boolean;
}

/** A cap on the band: the band can be no better than `band` because of `reason`. */
export interface BandCap {
  readonly band: VerdictBandId;
  readonly reason: Reason;
  readonly alternative?: ArchitectureId;
}

export interface Decision {
  readonly band: VerdictBandId;
  readonly scoreBand: VerdictBandId;
  readonly caps: readonly BandCap[];
  readonly prescreenFailures: readonly PrescreenFailure[];
  readonly reliedOn: readonly CoreFunctionId[];
  readonly fitScore: number;
  readonly fitContributions: readonly Contribution[];
  readonly riskScore: number;
  readonly riskContributions: readonly Contribution[];
  readonly tensions: readonly TensionPosition[];
}

export interface ArchitectureAdvice {
  /** `fits`: the ledger design that fits; `alternative`: what serves better than the proposal's design. */
  readonly kind: 'fits' | 'alternative';
  /** The proposal already has this design (hash anchoring): said so rather than recommended. */
  readonly alreadyHasDesign?: boolean;
  readonly architecture: ArchitectureId;
  readonly why: string;
}

export interface Confidence {
  readonly level: ConfidenceLevel;
  /** Share (0–1) of the needed questions answered "Don't know" or not yet answered. */
  readonly unknownShare: number;
  readonly unknownQuestionIds: readonly QuestionId[];
  /** Unknown answers each of which, alone, could change the shown verdict (a band, or "not enough answers"). */
  readonly pivotalQuestionIds: readonly QuestionId[];
  /**
   * The extremes ("best": every unknown at its most favourable answer; "worst": least) at which the unknowns,
   * all together, change the shown verdict. Empty, with no pivotal answer, means no unknown can move it.
   */
  readonly movedTogether: readonly ('best' | 'worst')[];
}

export interface AnswerChange {
  readonly questionId: QuestionId;
  readonly from: AnswerValue | undefined;
  readonly to: AnswerValue;
}

export interface Suggestion {
  readonly changes: readonly AnswerChange[];
  readonly band: VerdictBandId;
}

export interface Evidence {
  /** False when too little is known to give a band: outputs then say "Not enough answers yet". */
  readonly sufficient: boolean;
  /** What to answer first so that a band can be given. */
  readonly missingQuestionIds: readonly QuestionId[];
  readonly conditionsKnown: number;
  readonly obstaclesKnown: number;
}

export interface AssessmentResult extends Decision {
  readonly evidence: Evidence;
  /** Set when a pre-screen answer decided the verdict: what the pre-screen made unnecessary is not scored. */
  readonly stoppedBy?: QuestionId;
  readonly methodVersion: string;
  readonly provisional: boolean;
  /** Needed questions not yet answered (moot pages excluded). */
  readonly missingQuestionIds: readonly QuestionId[];
  readonly reasons: readonly Reason[];
  readonly architecture: ArchitectureAdvice;
  readonly confidence: Confidence;
  readonly summary: string;
}
