import {
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import type { Report } from '@/report/build-report';
import { tensionData } from '@/report/chart-data';
import type { Answers } from '@/schema/assessment-schema';
import { ChartFrame } from './chart-frame';
import { isNarrowScreen } from './narrow-screen';

export function TensionAxes({ tensions, answers }: { tensions: Report['tensions']; answers: Answers }) {
  const data = tensionData(tensions, answers);
  const narrow = isNarrowScreen();
  const points = data
    .filter((d) => d.position !== null)
    .map((d) => ({
      x: d.position,
      y: d.index,
      text: d.inConflict ? `${d.label}: in conflict` : d.label,
      inConflict: d.inConflict,
    }));
  return (
    <ChartFrame
      id="tension-axes"
      title="The three tensions"
      description="Where the proposal sits between each tension’s two poles (left 0, right 4). The shaded right-hand side is what a ledger favours; a position marked “in conflict” clashes with what a ledger can give."
      chart={
        <ResponsiveContainer width="100%" height={260}>
          <ScatterChart margin={{ left: 10, right: 30, top: 10, bottom: 10 }} accessibilityLayer={false}>
            <CartesianGrid />
            <XAxis
              type="number"
              dataKey="x"
              domain={[0, 4]}
              ticks={[0, 1, 2, 3, 4]}
              tickFormatter={(v: number) =>
                ['← Left pole first', '', 'Balanced', '', 'Right pole first →'][v] ?? ''
              }
              tick={{ fill: 'currentColor', fontSize: 12 }}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[-0.5, 2.5]}
              ticks={[0, 1, 2]}
              reversed
              width={narrow ? 110 : 190}
              // Each row names its own two poles, since they differ from tension to tension.
              tickFormatter={(v: number) => (data[v] ? `${data[v].left} ↔ ${data[v].right}` : '')}
              tick={{ fill: 'currentColor', fontSize: narrow ? 10 : 13 }}
            />
            <ReferenceArea
              x1={2.5}
              x2={4}
              y1={-0.5}
              y2={2.5}
              fill="#00703c"
              fillOpacity={0.12}
              label={{
                value: 'What a ledger favours',
                position: 'insideTopRight',
                fill: 'currentColor',
                fontSize: 12,
              }}
            />
            {/* Labels sit on the side with room: right of a point on the left half, left of one on the right. */}
            {([false, true] as const).flatMap((conflict) =>
              (['left', 'right'] as const).map((side) => (
                <Scatter
                  key={`${conflict}-${side}`}
                  data={points.filter(
                    (p) => p.inConflict === conflict && (p.x ?? 0) >= 3 === (side === 'left'),
                  )}
                  fill={conflict ? '#b10e1e' : '#0b3d5c'}
                  shape={conflict ? 'cross' : 'circle'}
                  isAnimationActive={false}
                >
                  <LabelList
                    dataKey="text"
                    position={side}
                    fill={conflict ? '#b10e1e' : '#0b0c0c'}
                    fontSize={12}
                  />
                </Scatter>
              )),
            )}
          </ScatterChart>
        </ResponsiveContainer>
      }
      table={
        <table className="table">
          <caption>Tension positions</caption>
          <thead>
            <tr>
              <th scope="col">Tension</th>
              <th scope="col">Left pole</th>
              <th scope="col">Right pole</th>
              <th scope="col">Position</th>
              <th scope="col">A ledger favours</th>
              <th scope="col">In conflict?</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.tension}>
                <th scope="row">{d.tension}</th>
                <td>{d.left}</td>
                <td>{d.right}</td>
                <td>{d.label}</td>
                <td>{d.ledgerFavours}</td>
                <td>{d.inConflict ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
