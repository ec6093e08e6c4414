import type { jsPDF } from 'jspdf';
import type { PdfBlock } from '@/report/pdf-content';

type Charts = Extract<PdfBlock, { kind: 'charts' }>;

const grey = (doc: jsPDF, level: number) => doc.setDrawColor(level, level, level);
/** Told apart in black and white by line pattern and marker, not colour. */
const seriesLooks = [
  { dash: [] as number[], width: 0.7, marker: 'circle' },
  { dash: [2, 1.2], width: 0.5, marker: 'square' },
  { dash: [0.6, 0.8], width: 0.5, marker: 'triangle' },
] as const;
const lookFor = (index: number) => seriesLooks[index % seriesLooks.length] ?? seriesLooks[0];

/** A closed outline through the points. */
function polygon(doc: jsPDF, pts: readonly (readonly [number, number])[]) {
  const [first] = pts;
  if (!first) return;
  doc.lines(
    pts.slice(1).map((p, i) => [p[0] - (pts[i]?.[0] ?? 0), p[1] - (pts[i]?.[1] ?? 0)]),
    first[0],
    first[1],
    [1, 1],
    'S',
    true,
  );
}

function marker(doc: jsPDF, kind: string, x: number, y: number) {
  if (kind === 'square') doc.rect(x - 0.9, y - 0.9, 1.8, 1.8, 'F');
  else if (kind === 'triangle') doc.triangle(x, y - 1.1, x - 1, y + 0.8, x + 1, y + 0.8, 'F');
  else doc.circle(x, y, 0.9, 'F');
}

/** The six-conditions radar as vector paths; unknown ratings are drawn at the centre and listed as unknown. */
export function drawRadar(doc: jsPDF, radar: Charts['radar'], x: number, y: number, size: number): number {
  const { rows, series } = radar;
  const r = size / 2 - 14;
  const cx = x + size / 2;
  const cy = y + r + 8;
  const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / rows.length;
  const at = (i: number, value: number) =>
    [cx + (Math.cos(angle(i)) * (r * value)) / 4, cy + (Math.sin(angle(i)) * (r * value)) / 4] as const;
  doc.setLineDashPattern([], 0);
  doc.setLineWidth(0.2);
  grey(doc, 170);
  for (let level = 1; level <= 4; level++) {
    const pts = rows.map((_, i) => at(i, level));
    polygon(doc, pts);
  }
  // The scale, 0 (centre, not met) to 4 (edge, fully met), along the spoke between conditions 1 and 2.
  doc.setFontSize(6.5);
  doc.setTextColor(90, 90, 90);
  for (let level = 0; level <= 4; level++) {
    const a = -Math.PI / 2 + Math.PI / rows.length;
    doc.text(String(level), cx + (Math.cos(a) * r * level) / 4 + 0.8, cy + (Math.sin(a) * r * level) / 4, {
      align: 'left',
    });
  }
  doc.setFontSize(7.5);
  doc.setTextColor(0, 0, 0);
  rows.forEach((row, i) => {
    const [ex, ey] = at(i, 4);
    doc.line(cx, cy, ex, ey);
    const [lx, ly] = at(i, 4.45);
    const align = Math.abs(lx - cx) < 2 ? 'center' : lx < cx ? 'right' : 'left';
    const lines: string[] = doc.splitTextToSize(row.condition, 28);
    doc.text(lines, lx, ly + 1 - (lines.length - 1) * 1.6, { align });
  });
  series.forEach((s, si) => {
    const look = lookFor(si);
    const pts = rows.map((row, i) => at(i, typeof row[s.key] === 'number' ? (row[s.key] as number) : 0));
    doc.setDrawColor(0, 0, 0);
    doc.setFillColor(0, 0, 0);
    doc.setLineWidth(look.width);
    doc.setLineDashPattern([...look.dash], 0);
    polygon(doc, pts);
    doc.setLineDashPattern([], 0);
    for (const [px, py] of pts) marker(doc, look.marker, px, py);
  });
  // Legend
  let ly = cy + r + 10;
  doc.setFontSize(8);
  series.forEach((s, si) => {
    const look = lookFor(si);
    doc.setLineWidth(look.width);
    doc.setLineDashPattern([...look.dash], 0);
    doc.line(x + 4, ly - 1, x + 14, ly - 1);
    doc.setLineDashPattern([], 0);
    marker(doc, look.marker, x + 9, ly - 1);
    const unknown = rows.filter((row) => row[s.key] === null).map((row) => row.condition.split(' ')[0]);
    const lines: string[] = doc.splitTextToSize(
      `${s.name}${unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''}`,
      size - 20,
    );
    doc.text(lines, x + 17, ly);
    ly += 3.6 * lines.length + 1.6;
  });
  return ly - y;
}

/** Obstacle severity as horizontal bars, most severe first. */
export function drawObstacleBars(
  doc: jsPDF,
  data: Charts['obstacles'],
  x: number,
  y: number,
  width: number,
): number {
  const labelWidth = 36;
  const barMax = width - labelWidth - 16;
  doc.setFontSize(8);
  doc.setLineDashPattern([], 0);
  doc.setLineWidth(0.2);
  grey(doc, 150);
  for (let t = 0; t <= 4; t++) {
    const gx = x + labelWidth + (barMax * t) / 4;
    doc.line(gx, y, gx, y + data.length * 8);
  }
  data.forEach((d, i) => {
    const by = y + i * 8;
    doc.setTextColor(0, 0, 0);
    doc.text(d.obstacle, x, by + 5);
    doc.setFillColor(90, 90, 90);
    if (d.severity !== null && d.severity > 0)
      doc.rect(x + labelWidth, by + 1.5, (barMax * d.severity) / 4, 5, 'F');
    if (d.severity === null) {
      // Unknown: a dashed outline the full length, so it never reads as "negligible".
      doc.setLineDashPattern([1, 1], 0);
      doc.rect(x + labelWidth, by + 1.5, barMax, 5, 'S');
      doc.setLineDashPattern([], 0);
    }
    doc.text(d.severity === null ? `${d.label} (not scored)` : d.label, x + labelWidth + barMax + 2, by + 5);
  });
  doc.setFontSize(7);
  doc.text('Bars run from negligible (empty) to severe (full).', x, y + data.length * 8 + 4);
  return data.length * 8 + 8;
}
