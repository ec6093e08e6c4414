import {
  CartesianGrid,
  Legend,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import { type Series, scoreBandRegions, scorePoints } from '@/report/chart-data';
import { ChartFrame } from './chart-frame';
import { styleFor } from './series-style';

export function ScoreBands({ series }: { series: readonly Series[] }) {
  const points = scorePoints(series);
  return (
    <ChartFrame
      id="score-bands"
      title="The two scores against the verdict bands"
      description="Condition fit (across) against obstacle risk (up). The darker region is a strong fit on the scores alone, the lighter one a conditional fit; gates can still lower the verdict, so each point’s verdict is in the table."
      chart={
        <ResponsiveContainer width="100%" height={360}>
          <ScatterChart margin={{ left: 10, right: 30, top: 10, bottom: 30 }} accessibilityLayer={false}>
            <CartesianGrid />
            <XAxis
              type="number"
              dataKey="fit"
              name="Condition fit"
              domain={[0, 100]}
              label={{ value: 'Condition fit', position: 'bottom', fill: 'currentColor' }}
              tick={{ fill: 'currentColor' }}
            />
            <YAxis
              type="number"
              dataKey="risk"
              name="Obstacle risk"
              domain={[0, 100]}
              label={{ value: 'Obstacle risk', angle: -90, position: 'insideLeft', fill: 'currentColor' }}
              tick={{ fill: 'currentColor' }}
            />
            {scoreBandRegions.map((r, i) => (
              <ReferenceArea
                key={r.label}
                x1={r.x1}
                x2={r.x2}
                y1={r.y1}
                y2={r.y2}
                fill="#00703c"
                fillOpacity={i === 0 ? 0.25 : 0.1}
                stroke="#005a30"
                strokeDasharray={i === 0 ? undefined : '4 4'}
                label={{
                  value: r.label,
                  position: 'insideTopRight',
                  fill: 'currentColor',
                  fontSize: 12,
                  dy: i === 0 ? 0 : -2,
                }}
              />
            ))}
            {points.map((p, i) => {
              // A proposal with too little known has no point on the chart; the table says "Not scored".
              if (p.fit === null || p.risk === null) return null;
              const style = styleFor(i);
              return (
                <Scatter
                  key={p.key}
                  name={p.name}
                  data={[p]}
                  fill={style.stroke}
                  shape={style.shape}
                  legendType={style.shape}
                  isAnimationActive={false}
                />
              );
            })}
            <Legend verticalAlign="top" />
          </ScatterChart>
        </ResponsiveContainer>
      }
      table={
        <table className="table">
          <caption>Scores and verdicts</caption>
          <thead>
            <tr>
              <th scope="col">Proposal</th>
              <th scope="col">Condition fit</th>
              <th scope="col">Obstacle risk</th>
              <th scope="col">Band on the scores</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.key}>
                <th scope="row">{p.name}</th>
                <td>{p.fit ?? 'Not scored'}</td>
                <td>{p.risk ?? 'Not scored'}</td>
                <td>{p.scoreBand}</td>
                <td>{p.band}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
