import type { Drawing } from '@/renderers/charts/chart-drawing';
import { drawOnCanvas } from '@/renderers/charts/drawing-canvas';

/** Whether this context (a worker, usually) can draw charts itself: OffscreenCanvas with a 2D context. */
export const canDrawOffscreen = () => typeof OffscreenCanvas !== 'undefined' && typeof Path2D !== 'undefined';

/** A chart as PNG bytes at `scale` times its size for print, drawn on an OffscreenCanvas (no DOM needed). */
export async function rasterizeDrawing(drawing: Drawing, scale = 3): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(Math.round(drawing.width * scale), Math.round(drawing.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the charts for the Word document.');
  drawOnCanvas(context, drawing, scale);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}
