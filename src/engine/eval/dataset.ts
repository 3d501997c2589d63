// Labelled document folders: `<dir>/img/` (or `docs/`) holds the documents, `<dir>/key/<id>.json` their
// labels, and `<dir>/schema.json` (any dialect) the schema; without it, the built-in SROIE receipt schema.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toCanonical } from '../schema/index.ts';
import type { SchemaDef } from '../types.ts';

export const SROIE_SCHEMA: SchemaDef = {
  name: 'receipt',
  description: 'A shop receipt',
  fields: [
    { name: 'company', type: 'string', required: true, description: 'Name of the company or store that issued the receipt' },
    { name: 'date', type: 'date', required: true, description: 'Date of the receipt' },
    { name: 'address', type: 'string', required: true, description: 'Address of the company or store' },
    { name: 'total', type: 'number', required: true, description: 'Total amount paid' },
  ],
};

export interface LabelledDocument {
  id: string;
  file: string;
  labels: Record<string, unknown>;
}

const docsDirOf = (dir: string) => ['img', 'docs'].map((d) => path.join(dir, d)).find((d) => existsSync(d));

/** A folder `loadDataset` reads: documents and their labels. */
export const isLabelledFolder = (dir: string) => !!docsDirOf(dir) && existsSync(path.join(dir, 'key'));

export function loadDataset(dir: string): { schema: SchemaDef; documents: LabelledDocument[] } {
  const docsDir = docsDirOf(dir);
  if (!docsDir || !existsSync(path.join(dir, 'key'))) throw new Error(`${dir} must hold img/ (or docs/) and key/`);
  const schemaFile = path.join(dir, 'schema.json');
  const schema = existsSync(schemaFile) ? toCanonical(JSON.parse(readFileSync(schemaFile, 'utf8'))) : SROIE_SCHEMA;
  const documents = readdirSync(docsDir)
    .filter((f) => /\.(pdf|jpe?g|png|tiff?|bmp)$/i.test(f))
    .sort()
    .map((f) => {
      const id = f.replace(/\.[^.]+$/, '');
      const keyFile = path.join(dir, 'key', `${id}.json`);
      return existsSync(keyFile) ? { id, file: path.join(docsDir, f), labels: JSON.parse(readFileSync(keyFile, 'utf8')) } : null;
    })
    .filter((d): d is LabelledDocument => d !== null);
  return { schema, documents };
}
