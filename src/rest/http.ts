// What every REST dialect is made of: a prefix, routes that translate requests into domain operations,
// and its own error body. Authentication, scopes, rate limits and error translation happen once, in
// ./gateway.ts, so a dialect's routes read as the mapping they are.
import type { Actor, Scope } from '../resolvers/principal.ts';
import type { Services } from '../resolvers/services.ts';

export interface RestContext {
  request: Request;
  url: URL;
  /** Path parameters by name (`:documentId` → params.documentId). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The caller, scoped to its organisation. */
  actor: Actor;
  /** The caller acting on another organisation (global admins only; anyone else gets a 404). */
  actorFor(organizationId: string | null | undefined): Actor;
  services: Services;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path below the dialect's prefix, with `:name` parameters: `/extract/:documentId`. */
  path: string;
  scope: Scope;
  handle(ctx: RestContext): Promise<Response>;
}

export interface Dialect {
  name: string;
  prefix: string;
  routes: Route[];
  /** The dialect's error body for a status (its documented message when it has one) and our message. */
  errorBody(status: number, message: string): unknown;
  /** Where the dialect documents a fixed message for a status, it replaces ours (e.g. Documind's 401). */
  messages?: Partial<Record<number, string>>;
  /** The status a revoked key gets, when the dialect documents one apart from 401 (DocParse: 403). */
  revokedKeyStatus?: number;
}

/** An error a route raises in its dialect's own words (status + message). */
export class RestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** Reads a JSON object body, or fails with 400 in the dialect's shape. */
export async function readJson(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > maxBytes) throw new RestError(413, `Request body too large (limit ${maxBytes} bytes)`);
  const text = await request.text();
  if (text.length > maxBytes) throw new RestError(413, `Request body too large (limit ${maxBytes} bytes)`);
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw new RestError(400, 'The request body is not valid JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new RestError(400, 'The request body must be a JSON object');
  return body as Record<string, unknown>;
}

/** Compiles `/a/:b/c` into a matcher returning the parameters, or null. */
export function compilePath(path: string) {
  const names: string[] = [];
  const pattern = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const regex = new RegExp(`^${pattern}/?$`);
  return (pathname: string): Record<string, string> | null => {
    const m = regex.exec(pathname);
    if (!m) return null;
    return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
  };
}

// ── query-string parsing shared by the dialects ──

export function intParam(query: URLSearchParams, name: string, fallback: number, range: { min: number; max: number }) {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < range.min || n > range.max) throw new RestError(400, `${name} must be an integer from ${range.min} to ${range.max}`);
  return n;
}

export function boolParam(query: URLSearchParams, name: string): boolean | null {
  const raw = query.get(name);
  if (raw === null || raw === '') return null;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new RestError(400, `${name} must be true or false`);
}

export function dateParam(query: URLSearchParams, name: string, options: { endOfDay?: boolean } = {}): Date | null {
  const raw = query.get(name);
  if (raw === null || raw === '') return null;
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(raw);
  const date = new Date(dayOnly ? `${raw}T00:00:00Z` : raw);
  if (Number.isNaN(date.getTime())) throw new RestError(400, `${name} is not a valid date: ${raw}`);
  // A whole day given as an end bound includes that day.
  if (dayOnly && options.endOfDay) date.setUTCHours(23, 59, 59, 999);
  return date;
}

export function oneOf<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[], fallback: T, message?: (v: string) => string): T {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new RestError(400, message ? message(raw) : `${name} must be one of ${allowed.join(', ')}`);
  return raw as T;
}

/** ISO 8601 with whole seconds and Z, as Documind and DocParse print dates. */
export const isoSeconds = (d: Date | null | undefined) => (d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : null);

