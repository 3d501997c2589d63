// Tenancy in one place: a client scoped to one organisation. Every tenant-owned model is filtered by,
// and written with, the organisation's id, whatever the caller passes. Resolvers and Pothos use only
// scoped clients, so forgetting a `where` cannot leak another organisation's rows.
import type { Db } from './client.ts';
import { getDatamodel } from '../generated/pothos-types.ts';

/** Every model with an `organizationId` column is tenant-owned: new models are covered by adding the column. */
const TENANT_MODELS = new Set(
  Object.entries(getDatamodel().datamodel.models)
    .filter(([, m]) => m.fields.some((f) => f.name === 'organizationId'))
    .map(([name]) => name),
);

const WHERE_OPS = new Set([
  'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy',
  'update', 'updateMany', 'updateManyAndReturn', 'delete', 'deleteMany', 'upsert',
]);

type Args = Record<string, any>;

function scopeArgs(model: string, operation: string, args: Args, organizationId: string): Args {
  const key = model === 'Organization' ? 'id' : 'organizationId';
  const next: Args = { ...args };
  if (WHERE_OPS.has(operation)) next.where = { ...(args.where ?? {}), [key]: organizationId };
  if (model === 'Organization') {
    if (operation.startsWith('create')) throw new Error('Organisations are created outside tenant scope');
    return next;
  }
  const stamp = (data: Args) => ({ ...data, organizationId });
  if (operation === 'create') next.data = stamp(args.data);
  if (operation === 'createMany' || operation === 'createManyAndReturn') {
    next.data = Array.isArray(args.data) ? args.data.map(stamp) : stamp(args.data);
  }
  if (operation === 'upsert') next.create = stamp(args.create);
  if (operation.startsWith('update') || operation === 'upsert') {
    // Rows never move between organisations.
    const strip = (data: Args | undefined) => {
      if (!data) return data;
      const { organizationId: _, organization: __, ...rest } = data;
      return rest;
    };
    if (operation === 'upsert') next.update = strip(args.update);
    else next.data = strip(args.data);
  }
  return next;
}

export function scopedDb(db: Db, organizationId: string): Db {
  return db.$extends({
    name: 'tenant',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          if (model !== 'Organization' && !TENANT_MODELS.has(model)) return query(args);
          return query(scopeArgs(model, operation, (args ?? {}) as Args, organizationId));
        },
      },
    },
  }) as unknown as Db;
}

/** Ids no organisation can have: the client an unauthenticated request gets. */
export const NO_ORGANIZATION = '00000000-0000-0000-0000-000000000000';
