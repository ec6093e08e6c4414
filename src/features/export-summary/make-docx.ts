import { chartDrawing } from '@/renderers/charts/chart-drawing';
import { drawingSvg } from '@/renderers/charts/drawing-svg';
import { renderDocx } from '@/renderers/word/render-docx';
import { boardPaper, wordFileName } from '@/report/board-paper';
import { buildReport } from '@/report/build-report';
import type { Series } from '@/report/chart-data';
import type { Assessment } from '@/schema/assessment-schema';
import { rasterizeSvg } from './rasterize-svg';

/** Builds the editable Word board paper in the browser. Loaded only when the user asks for it. */
export async function makeDocx(
  assessment: Assessment,
  comparedWith: readonly Series[],
): Promise<{ blob: Blob; fileName: string }> {
  const report = buildReport(assessment);
  const paper = boardPaper(report, comparedWith);
  const figures = paper.body.flatMap((b) => (b.kind === 'figures' ? b.figures : []));
  const images = await Promise.all(
    figures.map(async (figure) => {
      const drawing = chartDrawing(figure.drawing);
      const png = await rasterizeSvg(drawingSvg(drawing, figure.alt), drawing.width, drawing.height);
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
