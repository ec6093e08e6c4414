import { describe, expect, it, vi } from 'vitest';
import { findExample } from '../../../src/framework/examples';
import { chartDrawing } from '../../../src/renderers/charts/chart-drawing';
import { type CanvasContext, drawOnCanvas } from '../../../src/renderers/charts/drawing-canvas';
import { boardPaper } from '../../../src/report/board-paper';
import { buildReport } from '../../../src/report/build-report';
import { exampleSeries } from '../../../src/report/example-series';
import { exampleToAssessment } from '../../../src/schema/example-assessment';

/** A context that records what is drawn on it (jsdom has no canvas). */
function recorder() {
  const calls: { op: string; args: unknown[]; fillStyle: unknown; font: unknown }[] = [];
  const state = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textAlign: 'start',
    textBaseline: 'alphabetic',
  };
  const record =
    (op: string) =>
    (...args: unknown[]) =>
      calls.push({ op, args, fillStyle: state.fillStyle, font: state.font });
  const context = Object.assign(state, {
    fillRect: record('fillRect'),
    fill: record('fill'),
    stroke: record('stroke'),
    fillText: record('fillText'),
    setLineDash: record('setLineDash'),
    scale: record('scale'),
    save: record('save'),
    restore: record('restore'),
  }) as unknown as CanvasContext;
  return { context, calls };
}

describe('a chart drawn on a canvas for the Word board paper', () => {
  vi.stubGlobal(
    'Path2D',
    class {
      constructor(readonly d: string) {}
    },
  );
  const report = buildReport(exampleToAssessment(findExample('patient-records')!));
  const figures = boardPaper(report, exampleSeries(['professional-credentials'])).body.flatMap((b) =>
    b.kind === 'figures' ? b.figures : [],
  );

  it.each(figures.map((f) => [f.caption, f] as const))(
    'draws every shape of "%s" on a white ground',
    (_, figure) => {
      const drawing = chartDrawing(figure.drawing);
      const { context, calls } = recorder();
      drawOnCanvas(context, drawing, 3);
      expect(calls[1]).toMatchObject({
        op: 'fillRect',
        args: [0, 0, drawing.width * 3, drawing.height * 3],
        fillStyle: '#ffffff',
      });
      const texts = drawing.shapes.filter((s) => s.kind === 'text');
      expect(calls.filter((c) => c.op === 'fillText').map((c) => c.args[0])).toEqual(
        texts.map((t) => t.text),
      );
      const painted = calls.filter((c) => c.op === 'fill' || c.op === 'stroke');
      const paths = drawing.shapes.filter((s) => s.kind === 'path');
      expect(painted).toHaveLength(paths.reduce((n, p) => n + (p.fill ? 1 : 0) + (p.stroke ? 1 : 0), 0));
      expect(painted[0]?.args[0]).toEqual({ d: paths[0]?.kind === 'path' ? paths[0].d : '' });
    },
  );
});
