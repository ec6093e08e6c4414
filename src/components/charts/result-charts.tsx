import type { Report } from '@/report/build-report';
import type { Series } from '@/report/chart-data';
import type { Answers } from '@/schema/assessment-schema';
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

/** All result charts; loaded lazily so recharts never weighs on the first page. */
export default function ResultCharts({ series, tensions, answers }: Props) {
  return (
    <div className="charts">
      <ConditionsRadar series={series} />
      <ObstacleBars answers={answers} />
      <TensionAxes tensions={tensions} answers={answers} />
      <ScoreBands series={series} />
    </div>
  );
}
