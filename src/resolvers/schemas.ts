// Stored schemas. Every change makes a new immutable version, so an extraction always records the exact
// field tree it ran with.
import { toCanonical } from '../engine/schema/index.ts';
import type { SchemaDef } from '../engine/types.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import type { Actor } from './principal.ts';
import { checkLanguage } from './extractions.ts';

function canonical(definition: unknown): SchemaDef {
  try {
    return toCanonical(definition);
  } catch (error) {
    const e = error as Error & { path?: string };
    throw new ValidationError(`Invalid schema: ${e.message}`, e.path ? `definition.${e.path}` : 'definition');
  }
}

export async function createSchema(actor: Actor, input: { name: string; description?: string | null; definition: unknown; language?: string | null }) {
  if (!input.name.trim()) throw new ValidationError('A schema needs a name', 'name');
  const definition = canonical(input.definition);
  const language = input.language ? checkLanguage(input.language) : null;
  return actor.db.$transaction(async (tx) => {
    const schema = await tx.schema.create({
      data: { organizationId: actor.principal.organizationId, name: input.name.trim(), description: input.description ?? definition.description ?? '', language },
    });
    await tx.schemaVersion.create({ data: { organizationId: actor.principal.organizationId, schemaId: schema.id, version: 1, definition: definition as never } });
    return schema;
  });
}

export async function getSchema(actor: Actor, id: string) {
  const schema = await actor.db.schema.findUnique({ where: { id } });
  if (!schema) throw new NotFoundError('Schema', id);
  return schema;
}

export async function updateSchema(actor: Actor, id: string, input: { name?: string | null; description?: string | null; definition?: unknown }) {
  const current = await getSchema(actor, id);
  const definition = input.definition !== undefined && input.definition !== null ? canonical(input.definition) : null;
  return actor.db.$transaction(async (tx) => {
    const version = definition ? current.currentVersion + 1 : current.currentVersion;
    if (definition) await tx.schemaVersion.create({ data: { organizationId: actor.principal.organizationId, schemaId: id, version, definition: definition as never } });
    return tx.schema.update({
      where: { id },
      data: { currentVersion: version, ...(input.name ? { name: input.name.trim() } : {}), ...(input.description != null ? { description: input.description } : {}) },
    });
  });
}

/** Archives: extractions keep pointing at the exact versions they ran with. */
export async function deleteSchema(actor: Actor, id: string) {
  await getSchema(actor, id);
  return actor.db.schema.update({ where: { id }, data: { archivedAt: new Date() } });
}

export async function schemaDefinition(actor: Actor, schemaId: string, version?: number | null) {
  const schema = await getSchema(actor, schemaId);
  const row = await actor.db.schemaVersion.findUnique({ where: { schemaId_version: { schemaId, version: version ?? schema.currentVersion } } });
  if (!row) throw new NotFoundError('Schema version', `${schemaId}@${version}`);
  return row.definition as unknown as SchemaDef;
}
