import { chartDrawing, type Drawing } from '@/renderers/charts/chart-drawing';
import { renderDocx } from '@/renderers/word/render-docx';
import { boardPaper, wordFileName } from '@/report/board-paper';
import { buildReport } from '@/report/build-report';
import type { Series } from '@/report/chart-data';
import { withSignOff } from '@/report/sign-off-table';
import type { Assessment } from '@/schema/assessment-schema';
import { signOffOf } from '@/team/sign-off-rows';

/** Draws one chart as PNG bytes (on an OffscreenCanvas in the worker, or by the page from its SVG). */
export type Rasterize = (drawing: Drawing, alt: string) => Promise<Uint8Array>;

/** Builds the editable Word board paper; runs in the board-paper worker. */
export async function makeDocx(
  assessment: Assessment,
  comparedWith: readonly Series[],
  rasterize: Rasterize,
): Promise<{ blob: Blob; fileName: string }> {
  const report = buildReport(assessment);
  const paper = withSignOff(boardPaper(report, comparedWith), await signOffOf(assessment));
  const figures = paper.body.flatMap((b) => (b.kind === 'figures' ? b.figures : []));
  const images = await Promise.all(
    figures.map(async (figure) => {
      const drawing = chartDrawing(figure.drawing);
      const png = await rasterize(drawing, figure.alt);
      return { png, width: drawing.width, height: drawing.height };
    }),
  );
  const now = new Date();
  const bytes = await renderDocx(paper, now, images);
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    }),
    fileName: wordFileName(report.title, now),
  };
}
