import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { createYoga } from 'graphql-yoga';
import { scopedDb, NO_ORGANIZATION } from '../db/tenant.ts';
import { authenticate } from '../resolvers/api-keys.ts';
import { UnauthenticatedError } from '../resolvers/errors.ts';
import { actorFor, keyFromHeaders, type Services } from '../resolvers/services.ts';
import type { Principal } from '../resolvers/principal.ts';
import type { GraphQLContext } from '../schema/context.ts';
import { schema } from '../schema/index.ts';
import { maskedErrors } from './errors.ts';
import { useSharedSubscriptions } from './shared-subscriptions.ts';
import { useJsonBodyLimit, useStreamedUploads } from './upload-plugin.ts';

export function contextFor(services: Services, principal: Principal | null): GraphQLContext {
  return {
    principal,
    services,
    db: scopedDb(services.db, principal?.organizationId ?? NO_ORGANIZATION),
    actor(organizationId) {
      if (!principal) throw new UnauthenticatedError();
      return actorFor(services, principal, organizationId);
    },
  };
}

export function createGraphQLServer(services: Services) {
  const { settings } = services;
  return createYoga<object, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'docsift', headers: JSON.stringify({ 'X-API-Key': '<your key>' }) },
    maskedErrors,
    logging: settings.logLevel,
    // WebSocket operations arrive authenticated at connection_init (src/server/ws.ts); HTTP ones carry headers.
    context: async (initial) => {
      const ws = initial as { wsPrincipal?: Principal | null };
      if (ws.wsPrincipal !== undefined) return contextFor(services, ws.wsPrincipal);
      return contextFor(services, await authenticate(services.db, keyFromHeaders(initial.request.headers)));
    },
    maxRequestBodySize: false,
    plugins: [
      useStreamedUploads({ maxFileBytes: settings.maxFileBytes, maxFiles: settings.maxFilesPerRequest }),
      // A base64 upload of the largest allowed file, plus room for the rest of the request.
      useJsonBodyLimit(settings.maxJsonBodyBytes),
      maxDepthPlugin({ n: settings.maxQueryDepth, ignoreIntrospection: true, exposeLimits: true }),
      useSharedSubscriptions(),
    ],
  });
}
