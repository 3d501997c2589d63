// The REST-compat gateway: serves each hosted API's dialect under its prefix. For every request:
// route → authenticate → scope → rate limit → the dialect's translation of one domain operation.
// Errors leave in the dialect's own body and status; nothing here knows any business rule.
import { RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError, UnauthenticatedError } from '../resolvers/errors.ts';
import { hasScope } from '../resolvers/principal.ts';
import { actorFor, actorFromKey, keyFromHeaders, type Services } from '../resolvers/services.ts';
import { compilePath, json, RestError, type Dialect, type Route } from './http.ts';

interface CompiledRoute extends Route {
  match: ReturnType<typeof compilePath>;
}

export function createRestGateway(services: Services, dialects: Dialect[]) {
  // Per API key: per node embedded, shared by every node with Redis (src/services.ts).
  const limiter = services.rateLimiter;
  const compiled = dialects.map((d) => ({ dialect: d, routes: d.routes.map((r): CompiledRoute => ({ ...r, match: compilePath(r.path) })) }));

  function errorResponse(dialect: Dialect, status: number, message: string, headers: Record<string, string> = {}) {
    return json(status, dialect.errorBody(status, dialect.messages?.[status] ?? message), headers);
  }

  async function handle(dialect: Dialect, routes: CompiledRoute[], request: Request, url: URL, rest: string) {
    const matching = routes.map((r) => ({ route: r, params: r.match(rest) })).filter((m) => m.params);
    if (!matching.length) return errorResponse(dialect, 404, `No route for ${request.method} ${url.pathname}`);
    const found = matching.find((m) => m.route.method === request.method);
    if (!found) return errorResponse(dialect, 405, `Method ${request.method} not allowed`, { allow: matching.map((m) => m.route.method).join(', ') });
    const { route, params } = found as { route: CompiledRoute; params: Record<string, string> };
    try {
      const actor = await actorFromKey(services, keyFromHeaders(request.headers));
      if (!hasScope(actor.principal, route.scope)) return errorResponse(dialect, 403, `This API key lacks the ${route.scope} scope`);
      try {
        await limiter.consume(actor.principal.apiKeyId);
      } catch (rejected) {
        if (!(rejected instanceof RateLimiterRes)) throw rejected;
        const seconds = Math.max(1, Math.ceil(rejected.msBeforeNext / 1000));
        return errorResponse(dialect, 429, `Rate limit of ${services.settings.rateLimitPerMinute} requests per minute exceeded; retry in ${seconds} s`, { 'retry-after': String(seconds) });
      }
      return await route.handle({
        request,
        url,
        params,
        query: url.searchParams,
        actor,
        actorFor: (organizationId) => (organizationId ? actorFor(services, actor.principal, organizationId) : actor),
        services,
      });
    } catch (error) {
      if (error instanceof RestError) return errorResponse(dialect, error.status, error.message, error.headers);
      if (error instanceof UnauthenticatedError && error.revoked && dialect.revokedKeyStatus) return errorResponse(dialect, dialect.revokedKeyStatus, 'API key revoked');
      if (error instanceof DomainError) return errorResponse(dialect, error.status, error.message);
      console.error(`${dialect.name} ${request.method} ${url.pathname}:`, error);
      return errorResponse(dialect, 500, 'Internal server error');
    }
  }

  /** The response for a gateway path, or null when the path is not under any dialect's prefix. */
  return async function gateway(request: Request): Promise<Response | null> {
    const url = new URL(request.url);
    for (const { dialect, routes } of compiled) {
      if (url.pathname !== dialect.prefix && !url.pathname.startsWith(`${dialect.prefix}/`)) continue;
      return handle(dialect, routes, request, url, url.pathname.slice(dialect.prefix.length) || '/');
    }
    return null;
  };
}
