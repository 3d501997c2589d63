// Tesseract's layout analysis can drop a whole line (large condensed type, a stamp over it): the reader
// finds ink no word accounts for and reads it again as a single line.
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/engine/read/index.ts';
import { rereadLines } from '../../../src/engine/read/unread-lines.ts';
import { defaultReadLimits } from '../../../src/engine/read/limits.ts';
import { ocrPool, shutdownOcr } from '../../../src/engine/ocr/pool.ts';
import { textImage } from '../../support/fixtures.ts';
import { sroieImage } from '../../support/sroie.ts';
import type { Box } from '../../../src/engine/types.ts';

describe('lines the layout analysis left out', () => {
  afterAll(() => shutdownOcr());

  it('reads the ink of a line missing from a reading, and nothing already read', async () => {
    const png = await textImage(['INVOICE 2291 DATED 4 MAY', 'NORTHWIND TRADING LIMITED', 'AMOUNT DUE 118.40']).png();
    const read = await ocrPool().recognize(png, 'eng', 60_000);
    expect(read.map((w) => w.text).join(' ')).toContain('NORTHWIND TRADING LIMITED');
    // As if the layout analysis had dropped the middle line.
    const middle = (w: { bbox: { y0: number; y1: number } }) => w.bbox.y0 > 90 && w.bbox.y1 < 165;
    const dropped = read.filter((w) => !middle(w));
    expect(dropped.length).toBeLessThan(read.length);
    const found = (await rereadLines(png, 72, dropped, 'eng', defaultReadLimits)).slice(dropped.length);
    expect(found.map((w) => w.text).join(' ')).toBe('NORTHWIND TRADING LIMITED');
    for (const w of found) {
      expect(middle(w)).toBe(true);
      expect(w.confidence).toBeLessThanOrEqual(70); // re-read type goes to review
    }
    expect(await rereadLines(png, 72, read, 'eng', defaultReadLimits)).toEqual(read);
  }, 60_000);

  it('reads again two lines tesseract garbled into one tall word, in its place', async () => {
    const png = await textImage(['INVOICE 2291 DATED 4 MAY', 'NORTHWIND TRADING LTD', 'HARBOUR ROAD 14', 'AMOUNT DUE 118.40']).png();
    const read = await ocrPool().recognize(png, 'eng', 60_000);
    // As if the middle two lines had come back as one low-confidence word two lines tall.
    const middle = (w: { bbox: { y0: number; y1: number } }) => w.bbox.y0 > 90 && w.bbox.y1 < 235;
    const inMiddle = read.filter(middle);
    const garbled = { text: 'iron', confidence: 17, bbox: { x0: Math.min(...inMiddle.map((w) => w.bbox.x0)), y0: Math.min(...inMiddle.map((w) => w.bbox.y0)), x1: Math.max(...inMiddle.map((w) => w.bbox.x1)), y1: Math.max(...inMiddle.map((w) => w.bbox.y1)) } };
    const words = await rereadLines(png, 72, [...read.filter((w) => !middle(w)), garbled], 'eng', defaultReadLimits);
    expect(words.map((w) => w.text)).not.toContain('iron');
    const text = words.filter(middle).map((w) => w.text).join(' ');
    expect(text).toContain('NORTHWIND TRADING LTD');
    expect(text).toContain('HARBOUR ROAD 14');
  }, 60_000);

  // Receipt 014: a photo of curled paper, whose lines rise to the right; tesseract read the ends of two
  // address lines as one word ('iron', confidence 17) and lost 'TAMAN SENTOSA,'.
  // The strip read again there also holds the top of '42200' below: its '00' is that word read twice, and
  // made a line of its own between the address lines, which pushed 'SELANGOR.' out of its line.
  it('reads the address line of a curled receipt that tesseract garbled, and no word twice', async () => {
    const { text, pages } = await readDocument(sroieImage('014'), { mode: 'ocr_only' });
    expect(text).toContain('TAMAN SENTOSA,');
    const { words } = pages[0];
    const over = (a: Box, b: Box) => Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
    const twice = words.filter((a) => words.some((b) => b !== a && b.text.includes(a.text) && over(a.box, b.box) > 0.2 * over(a.box, a.box)));
    expect(twice.map((w) => w.text)).toEqual([]);
  }, 120_000);

  // Receipt 021 of the shared dev set: its shop name, in tall condensed type under a red stamp, is not in
  // tesseract's reading of the page at all.
  it('finds the shop name a real receipt prints in large condensed type', async () => {
    const page = (await readDocument(sroieImage('021'), { mode: 'ocr_only' })).pages[0];
    const lines = new Map<number, string[]>();
    for (const w of page.words) lines.set(w.line, [...(lines.get(w.line) ?? []), w.text]);
    const name = [...lines.values()].map((l) => l.join(' ')).find((l) => l.includes('STATIONERY'));
    expect(name).toMatch(/HENG STATIONERY & BOOKS$/);
    // Above the address, where it is printed.
    const nameTop = Math.min(...page.words.filter((w) => w.text === 'STATIONERY').map((w) => w.box[1]));
    const addressTop = Math.min(...page.words.filter((w) => w.text === 'JALAN').map((w) => w.box[1]));
    expect(nameTop).toBeLessThan(addressTop);
  }, 120_000);
});
