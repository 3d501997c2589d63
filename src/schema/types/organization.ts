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
