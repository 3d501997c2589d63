import { decodeGlobalID } from '@pothos/plugin-relay';
import { NotFoundError } from '../../resolvers/errors.ts';
import type { GraphQLContext } from '../context.ts';

/** A global id's database id, checked to be of the expected type (a wrong or malformed id is simply not found). */
export function decodeId(globalId: string | number, typename: string): string {
  try {
    const { typename: actual, id } = decodeGlobalID(String(globalId));
    if (actual === typename) return id;
  } catch {
    // fall through
  }
  throw new NotFoundError(typename, String(globalId));
}

/** The caller's scoped client, or, for a global admin naming an organisation, that organisation's. */
export function dbFor(ctx: GraphQLContext, organizationGlobalId: string | number | null | undefined) {
  return organizationGlobalId ? ctx.actor(decodeId(organizationGlobalId, 'Organization')).db : ctx.db;
}
