// Skills: named extraction configurations (schema + options) addressed by slug, versioned so an
// extraction records exactly what it ran with. Built-in templates can seed them.
import { template, toCanonical } from '../engine/schema/index.ts';
import type { ExtractionMode, ReadingMode, SchemaDef } from '../engine/types.ts';
import { ConflictError, NotFoundError, ValidationError } from './errors.ts';
import { EXTRACTION_MODES, READING_MODES } from './extractions.ts';
import type { Actor } from './principal.ts';

const SLUG = /^[a-z0-9][a-z0-9_-]{0,62}$/;

export interface SkillOptions {
  mode?: ExtractionMode | null;
  readingMode?: ReadingMode | null;
  model?: string | null;
  prompt?: string | null;
  reviewThreshold?: number | null;
  language?: string | null;
}

export interface SkillInput extends SkillOptions {
  slug?: string | null;
  name?: string | null;
  description?: string | null;
  /** Any supported dialect. */
  schema?: unknown;
  /** A built-in template key, copied as the schema. */
  template?: string | null;
}

function definitionOf(input: SkillInput): SchemaDef | null {
  if (input.schema != null && input.template) throw new ValidationError('Give either schema or template, not both', 'schema');
  if (input.template) {
    const t = template(input.template);
    if (!t) throw new ValidationError(`Unknown template "${input.template}"`, 'template');
    return t;
  }
  if (input.schema == null) return null;
  try {
    return toCanonical(input.schema);
  } catch (error) {
    const e = error as Error & { path?: string };
    throw new ValidationError(`Invalid schema: ${e.message}`, e.path ? `schema.${e.path}` : 'schema');
  }
}

function checkOptions(o: SkillOptions) {
  if (o.mode && !EXTRACTION_MODES.includes(o.mode)) throw new ValidationError(`Unknown extraction mode ${o.mode}`, 'mode');
  if (o.readingMode && !READING_MODES.includes(o.readingMode)) throw new ValidationError(`Unknown reading mode ${o.readingMode}`, 'readingMode');
  if (o.reviewThreshold != null && !(o.reviewThreshold >= 0 && o.reviewThreshold <= 100)) throw new ValidationError('reviewThreshold must be between 0 and 100', 'reviewThreshold');
}

const versionData = (definition: SchemaDef, o: SkillOptions) => ({
  definition: definition as never,
  mode: o.mode ?? 'advanced',
  readingMode: o.readingMode ?? 'ocr_pdf',
  model: o.model ?? null,
  prompt: o.prompt ?? null,
  reviewThreshold: o.reviewThreshold ?? null,
  language: o.language ?? null,
});

export async function createSkill(actor: Actor, input: SkillInput) {
  const slug = input.slug?.trim() ?? '';
  if (!SLUG.test(slug)) throw new ValidationError('slug must be lowercase letters, digits, - or _ (at most 63)', 'slug');
  const definition = definitionOf(input);
  if (!definition) throw new ValidationError('A skill needs a schema or a template', 'schema');
  checkOptions(input);
  if (await actor.db.skill.findFirst({ where: { slug } })) throw new ConflictError(`A skill with slug "${slug}" already exists`);
  const org = actor.principal.organizationId;
  return actor.db.$transaction(async (tx) => {
    const skill = await tx.skill.create({ data: { organizationId: org, slug, name: input.name?.trim() || slug, description: input.description ?? definition.description ?? '' } });
    await tx.skillVersion.create({ data: { organizationId: org, skillId: skill.id, version: 1, ...versionData(definition, input) } });
    return skill;
  });
}

export async function getSkill(actor: Actor, id: string) {
  const skill = await actor.db.skill.findUnique({ where: { id } });
  if (!skill) throw new NotFoundError('Skill', id);
  return skill;
}

export async function currentSkillVersion(actor: Actor, skill: { id: string; currentVersion: number }) {
  return actor.db.skillVersion.findUniqueOrThrow({ where: { skillId_version: { skillId: skill.id, version: skill.currentVersion } } });
}

/** The skill an extraction asks for by slug (archived skills are not used). */
export async function skillBySlug(actor: Actor, slug: string) {
  const skill = await actor.db.skill.findFirst({ where: { slug, archivedAt: null } });
  if (!skill) throw new NotFoundError('Skill', slug);
  return { skill, version: await currentSkillVersion(actor, skill) };
}

/** A new version whenever the schema or an option changes; name and description change in place. */
export async function updateSkill(actor: Actor, id: string, input: SkillInput) {
  const skill = await getSkill(actor, id);
  checkOptions(input);
  const current = await currentSkillVersion(actor, skill);
  const definition = definitionOf(input) ?? (current.definition as unknown as SchemaDef);
  const options: SkillOptions = {
    mode: (input.mode ?? current.mode) as ExtractionMode,
    readingMode: (input.readingMode ?? current.readingMode) as ReadingMode,
    model: input.model !== undefined ? input.model : current.model,
    prompt: input.prompt !== undefined ? input.prompt : current.prompt,
    reviewThreshold: input.reviewThreshold !== undefined ? input.reviewThreshold : current.reviewThreshold,
    language: input.language !== undefined ? input.language : current.language,
  };
  const next = versionData(definition, options);
  const same = JSON.stringify(next) === JSON.stringify(versionData(current.definition as unknown as SchemaDef, current as SkillOptions));
  return actor.db.$transaction(async (tx) => {
    const version = same ? skill.currentVersion : skill.currentVersion + 1;
    if (!same) await tx.skillVersion.create({ data: { organizationId: actor.principal.organizationId, skillId: id, version, ...next } });
    return tx.skill.update({
      where: { id },
      data: { currentVersion: version, ...(input.name ? { name: input.name.trim() } : {}), ...(input.description != null ? { description: input.description } : {}) },
    });
  });
}

export async function archiveSkill(actor: Actor, id: string) {
  await getSkill(actor, id);
  return actor.db.skill.update({ where: { id }, data: { archivedAt: new Date() } });
}
