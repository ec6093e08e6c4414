import { memo } from 'react';
import type { Report } from '@/report/build-report';
import type { Series } from '@/report/chart-data';
import type { Answers } from '@/schema/assessment-schema';
import { obstacleBarsChanged, radarChanged, scoreBandsChanged, tensionAxesChanged } from './chart-changes';
import { ConditionsRadar } from './conditions-radar';
import { ObstacleBars } from './obstacle-bars';
import { ScoreBands } from './score-bands';
import { TensionAxes } from './tension-axes';

interface Props {
  /** The proposal first, then the worked examples chosen for comparison. */
  series: readonly Series[];
  /** The report's tension rows: where the proposal sits and whether that conflicts (never recomputed here). */
  tensions: Report['tensions'];
  answers: Answers;
}

const Radar = memo(ConditionsRadar, (before, after) => !radarChanged(before.series, after.series));
const Obstacles = memo(ObstacleBars, (before, after) => !obstacleBarsChanged(before.answers, after.answers));
const Tensions = memo(TensionAxes, (before, after) => !tensionAxesChanged(before, after));
const Scores = memo(ScoreBands, (before, after) => !scoreBandsChanged(before.series, after.series));

/** All result charts; loaded lazily so recharts never weighs on the first page. */
export default function ResultCharts({ series, tensions, answers }: Props) {
  return (
    <div className="charts">
      <Radar series={series} />
      <Obstacles answers={answers} />
      <Tensions tensions={tensions} answers={answers} />
      <Scores series={series} />
    </div>
  );
}
