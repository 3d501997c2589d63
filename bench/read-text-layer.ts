// Text-layer reading: pages/s of our reader (pdf_only) vs `pdftotext -bbox` (Debian poppler-utils, the
// native reference) on the same generated 50-page PDF, and the mean IoU of our word boxes against
// pdftotext's. Needs poppler-utils: `apt-get install -y poppler-utils`. Run: npx tsx bench/read-text-layer.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readDocument } from '../src/engine/read/index.ts';
import type { Box } from '../src/engine/types.ts';

const PAGES = 50;
const WORDS = 'invoice total amount due payment reference customer account number date description quantity price tax subtotal shipping'.split(' ');

const pdf = await PDFDocument.create();
const fonts = [await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.TimesRoman), await pdf.embedFont(StandardFonts.Courier)];
for (let p = 0; p < PAGES; p++) {
  const page = pdf.addPage([595, 842]);
  for (let l = 0; l < 40; l++) {
    const text = Array.from({ length: 8 }, (_, k) => (k % 3 === 2 ? `${(p * 40 + l) * 7 + k}.${k}0` : WORDS[(p + l * 3 + k) % WORDS.length])).join(' ');
    page.drawText(text, { x: 40, y: 800 - l * 19, size: 10 + (l % 3), font: fonts[l % 3] });
  }
}
const bytes = Buffer.from(await pdf.save());
const dir = mkdtempSync(path.join(os.tmpdir(), 'docsift-bench-read-'));
const file = path.join(dir, 'doc.pdf');
writeFileSync(file, bytes);

await readDocument(bytes, { mode: 'pdf_only' }); // warm-up
let t = performance.now();
const ours = await readDocument(bytes, { mode: 'pdf_only' });
const oursSeconds = (performance.now() - t) / 1000;

t = performance.now();
const html = execFileSync('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString();
const refSeconds = (performance.now() - t) / 1000;
rmSync(dir, { recursive: true, force: true });

// pdftotext -bbox: <page width height> ... <word xMin yMin xMax yMax>text</word>, top-left origin, points.
const refPages: { text: string; box: Box }[][] = html.split('<page').slice(1).map((chunk) =>
  [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ text: m[5].replace(/&amp;/g, '&'), box: [+m[1], +m[2], +m[3], +m[4]] as Box })),
);
const iou = (a: Box, b: Box) => {
  const ix = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const iy = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const inter = ix * iy;
  const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
  return union > 0 ? inter / union : 0;
};
let matched = 0;
let total = 0;
let sum = 0;
ours.pages.forEach((page, i) => {
  const ref = [...(refPages[i] ?? [])];
  for (const w of page.words) {
    total++;
    // The same text appears many times: pair each word with its best-overlapping twin.
    let k = -1;
    let best = -1;
    ref.forEach((r, j) => {
      if (r.text !== w.text) return;
      const v = iou(w.box, r.box);
      if (v > best) [k, best] = [j, v];
    });
    if (k < 0) continue;
    matched++;
    sum += best;
    ref.splice(k, 1);
  }
});

console.log(`${PAGES}-page text PDF, ${total} words`);
console.log(`docsift readDocument(pdf_only): ${(PAGES / oursSeconds).toFixed(1)} pages/s (${oursSeconds.toFixed(2)} s)`);
console.log(`pdftotext -bbox (reference):    ${(PAGES / refSeconds).toFixed(1)} pages/s (${refSeconds.toFixed(2)} s)`);
console.log(`speed ratio (pdftotext / docsift): ${(oursSeconds / refSeconds).toFixed(1)}×`);
console.log(`first word: ours ${JSON.stringify(ours.pages[0].words[0].box)} pdftotext ${JSON.stringify(refPages[0]?.[0]?.box)}`);
console.log(`word boxes vs pdftotext: ${matched}/${total} words matched by text, mean IoU ${(sum / Math.max(1, matched)).toFixed(3)}`);
