import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { obstacleSeverityScale } from '@/framework/scales';
import { obstacleBarData } from '@/report/chart-data';
import type { Answers } from '@/schema/assessment-schema';
import { ChartFrame } from './chart-frame';

export function ObstacleBars({ answers }: { answers: Answers }) {
  // An unknown severity is drawn as a hatched full-length bar labelled "Don't know", never as an empty
  // bar that would read as negligible.
  const data = obstacleBarData(answers).map((d) => ({
    ...d,
    value: d.severity ?? 4,
    shown: d.severity === null ? `${d.label} (not scored)` : d.label,
  }));
  return (
    <ChartFrame
      id="obstacle-bars"
      title="Obstacles, most severe first"
      description="Severity of each obstacle for this proposal, from negligible (0) to severe (4); each bar is labelled with its rating."
      chart={
        <ResponsiveContainer width="100%" height={300}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ left: 10, right: 150 }}
            accessibilityLayer={false}
          >
            <defs>
              <pattern
                id="unknown-hatch"
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="8" height="8" fill="#ffffff" />
                <line x1="0" y1="0" x2="0" y2="8" stroke="#6f777b" strokeWidth="3" />
              </pattern>
            </defs>
            <CartesianGrid horizontal={false} />
            <XAxis
              type="number"
              domain={[0, 4]}
              ticks={[0, 1, 2, 3, 4]}
              tickFormatter={(v: number) => obstacleSeverityScale[v]?.label ?? String(v)}
              tick={{ fill: 'currentColor', fontSize: 12 }}
            />
            <YAxis
              type="category"
              dataKey="obstacle"
              width={150}
              tick={{ fill: 'currentColor', fontSize: 13 }}
            />
            <Bar dataKey="value" fill="#a04000" isAnimationActive={false}>
              {data.map((d) => (
                <Cell
                  key={d.obstacle}
                  fill={d.severity === null ? 'url(#unknown-hatch)' : '#a04000'}
                  stroke={d.severity === null ? '#6f777b' : undefined}
                />
              ))}
              <LabelList dataKey="shown" position="right" fill="#0b0c0c" fontSize={13} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="table">
          <caption>Obstacle severity</caption>
          <thead>
            <tr>
              <th scope="col">Obstacle</th>
              <th scope="col">Severity</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.obstacle}>
                <th scope="row">{d.obstacle}</th>
                <td>{d.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
