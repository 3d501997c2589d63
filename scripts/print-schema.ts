// Prints the Pothos schema (sorted) to schema.graphql; `--check` fails if the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../src/schema/index.ts';

const printed = `${printSchema(schema).trim()}\n`;
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync('schema.graphql', 'utf8');
  } catch {}
  if (committed !== printed) {
    console.error('schema.graphql is out of date: run `npm run schema` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync('schema.graphql', printed);
}
