// GraphQL's error shape for domain errors: extensions.code plus the HTTP status class; anything
// unexpected stays masked.
import { GraphQLError } from 'graphql';
import { createGraphQLError, type YogaServerOptions } from 'graphql-yoga';
import { DomainError } from '../resolvers/errors.ts';

function domainErrorOf(error: unknown): DomainError | null {
  let e: unknown = error;
  for (let i = 0; i < 5 && e; i++) {
    if (e instanceof DomainError) return e;
    e = (e as { originalError?: unknown }).originalError;
  }
  return null;
}

export const maskedErrors: YogaServerOptions<object, object>['maskedErrors'] = {
  maskError(error, message, isDev) {
    const domain = domainErrorOf(error);
    if (domain) {
      // Expected outcomes (401/403/404/400...): label the error in place. Returning the same object also
      // tells yoga it is not an unexpected error to log.
      if (error instanceof GraphQLError && error.message === domain.message && Object.isExtensible(error.extensions)) {
        Object.assign(error.extensions, { code: domain.code, http: { status: domain.status } });
        return error;
      }
      const g = error instanceof GraphQLError ? error : null;
      return createGraphQLError(domain.message, {
        nodes: g?.nodes,
        path: g?.path,
        extensions: { code: domain.code, http: { status: domain.status } },
      });
    }
    if (error instanceof GraphQLError && !error.originalError) return error;
    if (error instanceof GraphQLError && error.originalError instanceof GraphQLError) return error.originalError;
    return createGraphQLError(isDev ? String((error as Error).message) : message, {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  },
};
