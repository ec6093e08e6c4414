import type { Series } from '@/report/chart-data';
import type { AssessmentResult } from '@/report/result-types';
import type { Answers } from '@/schema/assessment-schema';
import { ConditionsRadar } from './conditions-radar';
import { ObstacleBars } from './obstacle-bars';
import { ScoreBands } from './score-bands';
import { TensionAxes } from './tension-axes';

interface Props {
  /** The proposal first, then the worked examples chosen for comparison. */
  series: readonly Series[];
  result: AssessmentResult;
  answers: Answers;
}

/** All result charts; loaded lazily so recharts never weighs on the first page. */
export default function ResultCharts({ series, result, answers }: Props) {
  return (
    <div className="charts">
      <ConditionsRadar series={series} />
      <ObstacleBars answers={answers} />
      <TensionAxes result={result} answers={answers} />
      <ScoreBands series={series} />
    </div>
  );
}
