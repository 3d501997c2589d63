import { createApiKey, listApiKeys, revokeApiKey } from '../../resolvers/api-keys.ts';
import { NotFoundError, ValidationError } from '../../resolvers/errors.ts';
import { parseScopes, SCOPES } from '../../resolvers/principal.ts';
import { builder } from '../builder.ts';
import { decodeId } from './ids.ts';

export const ScopeEnum = builder.enumType('Scope', {
  description: 'A permission an API key carries. `admin` holds all of them within its organisation.',
  values: Object.fromEntries(
    SCOPES.map((s) => [s.replace(':', '_').toUpperCase(), { value: s, description: `The \`${s}\` scope.` }]),
  ) as Record<string, { value: (typeof SCOPES)[number]; description: string }>,
});

export const ApiKeyRef = builder.prismaNode('ApiKey', {
  description: 'An API key. The secret itself is shown once, at creation.',
  id: { field: 'id', description: 'Global id.' },
  // Another organisation's (or a deleted) id resolves to null through node/nodes, never an error.
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What the key is for.' }),
    prefix: t.exposeString('prefix', { description: 'Visible start of the key, safe to show and log.' }),
    scopes: t.field({
      type: [ScopeEnum],
      description: 'What the key may do.',
      resolve: (k) => parseScopes(k.scopes),
    }),
    globalAdmin: t.exposeBoolean('globalAdmin', { description: 'May act on any organisation.' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'Last authenticated request (30 s resolution).' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When it was revoked; revoked keys are rejected.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    user: t.relation('user', { nullable: true, description: 'The user the key acts as.' }),
  }),
});

const CreatedApiKey = builder
  .objectRef<{ key: string; apiKey: { id: string } }>('CreatedApiKey')
  .implement({
    description: 'A new key and its secret, which is never shown again.',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'The secret: send it as X-API-Key or Authorization: Bearer.' }),
      apiKey: t.prismaField({ type: 'ApiKey', description: 'The stored key.', resolve: (query, parent, _a, ctx) => ctx.db.apiKey.findUniqueOrThrow({ ...query, where: { id: parent.apiKey.id } }) }),
    }),
  });

builder.queryField('apiKeys', (t) =>
  t.prismaField({
    type: ['ApiKey'],
    description: "The organisation's API keys, oldest first.",
    authScopes: { scope: 'admin' },
    resolve: (_q, _r, _a, ctx) => listApiKeys(ctx.actor()),
  }),
);

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreatedApiKey,
    description: 'Creates an API key for the organisation (admin only).',
    authScopes: { scope: 'admin' },
    errors: { types: [ValidationError] },
    args: {
      name: t.arg.string({ required: true, description: 'What the key is for.' }),
      scopes: t.arg({ type: [ScopeEnum], required: true, description: 'What the key may do.' }),
    },
    resolve: async (_r, args, ctx) => {
      if (args.scopes.length === 0) throw new ValidationError('A key needs at least one scope', 'scopes');
      const actor = ctx.actor();
      return createApiKey(ctx.services.db, { organizationId: actor.principal.organizationId, userId: actor.principal.userId, name: args.name, scopes: args.scopes });
    },
  }),
);

builder.mutationField('revokeApiKey', (t) =>
  t.prismaField({
    type: 'ApiKey',
    description: 'Revokes a key; the next request made with it is rejected.',
    authScopes: { scope: 'admin' },
    errors: { types: [NotFoundError] },
    args: { id: t.arg.id({ required: true, description: 'Global id of the key.' }) },
    resolve: (_q, _r, args, ctx) => revokeApiKey(ctx.actor(), decodeId(args.id, 'ApiKey')),
  }),
);
