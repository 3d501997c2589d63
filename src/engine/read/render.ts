// Renders PDF pages to images (for OCR of scanned pages, the vision path and review screens).
import { createCanvas } from '@napi-rs/canvas';
import type { PDFPageProxy } from './pdfjs.ts';
import { checkPixels, type ReadLimits } from './limits.ts';

export async function renderPdfPage(page: PDFPageProxy, dpi: number, format: 'png' | 'jpeg', limits: ReadLimits): Promise<{ data: Buffer; widthPx: number; heightPx: number }> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  checkPixels(width, height, limits);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
  const data = format === 'png' ? await canvas.encode('png') : await canvas.encode('jpeg', 90);
  return { data, widthPx: width, heightPx: height };
}
