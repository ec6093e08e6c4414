import type { Drawing } from './chart-drawing';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A drawing as a standalone SVG document, with its alternative text as the title. */
export function drawingSvg(drawing: Drawing, alt: string, scale = 1): string {
  const body = drawing.shapes
    .map((s) =>
      s.kind === 'path'
        ? `<path d="${s.d}" fill="${s.fill ?? 'none'}"${s.stroke ? ` stroke="${s.stroke}" stroke-width="${s.width ?? 1}"` : ''}${s.dash && s.dash.length > 0 ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''}/>`
        : `<text x="${s.x.toFixed(2)}" y="${s.y.toFixed(2)}" font-size="${s.size}" text-anchor="${s.anchor}"${s.bold ? ' font-weight="bold"' : ''} fill="${s.colour ?? '#000000'}">${escapeXml(s.text)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${drawing.width * scale}" height="${drawing.height * scale}" viewBox="0 0 ${drawing.width} ${drawing.height}" font-family="DejaVu Sans, Verdana, Arial, sans-serif"><title>${escapeXml(alt)}</title><rect width="100%" height="100%" fill="#ffffff"/>${body}</svg>`;
}
