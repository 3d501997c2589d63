import { TEMPLATE_KEYS, template } from '../../engine/schema/index.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../resolvers/errors.ts';
import { archiveSkill, createSkill, updateSkill } from '../../resolvers/skills.ts';
import { builder } from '../builder.ts';
import { ExtractionModeEnum, ReadingModeEnum } from './extraction.ts';
import { decodeId } from './ids.ts';

builder.prismaObject('SkillVersion', {
  description: 'One immutable version of a skill: its schema and options.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: 'Version number, from 1.' }),
    schema: t.expose('definition', { type: 'JSON', description: 'The canonical field tree, in field order.' }),
    mode: t.field({ type: ExtractionModeEnum, description: 'Extraction mode.', resolve: (v) => v.mode as never }),
    readingMode: t.field({ type: ReadingModeEnum, description: 'Reading mode.', resolve: (v) => v.readingMode as never }),
    model: t.exposeString('model', { nullable: true, description: 'Model to use.' }),
    prompt: t.exposeString('prompt', { nullable: true, description: 'Instructions for the model.' }),
    reviewThreshold: t.exposeFloat('reviewThreshold', { nullable: true, description: 'Review threshold (default: the server setting).' }),
    language: t.exposeString('language', { nullable: true, description: 'OCR language(s).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When this version was made.' }),
  }),
});

builder.prismaNode('Skill', {
  description: 'A reusable extraction configuration, used by slug (`extractDocument(input: { skill: "dni" })`).',
  id: { field: 'id', description: 'Global id.' },
  nullable: true,
  fields: (t) => ({
    skillId: t.exposeString('id', { description: 'The raw id (UUID).' }),
    slug: t.exposeString('slug', { description: 'Unique within the organisation.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    description: t.exposeString('description', { description: 'What it extracts.' }),
    currentVersion: t.exposeInt('currentVersion', { description: 'The version extractions use now.' }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true, description: 'When it was archived; archived skills cannot be used.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    current: t.prismaField({
      type: 'SkillVersion',
      description: 'The current version.',
      resolve: (query, s, _a, ctx) => ctx.db.skillVersion.findUniqueOrThrow({ ...query, where: { skillId_version: { skillId: s.id, version: s.currentVersion } } }),
    }),
    versions: t.relation('versions', { description: 'Every version, oldest first.', query: { orderBy: { version: 'asc' } } }),
  }),
});

const SkillInput = builder.inputType('SkillInput', {
  description: 'A skill: its schema (any dialect) or a template to copy, and its options.',
  fields: (t) => ({
    slug: t.string({ description: 'Unique slug (lowercase letters, digits, - and _); fixed once created.' }),
    name: t.string({ description: 'Display name.' }),
    description: t.string({ description: 'What it extracts.' }),
    schema: t.field({ type: 'JSON', description: 'Field tree in any supported dialect (field order is kept).' }),
    template: t.string({ description: 'A built-in template key to copy as the schema.' }),
    mode: t.field({ type: ExtractionModeEnum, description: 'Extraction mode (default ADVANCED).' }),
    readingMode: t.field({ type: ReadingModeEnum, description: 'Reading mode (default OCR_PDF).' }),
    model: t.string({ description: 'Model name.' }),
    prompt: t.string({ description: 'Instructions for the model.' }),
    reviewThreshold: t.float({ description: 'Review threshold 0-100.' }),
    language: t.string({ description: 'OCR language(s).' }),
  }),
});

builder.queryField('skills', (t) =>
  t.prismaConnection({
    type: 'Skill',
    cursor: 'id',
    description: 'Skills, newest first.',
    authScopes: { scope: 'schemas:read' },
    args: { includeArchived: t.arg.boolean({ description: 'Include archived skills.' }) },
    resolve: (query, _r, args, ctx) => ctx.db.skill.findMany({ ...query, where: args.includeArchived ? {} : { archivedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] }),
    totalCount: (_c, args, ctx) => ctx.db.skill.count({ where: args.includeArchived ? {} : { archivedAt: null } }),
  }, { description: 'A page of skills.' }, { description: 'A skill in a page.' }),
);

builder.queryField('skill', (t) =>
  t.prismaField({
    type: 'Skill',
    nullable: true,
    description: 'A skill by slug.',
    authScopes: { scope: 'schemas:read' },
    args: { slug: t.arg.string({ required: true, description: 'The slug.' }) },
    resolve: (query, _r, args, ctx) => ctx.db.skill.findFirst({ ...query, where: { slug: args.slug } }),
  }),
);

builder.mutationField('createSkill', (t) =>
  t.prismaField({
    type: 'Skill',
    description: 'Creates a skill (version 1).',
    authScopes: { scope: 'schemas:write' },
    errors: { types: [ValidationError, ConflictError] },
    args: { input: t.arg({ type: SkillInput, required: true, description: 'The skill.' }) },
    resolve: (_q, _r, { input }, ctx) => createSkill(ctx.actor(), input),
  }),
);

builder.mutationField('updateSkill', (t) =>
  t.prismaField({
    type: 'Skill',
    description: 'Changes a skill; a new schema or option makes a new version (extractions keep theirs).',
    authScopes: { scope: 'schemas:write' },
    errors: { types: [ValidationError, NotFoundError] },
    args: { id: t.arg.id({ required: true, description: 'Global id.' }), input: t.arg({ type: SkillInput, required: true, description: 'What changes.' }) },
    resolve: (_q, _r, { id, input }, ctx) => updateSkill(ctx.actor(), decodeId(id, 'Skill'), input),
  }),
);

builder.mutationField('archiveSkill', (t) =>
  t.prismaField({
    type: 'Skill',
    description: 'Archives a skill: it can no longer be used; past extractions keep their versions.',
    authScopes: { scope: 'schemas:write' },
    errors: { types: [NotFoundError] },
    args: { id: t.arg.id({ required: true, description: 'Global id.' }) },
    resolve: (_q, _r, { id }, ctx) => archiveSkill(ctx.actor(), decodeId(id, 'Skill')),
  }),
);

const Template = builder.objectRef<{ key: string }>('ExtractionTemplate').implement({
  description: 'A built-in, reviewed schema: use it as is (`extractDocument(input: { template })`) or copy it into a skill.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Its key.' }),
    name: t.string({ description: 'Display name.', resolve: (x) => template(x.key)!.name ?? x.key }),
    description: t.string({ description: 'What it extracts.', resolve: (x) => template(x.key)!.description ?? '' }),
    schema: t.field({ type: 'JSON', description: 'The canonical field tree.', resolve: (x) => template(x.key) }),
  }),
});

builder.queryField('templates', (t) =>
  t.field({
    type: [Template],
    description: 'Built-in templates: invoice, receipt, bank statement, identity document, purchase order.',
    authScopes: { authenticated: true },
    resolve: () => TEMPLATE_KEYS.map((key) => ({ key })),
  }),
);
