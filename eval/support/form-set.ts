// How a form set (eval/forms, eval/forms-heldout) is written: a folder per kind with the schema a user would
// write for it, the documents (PDFs, or degraded PNGs the reader OCRs) and their labels.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderPage } from '../../src/engine/read/index.ts';
import type { Canvas } from './canvas.ts';
import { sequence, type Rng } from './random.ts';
import { degrade } from './scan-damage.ts';

export type Key = Record<string, string | number | boolean | null>;
export interface Kind {
  name: string;
  fields: [string, string, string, string[]?][];
  documents: { make: (g: Rng) => Promise<{ c: Canvas; key: Key }>; image?: number }[];
}

/** Writes each kind to `here/<kind>/{schema.json,docs,key}`; kind k draws from sequence(seed + k * step). */
export async function writeKinds(here: string, kinds: Kind[], seed: number, step: number) {
  for (const [k, kind] of kinds.entries()) {
    const dir = path.join(here, kind.name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'docs'), { recursive: true });
    mkdirSync(path.join(dir, 'key'), { recursive: true });
    const schema = {
      named_entities: Object.fromEntries(kind.fields.map(([name, type, description, values]) => [name, { type, description, ...(values ? { enum: values } : {}) }])),
      required: kind.fields.slice(0, 2).map(([name]) => name),
    };
    writeFileSync(path.join(dir, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
    // Each kind draws from a sequence of its own, so changing one kind leaves the others as they were.
    const g = sequence(seed + k * step);
    for (const [i, doc] of kind.documents.entries()) {
      const { c, key } = await doc.make(g);
      const id = String(i).padStart(3, '0');
      const bytes = Buffer.from(await c.pdf.save());
      const file = doc.image === undefined ? bytes : await degrade(await renderPage(bytes, 1, { dpi: 200, format: 'png' }), doc.image);
      writeFileSync(path.join(dir, 'docs', `${id}.${doc.image === undefined ? 'pdf' : 'png'}`), file);
      writeFileSync(path.join(dir, 'key', `${id}.json`), `${JSON.stringify(key)}\n`);
    }
  }
  console.log(`wrote ${kinds.length} kinds of ${kinds.map((k) => k.documents.length).join('/')} documents to ${path.relative(process.cwd(), here)}`);
}
