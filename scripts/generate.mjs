#!/usr/bin/env node
// Generates everything derived from prisma/schema.prisma: the PostgreSQL twin of the schema (same
// models, other provider) and both Prisma clients plus the Pothos types. Works offline: generate never
// runs Prisma's native schema engine, so any existing file satisfies its lookup.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const source = readFileSync('prisma/schema.prisma', 'utf8');
const postgres = source
  .replace(/^\/\/ docsift data model\..*\n(\/\/.*\n)*/m, '// GENERATED from prisma/schema.prisma by `npm run generate`: do not edit.\n')
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output       = "../src/generated/sqlite"', 'output       = "../../src/generated/postgres"')
  .replace(/\ngenerator pothos \{[^}]*\}\n/, '\n')
  // json, not jsonb: jsonb reorders object keys, and results keep the schema's field order.
  .replace(/^(\s+\w+\s+)Json(\??)(\s|$)/gm, '$1Json$2 @db.Json$3');
mkdirSync('prisma/postgres', { recursive: true });
writeFileSync('prisma/postgres/schema.prisma', postgres);

const env = { ...process.env, PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}`, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/false', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
for (const schema of ['prisma/schema.prisma', 'prisma/postgres/schema.prisma']) {
  execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate', '--schema', schema], { stdio: ['ignore', 'ignore', 'inherit'], env });
}
