import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { obstacleSeverityScale } from '@/framework/scales';
import { obstacleBarData } from '@/report/chart-data';
import type { Answers } from '@/schema/assessment-schema';
import { ChartFrame } from './chart-frame';
import { isNarrowScreen } from './narrow-screen';

export function ObstacleBars({ answers }: { answers: Answers }) {
  // An unknown severity is a short hatched, outlined marker labelled "Don't know": never a bar, so it reads
  // neither as negligible (empty) nor as severe (full).
  const narrow = isNarrowScreen();
  const data = obstacleBarData(answers).map((d) => ({
    ...d,
    value: d.severity ?? 0.3,
    shown: d.severity === null ? (narrow ? 'Don’t know' : 'Don’t know (not scored)') : d.label,
  }));
  return (
    <ChartFrame
      id="obstacle-bars"
      title="Obstacles, most severe first"
      description="Severity of each obstacle for this proposal, from negligible (0) to severe (4); each bar is labelled with its rating, and an unknown one is a short hatched marker labelled “Don’t know”."
      chart={
        <ResponsiveContainer width="100%" height={300}>
          <BarChart
            data={data}
            layout="vertical"
            // At phone width the names and labels give the bars room (at 320 px they had none).
            margin={{ left: 0, right: narrow ? 70 : 150 }}
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
              tickFormatter={(v: number) =>
                narrow ? String(v) : (obstacleSeverityScale[v]?.label ?? String(v))
              }
              tick={{ fill: 'currentColor', fontSize: 12 }}
            />
            <YAxis
              type="category"
              dataKey="obstacle"
              width={narrow ? 92 : 150}
              tick={{ fill: 'currentColor', fontSize: narrow ? 11 : 13 }}
            />
            <Bar dataKey="value" fill="#a04000" isAnimationActive={false}>
              {data.map((d) => (
                <Cell
                  key={d.obstacle}
                  fill={d.severity === null ? 'url(#unknown-hatch)' : '#a04000'}
                  stroke={d.severity === null ? '#6f777b' : undefined}
                />
              ))}
              <LabelList dataKey="shown" position="right" fill="currentColor" fontSize={narrow ? 11 : 13} />
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
