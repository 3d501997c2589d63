import { builder } from '../builder.ts';
import { ApiKeyRef, ScopeEnum } from './api-key.ts';

const Viewer = builder.objectRef<{ apiKeyId: string; organizationId: string; userId: string | null; scopes: string[] }>('Viewer').implement({
  description: 'The caller: the API key in use, the user it acts as, and its organisation.',
  fields: (t) => ({
    key: t.prismaField({
      type: 'ApiKey',
      description: 'The API key of this request.',
      resolve: (query, v, _a, ctx) => ctx.db.apiKey.findUniqueOrThrow({ ...query, where: { id: v.apiKeyId } }),
    }),
    user: t.prismaField({
      type: 'User',
      nullable: true,
      description: 'The user the key acts as.',
      resolve: (query, v, _a, ctx) => (v.userId ? ctx.db.user.findUnique({ ...query, where: { id: v.userId } }) : null),
    }),
    organization: t.prismaField({
      type: 'Organization',
      description: 'The organisation the key belongs to.',
      resolve: (query, v, _a, ctx) => ctx.db.organization.findUniqueOrThrow({ ...query, where: { id: v.organizationId } }),
    }),
    scopes: t.field({ type: [ScopeEnum], description: 'What the key may do.', resolve: (v) => v.scopes as never }),
  }),
});
void ApiKeyRef;

builder.queryField('viewer', (t) =>
  t.field({
    type: Viewer,
    description: 'Who is calling.',
    authScopes: { authenticated: true },
    resolve: (_r, _a, ctx) => {
      const p = ctx.actor().principal;
      return { apiKeyId: p.apiKeyId, organizationId: p.organizationId, userId: p.userId, scopes: [...p.scopes] };
    },
  }),
);
