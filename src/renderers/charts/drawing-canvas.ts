import type { Drawing } from './chart-drawing';

/** The part of a 2D canvas context a drawing needs: a page's canvas and a worker's OffscreenCanvas both have it. */
export type CanvasContext = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'fillRect'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'setLineDash'
  | 'scale'
  | 'save'
  | 'restore'
>;

const canvasAlign = { start: 'left', middle: 'center', end: 'right' } as const;

/**
 * Draws a chart's shapes on a white ground at `scale` times its size, as drawingSvg does for an SVG and
 * drawShapes for a PDF. Paths are SVG path data, so Path2D reads them as they are.
 */
export function drawOnCanvas(context: CanvasContext, drawing: Drawing, scale: number): void {
  context.save();
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, drawing.width * scale, drawing.height * scale);
  context.scale(scale, scale);
  for (const shape of drawing.shapes) {
    if (shape.kind === 'path') {
      const path = new Path2D(shape.d);
      context.setLineDash(shape.dash ? [...shape.dash] : []);
      if (shape.fill) {
        context.fillStyle = shape.fill;
        context.fill(path);
      }
      if (shape.stroke) {
        context.lineWidth = shape.width ?? 1;
        context.strokeStyle = shape.stroke;
        context.stroke(path);
      }
      continue;
    }
    context.font = `${shape.bold ? 'bold ' : ''}${shape.size}px "DejaVu Sans", Verdana, Arial, sans-serif`;
    context.textAlign = canvasAlign[shape.anchor];
    context.textBaseline = 'alphabetic';
    context.fillStyle = shape.colour ?? '#000000';
    context.fillText(shape.text, shape.x, shape.y);
  }
  context.restore();
}
