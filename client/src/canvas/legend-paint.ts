// The legend painted on a 2D canvas, for PNG downloads: the same layout as the SVG legend
// (graph/legend.ts), under the picture.
import { layoutLegend, legendWidth, type LegendContent, type LegendLayout, type Swatch } from '../graph/legend';

function paintSwatch(ctx: CanvasRenderingContext2D, s: Swatch, x: number, y: number, w: number, h: number) {
  ctx.save();
  switch (s.kind) {
    case 'node': {
      const cx = x + w / 2;
      ctx.beginPath();
      if (s.shape === 'ellipse') ctx.ellipse(cx, y + h / 2, h / 2, h / 2, 0, 0, 2 * Math.PI);
      else ctx.roundRect(cx - h / 2, y, h, h, h / 4);
      ctx.fillStyle = s.fill;
      ctx.fill();
      ctx.lineWidth = s.strokeWidth;
      ctx.strokeStyle = s.stroke;
      ctx.stroke();
      if (s.letter) {
        ctx.fillStyle = '#1F2328';
        ctx.font = 'bold 8px sans-serif';
        ctx.textAlign = 'center';
        ctx.fillText(s.letter, cx, y + h / 2 + 3);
      }
      break;
    }
    case 'edge': {
      const my = y + h / 2;
      ctx.beginPath();
      ctx.moveTo(x, my);
      ctx.lineTo(s.arrow ? x + w - 7 : x + w, my);
      ctx.strokeStyle = s.colour;
      ctx.lineWidth = s.width;
      ctx.setLineDash(s.dashed ? [5, 3] : []);
      ctx.stroke();
      if (s.arrow) {
        ctx.beginPath();
        ctx.moveTo(x + w - 8, my - 5);
        ctx.lineTo(x + w, my);
        ctx.lineTo(x + w - 8, my + 5);
        ctx.closePath();
        ctx.fillStyle = s.colour;
        ctx.fill();
      }
      break;
    }
    case 'area':
      ctx.fillStyle = s.fill;
      ctx.fillRect(x, y, w, h);
      ctx.strokeStyle = s.stroke;
      ctx.lineWidth = 1;
      ctx.strokeRect(x, y, w, h);
      break;
  }
  ctx.restore();
}

/** Paints a laid-out legend with its top left at the context's origin. */
export function paintLegend(ctx: CanvasRenderingContext2D, layout: LegendLayout): void {
  for (const m of layout.marks) {
    if (m.type === 'panel') {
      ctx.fillStyle = '#FFFFFF';
      ctx.fillRect(m.x, m.y, m.width, m.height);
      ctx.strokeStyle = '#9AA0A6';
      ctx.lineWidth = 1;
      ctx.strokeRect(m.x + 0.5, m.y + 0.5, m.width - 1, m.height - 1);
    } else if (m.type === 'text') {
      ctx.fillStyle = '#1F2328';
      ctx.font = `${m.bold ? 'bold ' : ''}${m.size}px sans-serif`;
      ctx.textAlign = 'left';
      ctx.fillText(m.text, m.x, m.y);
    } else paintSwatch(ctx, m.swatch, m.x, m.y, m.width, m.height);
  }
}

/**
 * A picture (`width` × `height` pixels, drawn by `draw`) with the legend under it, as a PNG blob.
 * The legend is laid out 360–900 units wide and scaled to the picture's width (pixels per unit
 * `density` at least, so text stays sharp at 2×).
 */
export async function pngWithLegend(
  width: number,
  height: number,
  draw: (ctx: CanvasRenderingContext2D) => void,
  legend: LegendContent | null,
  density = 2,
): Promise<Blob> {
  const lw = legendWidth(width / density);
  const scale = Math.max(density, width / lw);
  const layout = legend ? layoutLegend(legend, lw) : null;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(Math.max(width, layout ? lw * scale : 0));
  canvas.height = Math.ceil(height + (layout ? layout.height * scale : 0));
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  draw(ctx);
  if (layout) {
    ctx.save();
    ctx.translate(0, height);
    ctx.scale(scale, scale);
    paintLegend(ctx, layout);
    ctx.restore();
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be made'))), 'image/png'),
  );
}

/** Downloads a blob or URL under a file name. */
export function download(href: string | Blob, name: string): void {
  const url = typeof href === 'string' ? href : URL.createObjectURL(href);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  if (typeof href !== 'string') window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
