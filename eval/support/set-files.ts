// The files of a generated set: its folders emptied on each run, each document and its label written by id.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { renderPage } from '../../src/engine/read/index.ts';
import { degrade } from './scan-damage.ts';

/** Removes and makes again `dir/<name>` for each name, so a run leaves no file of an earlier one. */
export function freshFolders(dir: string, ...names: string[]) {
  for (const name of names) rmSync(path.join(dir, name), { recursive: true, force: true });
  for (const name of names) mkdirSync(path.join(dir, name), { recursive: true });
}

/** Writes the i-th document to `dir/docs` — the PDF, or with `tilt` a degraded PNG image of its first page — and its label to `dir/key`. */
export async function writeDocument(dir: string, i: number, pdf: PDFDocument, key: unknown, tilt?: number) {
  const id = String(i).padStart(3, '0');
  const bytes = Buffer.from(await pdf.save());
  const file = tilt === undefined ? bytes : await degrade(await renderPage(bytes, 1, { dpi: 200, format: 'png' }), tilt);
  writeFileSync(path.join(dir, 'docs', `${id}.${tilt === undefined ? 'pdf' : 'png'}`), file);
  writeFileSync(path.join(dir, 'key', `${id}.json`), `${JSON.stringify(key)}\n`);
}
