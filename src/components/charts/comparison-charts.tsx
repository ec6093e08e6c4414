import type { Series } from '@/report/chart-data';
import { ConditionsRadar } from './conditions-radar';
import { ScoreBands } from './score-bands';

/** The charts of the compare page; loaded lazily. */
export default function ComparisonCharts({ series }: { series: readonly Series[] }) {
  return (
    <div className="charts">
      <ConditionsRadar series={series} />
      <ScoreBands series={series} />
    </div>
  );
}
