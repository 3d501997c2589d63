// How a form set (eval/forms, eval/forms-heldout) is written: a folder per kind with the schema a user would
// write for it, the documents (PDFs, or degraded PNGs the reader OCRs) and their labels.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Canvas } from './canvas.ts';
import { sequence, type Rng } from './random.ts';
import { freshFolders, writeDocument } from './set-files.ts';

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
    freshFolders(dir, 'docs', 'key');
    const schema = {
      named_entities: Object.fromEntries(kind.fields.map(([name, type, description, values]) => [name, { type, description, ...(values ? { enum: values } : {}) }])),
      required: kind.fields.slice(0, 2).map(([name]) => name),
    };
    writeFileSync(path.join(dir, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
    // Each kind draws from a sequence of its own, so changing one kind leaves the others as they were.
    const g = sequence(seed + k * step);
    for (const [i, doc] of kind.documents.entries()) {
      const { c, key } = await doc.make(g);
      await writeDocument(dir, i, c.pdf, key, doc.image);
    }
  }
  console.log(`wrote ${kinds.length} kinds of ${kinds.map((k) => k.documents.length).join('/')} documents to ${path.relative(process.cwd(), here)}`);
}
