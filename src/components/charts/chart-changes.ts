import type { Report } from '@/report/build-report';
import {
  conditionRadarData,
  obstacleBarData,
  type Series,
  scorePoints,
  tensionData,
} from '@/report/chart-data';
import type { Answers } from '@/schema/assessment-schema';

// Whether a result chart draws something different after a change of answers. Recharts redraws a chart
// synchronously in an animation frame whenever it is given new data (its store's batched notification),
// about 30 ms a chart unthrottled and 60 ms at 4× CPU throttling, so a chart is given new props only when
// these say it changed: one what-if answer redraws the one or two charts that show it, not all four.

const differ = (before: unknown, after: unknown) => JSON.stringify(before) !== JSON.stringify(after);
const names = (series: readonly Series[]) => series.map((s) => [s.key, s.name]);

export const radarChanged = (before: readonly Series[], after: readonly Series[]) =>
  differ([names(before), conditionRadarData(before)], [names(after), conditionRadarData(after)]);

export const scoreBandsChanged = (before: readonly Series[], after: readonly Series[]) =>
  differ(scorePoints(before), scorePoints(after));

export const obstacleBarsChanged = (before: Answers, after: Answers) =>
  differ(obstacleBarData(before), obstacleBarData(after));

export const tensionAxesChanged = (
  before: { tensions: Report['tensions']; answers: Answers },
  after: { tensions: Report['tensions']; answers: Answers },
) => differ(tensionData(before.tensions, before.answers), tensionData(after.tensions, after.answers));
