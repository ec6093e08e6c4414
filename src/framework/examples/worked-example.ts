import type { Citation } from '@/framework/citation';
import type { Setting } from '@/framework/proposal';
import type { AnswerValue } from '@/framework/question';
import type { VerdictBandId } from '@/framework/verdict-bands';

/** Where a worked example's answer comes from: the seed's own assessment, or our illustration. */
export type AnswerSource = { readonly seedSection: string } | 'illustrative';

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
  /** What the framework says the assessment must conclude (framework §6); checked by the tests. */
  readonly expectedBands: readonly VerdictBandId[];
}

export function sourceLabel(source: AnswerSource): string {
  return source === 'illustrative' ? 'Illustrative' : `Yeung 2019, §${source.seedSection}`;
}
