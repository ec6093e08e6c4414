import type { ChartFigure } from '@/report/board-paper';

/** A chart as plain shapes in points, drawn the same way into a PDF (pdfkit) and an SVG (Word). */
export type Shape =
  | {
      readonly kind: 'path';
      /** SVG path data. */
      readonly d: string;
      readonly stroke?: string;
      readonly fill?: string;
      readonly width?: number;
      readonly dash?: readonly number[];
    }
  | {
      readonly kind: 'text';
      readonly x: number;
      /** The baseline. */
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly bold?: boolean;
      readonly anchor: 'start' | 'middle' | 'end';
      readonly colour?: string;
    };

export interface Drawing {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly Shape[];
}

/** Told apart in black and white by line pattern and marker, never by colour alone. */
const seriesLooks = [
  { dash: [] as number[], width: 2, marker: 'circle', colour: '#1d4f91' },
  { dash: [6, 3], width: 1.4, marker: 'square', colour: '#8a3b12' },
  { dash: [1.5, 2.5], width: 1.4, marker: 'triangle', colour: '#2f6b2f' },
] as const;
const lookFor = (index: number) => seriesLooks[index % seriesLooks.length] ?? seriesLooks[0];

const f = (n: number) => Number(n.toFixed(2));
const closed = (pts: readonly (readonly [number, number])[]) =>
  `${pts.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${f(x)} ${f(y)}`).join(' ')} Z`;

function markerPath(kind: string, x: number, y: number): string {
  if (kind === 'square')
    return closed([
      [x - 2.6, y - 2.6],
      [x + 2.6, y - 2.6],
      [x + 2.6, y + 2.6],
      [x - 2.6, y + 2.6],
    ]);
  if (kind === 'triangle')
    return closed([
      [x, y - 3.2],
      [x - 3, y + 2.4],
      [x + 3, y + 2.4],
    ]);
  return `M${f(x - 2.6)} ${f(y)} A2.6 2.6 0 1 0 ${f(x + 2.6)} ${f(y)} A2.6 2.6 0 1 0 ${f(x - 2.6)} ${f(y)} Z`;
}

/** Wraps a label into lines of about `chars` characters, at spaces. */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function radar(figure: Extract<ChartFigure, { chart: 'radar' }>): Drawing {
  const { rows, series } = figure;
  // Sized so the labels stay inside the drawing, and the drawing inside half an A4 text column.
  const width = 240;
  const r = 58;
  const cx = width / 2;
  const cy = 96;
  const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / rows.length;
  const at = (i: number, value: number) =>
    [cx + (Math.cos(angle(i)) * r * value) / 4, cy + (Math.sin(angle(i)) * r * value) / 4] as const;
  const shapes: Shape[] = [];
  for (let level = 1; level <= 4; level++)
    shapes.push({ kind: 'path', d: closed(rows.map((_, i) => at(i, level))), stroke: '#9a9a9a', width: 0.5 });
  rows.forEach((row, i) => {
    const [ex, ey] = at(i, 4);
    shapes.push({ kind: 'path', d: `M${f(cx)} ${f(cy)} L${f(ex)} ${f(ey)}`, stroke: '#9a9a9a', width: 0.5 });
    const [lx, ly] = at(i, 4.5);
    const anchor = Math.abs(lx - cx) < 4 ? 'middle' : lx < cx ? 'end' : 'start';
    const lines = wrapWords(row.condition, 13);
    const top = ly < cy - 4 ? ly - (lines.length - 1) * 8.5 : ly + 3;
    for (const [li, line] of lines.entries())
      shapes.push({
        kind: 'text',
        x: lx,
        y: top + li * 8.5 + (ly < cy - 4 ? 0 : 3),
        text: line,
        size: 7,
        anchor,
      });
  });
  // The scale, 0 (centre, not met) to 4 (edge, fully met), along the spoke between conditions 1 and 2.
  const a = -Math.PI / 2 + Math.PI / rows.length;
  for (let level = 0; level <= 4; level++)
    shapes.push({
      kind: 'text',
      x: cx + (Math.cos(a) * r * level) / 4 + 2,
      y: cy + (Math.sin(a) * r * level) / 4 + 2,
      text: String(level),
      size: 6.5,
      anchor: 'start',
      colour: '#555555',
    });
  series.forEach((s, si) => {
    const look = lookFor(si);
    const pts = rows.map((row, i) => at(i, typeof row[s.key] === 'number' ? (row[s.key] as number) : 0));
    shapes.push({ kind: 'path', d: closed(pts), stroke: look.colour, width: look.width, dash: look.dash });
    for (const [px, py] of pts)
      shapes.push({ kind: 'path', d: markerPath(look.marker, px, py), fill: look.colour });
  });
  let ly = cy + r + 36;
  series.forEach((s, si) => {
    const look = lookFor(si);
    shapes.push({
      kind: 'path',
      d: `M8 ${f(ly - 3)} L36 ${f(ly - 3)}`,
      stroke: look.colour,
      width: look.width,
      dash: look.dash,
    });
    shapes.push({ kind: 'path', d: markerPath(look.marker, 22, ly - 3), fill: look.colour });
    const unknown = rows.filter((row) => row[s.key] === null).map((row) => row.condition.split(' ')[0]);
    const lines = wrapWords(`${s.name}${unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''}`, 44);
    for (const [li, line] of lines.entries())
      shapes.push({ kind: 'text', x: 42, y: ly + li * 10, text: line, size: 8, anchor: 'start' });
    ly += lines.length * 10 + 4;
  });
  return { width, height: ly, shapes };
}

function obstacleBars(figure: Extract<ChartFigure, { chart: 'obstacles' }>): Drawing {
  const width = 232;
  const labelWidth = 82;
  const barMax = 100;
  const rowHeight = 22;
  const top = 6;
  const shapes: Shape[] = [];
  for (let t = 0; t <= 4; t++) {
    const gx = labelWidth + (barMax * t) / 4;
    shapes.push({
      kind: 'path',
      d: `M${f(gx)} ${top} L${f(gx)} ${top + figure.data.length * rowHeight}`,
      stroke: '#b0b0b0',
      width: 0.5,
    });
    shapes.push({
      kind: 'text',
      x: gx,
      y: top + figure.data.length * rowHeight + 9,
      text: String(t),
      size: 6.5,
      anchor: 'middle',
      colour: '#555555',
    });
  }
  figure.data.forEach((d, i) => {
    const by = top + i * rowHeight;
    const label = wrapWords(d.obstacle, 18);
    for (const [li, line] of label.entries())
      shapes.push({
        kind: 'text',
        x: 0,
        y: by + 13 - (label.length - 1) * 4.5 + li * 9,
        text: line,
        size: 7.5,
        anchor: 'start',
      });
    const box = (w: number) =>
      closed([
        [labelWidth, by + 5],
        [labelWidth + w, by + 5],
        [labelWidth + w, by + 17],
        [labelWidth, by + 17],
      ]);
    if (d.severity !== null && d.severity > 0)
      shapes.push({ kind: 'path', d: box((barMax * d.severity) / 4), fill: '#4a4a4a' });
    // Unknown: a short dashed marker labelled "Don't know": never a bar, so it reads neither as negligible
    // nor as reaching "severe".
    if (d.severity === null)
      shapes.push({ kind: 'path', d: box(barMax * 0.12), stroke: '#4a4a4a', width: 0.8, dash: [2, 1.5] });
    shapes.push({
      kind: 'text',
      x: labelWidth + barMax + 5,
      y: by + 14,
      text: d.severity === null ? 'Don’t know (not scored)' : d.label,
      size: 7.5,
      anchor: 'start',
    });
  });
  const foot = top + figure.data.length * rowHeight + 22;
  shapes.push({
    kind: 'text',
    x: 0,
    y: foot,
    text: 'Bars run from 0, negligible (empty), to 4, severe (full).',
    size: 7,
    anchor: 'start',
  });
  return { width, height: foot + 4, shapes };
}

/** The shapes of a chart figure. */
export function chartDrawing(figure: ChartFigure): Drawing {
  return figure.chart === 'radar' ? radar(figure) : obstacleBars(figure);
}
