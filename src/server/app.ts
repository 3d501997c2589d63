// One HTTP handler for everything docsift serves: GraphQL at /graphql, file downloads, and the REST-compat
// gateway (src/rest). Fetch-API based, so tests call `app.fetch` without a port.
import { createServerAdapter } from '@whatwg-node/server';
import { openDocument } from '../resolvers/documents.ts';
import { DomainError } from '../resolvers/errors.ts';
import { actorFromKey, keyFromHeaders, type Services } from '../resolvers/services.ts';
import { hasScope } from '../resolvers/principal.ts';
import { createGraphQLServer } from './yoga.ts';
import { downloadResponse } from './attachment.ts';
import { createRestGateway } from '../rest/gateway.ts';
import { dialects } from '../rest/index.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });


async function download(services: Services, request: Request, id: string) {
  try {
    const actor = await actorFromKey(services, keyFromHeaders(request.headers));
    if (!hasScope(actor.principal, 'documents:read')) return json(403, { error: { code: 'FORBIDDEN', message: 'Missing scope: documents:read' } });
    const { document, stream } = await openDocument(actor, id);
    return downloadResponse(document, stream);
  } catch (error) {
    if (error instanceof DomainError) return json(error.status, { error: { code: error.code, message: error.message } });
    throw error;
  }
}

export function createApp(services: Services) {
  const yoga = createGraphQLServer(services);
  const gateway = createRestGateway(services, dialects);
  const app = createServerAdapter<object>(async (request, serverContext) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/graphql' || pathname.startsWith('/graphql/')) return yoga.handleRequest(request, serverContext as never);
    const rest = await gateway(request);
    if (rest) return rest;
    const dl = pathname.match(/^\/documents\/([0-9a-f-]{36})\/download$/);
    if (dl && request.method === 'GET') return download(services, request, dl[1]);
    if (pathname === '/healthz') return json(200, { ok: true });
    return json(404, { error: { code: 'NOT_FOUND', message: `No route for ${request.method} ${pathname}` } });
  });
  return { app, yoga };
}
