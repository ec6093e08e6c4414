import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import type { BaseTickContentProps } from 'recharts/types/util/types';
import { conditionRatingScale } from '@/framework/scales';
import { conditionRadarData, type Series } from '@/report/chart-data';
import { ChartFrame } from './chart-frame';
import { isNarrowScreen } from './narrow-screen';
import { styleFor } from './series-style';

const ratingName = (v: unknown) =>
  typeof v === 'number' ? (conditionRatingScale[v]?.label ?? String(v)) : 'Unknown';

/** Splits a label into lines of at most `width` characters at spaces, so it stays whole on a phone. */
function wrap(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface TickProps {
  x?: number;
  y?: number;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  payload?: { value: string };
  fontSize: number;
  /** Characters a line. */
  width?: number;
}

/** A condition's name on the radar, wrapped onto short lines and kept clear of the chart's edge. */
function WrappedTick({ x = 0, y = 0, textAnchor = 'middle', payload, fontSize, width = 14 }: TickProps) {
  const lines = wrap(payload?.value ?? '', width);
  const top = y - ((lines.length - 1) * fontSize * 1.15) / 2;
  return (
    <text x={x} y={top} textAnchor={textAnchor} fill="currentColor" fontSize={fontSize}>
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? 0 : fontSize * 1.15}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

interface Props {
  series: readonly Series[];
  /** Chart only (for slides), at a fixed size: inside a scaled slide a measured size would be wrong. */
  bare?: { width: number; height: number; fontSize: number };
}

export function ConditionsRadar({ series, bare }: Props) {
  const data = conditionRadarData(series);
  const narrow = !bare && isNarrowScreen();
  const fontSize = bare?.fontSize ?? (narrow ? 10 : 13);
  // A rating not known is not a 0: the radar's line would dip to the centre, so the axis says so in words.
  const first = series[0]?.key;
  const unknown = new Set(
    data.filter((r) => first !== undefined && r[first] === null).map((r) => r.condition),
  );
  const radar = (
    <RadarChart
      data={data}
      outerRadius={bare ? '60%' : narrow ? '38%' : '62%'}
      accessibilityLayer={false}
      {...(bare ? { width: bare.width, height: bare.height } : {})}
    >
      <PolarGrid />
      <PolarAngleAxis
        dataKey="condition"
        tick={(props: BaseTickContentProps) => (
          <WrappedTick
            x={Number(props.x)}
            y={Number(props.y)}
            textAnchor={props.textAnchor}
            payload={{
              value: `${props.payload.value}${unknown.has(String(props.payload.value)) ? ' (don’t know)' : ''}`,
            }}
            fontSize={fontSize}
            width={narrow ? 10 : 14}
          />
        )}
      />
      {/* Between condition 1 (top) and condition 2, so the scale's numbers never sit under a label. */}
      <PolarRadiusAxis
        domain={[0, 4]}
        tickCount={5}
        angle={60}
        tick={{ fill: '#484949', fontSize: fontSize - 2 }}
      />
      {series.map((s, i) => {
        const style = styleFor(i);
        return (
          <Radar
            key={s.key}
            name={s.name}
            dataKey={s.key}
            stroke={style.stroke}
            strokeWidth={bare ? 5 : 2.5}
            strokeDasharray={style.dash}
            fill={style.stroke}
            fillOpacity={i === 0 ? 0.15 : 0.04}
            dot={{ r: bare ? 8 : 4, fill: style.stroke }}
            isAnimationActive={false}
          />
        );
      })}
      {/* On a slide the lowest label (condition 4) needs room above the legend. */}
      <Legend wrapperStyle={{ fontSize, ...(bare ? { paddingTop: fontSize * 2 } : {}) }} />
    </RadarChart>
  );
  return (
    <ChartFrame
      id="conditions-radar"
      bare={Boolean(bare)}
      title="The six conditions"
      description={`How well each record-pooling condition is met, from 0 (not met, centre) to 4 (fully met, edge); a condition marked “don’t know” is not rated, not 0: ${series.map((s, i) => `${s.name} (${styleFor(i).pattern})`).join(', ')}.`}
      chart={
        bare ? (
          radar
        ) : (
          <ResponsiveContainer width="100%" height={380}>
            {radar}
          </ResponsiveContainer>
        )
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
