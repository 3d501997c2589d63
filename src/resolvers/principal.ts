// Who is calling: resolved once per request from the API key, then passed to every domain operation.
import type { Db } from '../db/client.ts';
import type { Services } from './services.ts';
import { ValidationError } from './errors.ts';

export const SCOPES = [
  'documents:read',
  'documents:write',
  'extractions:read',
  'extractions:write',
  'schemas:read',
  'schemas:write',
  'reviews:write',
  'admin',
] as const;
export type Scope = (typeof SCOPES)[number];

export interface Principal {
  apiKeyId: string;
  keyPrefix: string;
  organizationId: string;
  userId: string | null;
  scopes: ReadonlySet<Scope>;
  /** May act on any organisation by passing its id. */
  globalAdmin: boolean;
}

/** `admin` holds every scope of its organisation. */
export function hasScope(principal: Principal | null, scope: Scope): boolean {
  return !!principal && (principal.scopes.has(scope) || principal.scopes.has('admin'));
}

export function parseScopes(list: string): Scope[] {
  const scopes = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (unknown.length) throw new ValidationError(`Unknown scope(s): ${unknown.join(', ')}. Known: ${SCOPES.join(', ')}`);
  return scopes as Scope[];
}

/** What every domain operation receives: the caller, a database client scoped to its organisation, and the services. */
export interface Actor {
  principal: Principal;
  db: Db;
  services: Services;
}
