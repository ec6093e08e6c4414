import { answerLabel } from '@/framework/answer-label';
import { conditions } from '@/framework/conditions';
import { scoreThresholds } from '@/framework/method-numbers';
import { obstacles } from '@/framework/obstacles';
import { tensions } from '@/framework/tensions';
import { shownVerdict, verdictBand } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';
import type { CitedAnswer } from './cite';
import { shownVerdictAndScores } from './shown-scores';

/** One line on a comparison chart: a proposal or a worked example. */
export interface Series {
  readonly key: string;
  readonly name: string;
  readonly answers: Answers;
}

const rating = (answers: Answers, id: string) => {
  const value = answers[id]?.value;
  return typeof value === 'number' ? value : null;
};

/** Radar rows: one per condition, one column per series (null where unknown). */
export function conditionRadarData(series: readonly Series[]) {
  return conditions.map((c) => ({
    condition: c.shortName,
    ...Object.fromEntries(series.map((s) => [s.key, rating(s.answers, c.id)])),
  })) as ({ condition: string } & Record<string, number | null | string>)[];
}

/** Obstacles ordered from most to least severe; unknown ones last. */
export function obstacleBarData(answers: Answers) {
  return obstacles
    .map((o) => ({
      obstacle: o.shortName,
      severity: rating(answers, o.id),
      label: answerLabel(o.id, answers[o.id]?.value),
    }))
    .sort((a, b) => (b.severity ?? -1) - (a.severity ?? -1));
}

/** Where the proposal sits on each tension axis (0 = left pole … 4 = right pole). */
export function tensionData(
  rows: readonly (CitedAnswer & { readonly inConflict: boolean })[],
  answers: Answers,
) {
  return tensions.map((t, index) => {
    const value = answers[t.id]?.value;
    return {
      index,
      tension: t.shortName,
      left: t.poles.left,
      right: t.poles.right,
      position: typeof value === 'number' ? value : null,
      label: answerLabel(t.id, value),
      ledgerFavours: t.ledgerFavours === 'right' ? t.poles.right : t.poles.left,
      inConflict: rows.find((r) => r.questionId === t.id)?.inConflict ?? false,
    };
  });
}

/**
 * Each series' two scores and verdict, to place against the score bands. A series with too little known has
 * no point (null scores): it is never drawn at (0, 0) as if every condition failed.
 */
export function scorePoints(series: readonly Series[]) {
  return series.map((s) => {
    const shown = shownVerdictAndScores(s.answers);
    return {
      key: s.key,
      name: s.name,
      fit: shown.fit ?? null,
      risk: shown.risk ?? null,
      band: shownVerdict(shown.verdict).label,
      scoreBand: shown.scoreBand ? verdictBand(shown.scoreBand).label : 'Not scored',
    };
  });
}

/** The score regions of the bands (before gates), as rectangles on fit (x) × risk (y). */
export const scoreBandRegions = [
  {
    label: 'Strong fit on scores',
    x1: scoreThresholds.strong.minFit,
    x2: 100,
    y1: 0,
    y2: scoreThresholds.strong.maxRisk,
  },
  {
    label: 'Conditional fit on scores',
    x1: scoreThresholds.conditional.minFit,
    x2: 100,
    y1: 0,
    y2: scoreThresholds.conditional.maxRisk,
  },
] as const;
