import { ValidationError } from '../../resolvers/errors.ts';
import { MAX_RETENTION_DAYS, setRetentionDays } from '../../resolvers/retention.ts';
import { builder } from '../builder.ts';

builder.prismaNode('Organization', {
  description: 'A tenant: everything belongs to exactly one organisation.',
  id: { field: 'id', description: 'Global id.' },
  // Another organisation's (or a deleted) id resolves to null through node/nodes, never an error.
  nullable: true,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Unique, URL-safe name.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    retentionDays: t.exposeInt('retentionDays', { description: 'Days after which documents and their data are purged.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

builder.prismaNode('User', {
  description: 'A person or service account of an organisation.',
  id: { field: 'id', description: 'Global id.' },
  // Another organisation's (or a deleted) id resolves to null through node/nodes, never an error.
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    email: t.exposeString('email', { description: 'Email address, unique within the organisation.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

builder.mutationField('setRetentionDays', (t) =>
  t.prismaField({
    type: 'Organization',
    description:
      "Sets how long the organisation's documents are kept (admin only). Every document's expiry is re-dated from its upload time; those already past it are purged by the next purge run (DOCSIFT_PURGE_INTERVAL_MS).",
    authScopes: { scope: 'admin' },
    errors: { types: [ValidationError] },
    args: { days: t.arg.int({ required: true, description: `Days after upload, 1 to ${MAX_RETENTION_DAYS}.` }) },
    resolve: (_q, _r, args, ctx) => setRetentionDays(ctx.actor(), args.days),
  }),
);
