import type { ArchitectureId } from '@/framework/alternatives';
import type { Citation } from '@/framework/citation';
import type { Setting } from '@/framework/proposal';
import type { AnswerValue } from '@/framework/question';
import type { VerdictBandId } from '@/framework/verdict-bands';

/**
 * Where a worked example's answer comes from: Yeung's own assessment, our illustration, or (for a real
 * case) the public document it rests on.
 */
export type AnswerSource = { readonly seedSection: string } | { readonly document: string } | 'illustrative';

export interface ExampleAnswer {
  readonly value: AnswerValue;
  readonly rationale: string;
  readonly source: AnswerSource;
}

export interface WorkedExample {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** Seed-based examples cite the talk; others are marked illustrative. */
  readonly basis: Citation | 'illustrative';
  readonly proposal: {
    readonly organisations: string;
    readonly description: string;
    readonly settings: readonly Setting[];
  };
  readonly answers: Readonly<Record<string, ExampleAnswer>>;
  /**
   * What the framework says the assessment must conclude (framework §6); checked by the tests. Real cases
   * have none: their answers come from the record, and the backtest shows whatever the engine makes of them.
   */
  readonly expectedBands?: readonly VerdictBandId[];
  /** Real cases only: what actually happened, with its date and sources (shared/cases.md). */
  readonly outcome?: CaseOutcome;
}

export function sourceLabel(source: AnswerSource): string {
  if (source === 'illustrative') return 'Illustrative';
  return 'document' in source ? source.document : `Yeung 2019, §${source.seedSection}`;
}

/** What became of a real project (shared/cases.md). "unknown" is shown but never counted in a hit rate. */
export type OutcomeClass = 'production' | 'pilotEnded' | 'dormant' | 'pivot' | 'unknown';

export interface CaseOutcome {
  readonly class: OutcomeClass;
  readonly what: string;
  readonly date: string;
  readonly sources: readonly string[];
  /**
   * The backtest's second measure: the design that ran (or that the project, or the function it was pitched
   * for, turned to afterwards), where documented. Absent when the record is silent.
   */
  readonly design?: {
    readonly architecture: ArchitectureId;
    readonly what: string;
    readonly sources: readonly string[];
  };
}
