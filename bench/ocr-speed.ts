// OCR speed on 300 DPI A4 pages (~300 words each): tesseract.js with one worker and with a pool of 2,
// against native `tesseract` single-threaded (OMP_THREAD_LIMIT=1) on the same images.
// Needs tesseract-ocr: `apt-get install -y tesseract-ocr`. Run: npx tsx bench/ocr-speed.ts [pages=4]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { OcrPool } from '../src/engine/ocr/pool.ts';

const PAGES = Number(process.argv[2] ?? 4);
const WORDS = 'invoice total amount due payment reference customer account number date description quantity price tax subtotal shipping'.split(' ');

async function page(n: number) {
  const canvas = createCanvas(2480, 3508); // A4 at 300 DPI
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 2480, 3508);
  ctx.fillStyle = '#000';
  ctx.font = '40px sans-serif';
  for (let l = 0; l < 38; l++) ctx.fillText(Array.from({ length: 8 }, (_, k) => (k % 3 === 2 ? `${(n * 38 + l) * 7 + k}.${k}0` : WORDS[(n + l * 3 + k) % WORDS.length])).join(' '), 200, 250 + l * 80);
  return canvas.encode('png');
}

const images = await Promise.all(Array.from({ length: PAGES }, (_, i) => page(i)));
const dir = mkdtempSync(path.join(os.tmpdir(), 'docsift-bench-ocr-'));
images.forEach((img, i) => writeFileSync(path.join(dir, `${i}.png`), img));

async function timed(pool: OcrPool) {
  await pool.recognize(images[0], 'eng', 600_000); // start workers
  const t = performance.now();
  await Promise.all(images.map((img) => pool.recognize(img, 'eng', 600_000)));
  const s = (performance.now() - t) / 1000;
  await pool.shutdown();
  return s / PAGES;
}

const one = await timed(new OcrPool(1));
const two = await timed(new OcrPool(2));
const t = performance.now();
for (let i = 0; i < PAGES; i++) execFileSync('tesseract', [path.join(dir, `${i}.png`), '-', '--oem', '1', '-l', 'eng'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'ignore', 'ignore'] });
const native = (performance.now() - t) / 1000 / PAGES;
rmSync(dir, { recursive: true, force: true });

console.log(`${PAGES} A4 pages at 300 DPI`);
console.log(`tesseract.js, 1 worker:   ${one.toFixed(2)} s/page`);
console.log(`tesseract.js, pool of 2:  ${two.toFixed(2)} s/page (throughput ${(one / two).toFixed(2)}× one worker; goal ≥ 1.8×)`);
console.log(`native tesseract (OMP_THREAD_LIMIT=1): ${native.toFixed(2)} s/page`);
console.log(`tesseract.js / native: ${(one / native).toFixed(2)}× (goal ≤ 1.5×)`);
