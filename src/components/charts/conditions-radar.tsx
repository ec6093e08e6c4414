import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import { conditionRatingScale } from '../../framework/scales';
import { conditionRadarData, type Series } from '../../report/chart-data';
import { ChartFrame } from './chart-frame';
import { styleFor } from './series-style';

const ratingName = (v: unknown) =>
  typeof v === 'number' ? (conditionRatingScale[v]?.label ?? String(v)) : 'Unknown';

export function ConditionsRadar({ series }: { series: readonly Series[] }) {
  const data = conditionRadarData(series);
  return (
    <ChartFrame
      id="conditions-radar"
      title="The six conditions"
      description={`How well each record-pooling condition is met, from 0 (not met, centre) to 4 (fully met, edge): ${series.map((s, i) => `${s.name} (${styleFor(i).pattern})`).join(', ')}.`}
      chart={
        <ResponsiveContainer width="100%" height={380}>
          <RadarChart data={data} outerRadius="70%" accessibilityLayer={false}>
            <PolarGrid />
            <PolarAngleAxis dataKey="condition" tick={{ fill: '#0b0c0c', fontSize: 13 }} />
            <PolarRadiusAxis
              domain={[0, 4]}
              tickCount={5}
              angle={90}
              tick={{ fill: '#484949', fontSize: 11 }}
            />
            {series.map((s, i) => {
              const style = styleFor(i);
              return (
                <Radar
                  key={s.key}
                  name={s.name}
                  dataKey={s.key}
                  stroke={style.stroke}
                  strokeWidth={2.5}
                  strokeDasharray={style.dash}
                  fill={style.stroke}
                  fillOpacity={i === 0 ? 0.15 : 0.04}
                  dot={{ r: 4, fill: style.stroke }}
                  isAnimationActive={false}
                />
              );
            })}
            <Legend />
          </RadarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="table">
          <caption>Condition ratings</caption>
          <thead>
            <tr>
              <th scope="col">Condition</th>
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.condition}>
                <th scope="row">{row.condition}</th>
                {series.map((s) => (
                  <td key={s.key}>{ratingName(row[s.key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
