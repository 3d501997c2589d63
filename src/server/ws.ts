// graphql-ws (graphql-transport-ws) on the same port and path as HTTP GraphQL, run through yoga's
// envelop so auth, validation limits and error masking apply to WebSocket operations too.
// The API key comes in the connection_init payload ({ "X-API-Key": key } or { "Authorization": "Bearer key" }).
import type { Server } from 'node:http';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { authenticate, isKeyActive } from '../resolvers/api-keys.ts';
import { keyFromHeaders, type Services } from '../resolvers/services.ts';
import type { Principal } from '../resolvers/principal.ts';


function keyFromPayload(payload: unknown) {
  const p = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
  const headers = new Headers();
  for (const [k, v] of Object.entries(p)) if (typeof v === 'string') headers.set(k, v);
  if (typeof p.apiKey === 'string') headers.set('x-api-key', p.apiKey);
  return keyFromHeaders(headers);
}

export function attachWebSockets(server: Server, yoga: YogaServerInstance<object, object>, services: Services) {
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const principals = new WeakMap<WebSocket, Principal>();

  // A revoked key closes its sockets: at once for revocations seen by this process, else at the next recheck.
  const close = (socket: WebSocket) => socket.close(CloseCode.Forbidden, 'Forbidden: API key revoked');
  const revocations = services.bus.subscribe('keyRevoked')[Symbol.asyncIterator]();
  void (async () => {
    for (let r = await revocations.next(); !r.done; r = await revocations.next()) {
      for (const socket of wss.clients) if (principals.get(socket)?.apiKeyId === r.value) close(socket);
    }
  })();
  const recheck = setInterval(async () => {
    for (const socket of wss.clients) {
      const p = principals.get(socket);
      if (p && !(await isKeyActive(services.db, p.apiKeyId).catch(() => true))) close(socket);
    }
  }, services.settings.keyRecheckMs);
  recheck.unref();

  const disposable = useServer(
    {
      onConnect: async (ctx) => {
        const key = keyFromPayload(ctx.connectionParams);
        const socket = ctx.extra.socket;
        if (!key) {
          socket.close(CloseCode.Unauthorized, 'Unauthorized: send the API key in connection_init');
          return false;
        }
        const principal = await authenticate(services.db, key);
        if (!principal) return false; // graphql-ws closes with 4403 Forbidden
        principals.set(socket, principal);
        return true;
      },
      execute: (args: any) => args.rootValue.execute(args),
      subscribe: (args: any) => args.rootValue.subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          wsPrincipal: principals.get(ctx.extra.socket) ?? null,
        });
        const args = {
          schema,
          operationName: params.operationName,
          document: parse(params.query),
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wss,
  );

  return {
    async close() {
      clearInterval(recheck);
      await revocations.return?.();
      for (const socket of wss.clients) socket.terminate();
      await disposable.dispose();
      await new Promise((resolve) => wss.close(resolve));
    },
  };
}
