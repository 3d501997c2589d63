import type { Db } from '../db/client.ts';
import type { Actor, Principal } from '../resolvers/principal.ts';
import type { Services } from '../resolvers/services.ts';

export interface GraphQLContext {
  principal: Principal | null;
  /** Scoped to the caller's organisation (to no organisation when unauthenticated). Pothos reads through it. */
  db: Db;
  services: Services;
  /** The caller as a domain actor; throws UnauthenticatedError when there is none. */
  actor(organizationId?: string | null): Actor;
}
