// The ws-fanout bench's second reference: graphql-ws with a bare graphql-js schema (no yoga, envelop,
// Pothos, auth or database), in its own process like docsift. POST /publish sends one event to every
// subscriber. Prints "listening <port>" when ready.
import { setMaxListeners } from 'node:events';
import { createServer } from 'node:http';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createPubSub } from 'graphql-yoga';

// One listener per subscriber on one EventTarget, by design here: no leak warning for it.
const eventTarget = new EventTarget();
setMaxListeners(0, eventTarget);
const pubsub = createPubSub<{ event: [{ at: string; kind: string }] }>({ eventTarget });
const Event = new GraphQLObjectType({ name: 'Event', fields: { at: { type: GraphQLString }, kind: { type: GraphQLString } } });
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'ok' } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: { extractionEvents: { type: Event, subscribe: () => pubsub.subscribe('event'), resolve: (e) => e } },
  }),
});
const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/publish') pubsub.publish('event', { at: new Date().toISOString(), kind: 'MARKED' });
  res.end('ok');
});
useServer({ schema }, new WebSocketServer({ server, path: '/graphql' }));
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as { port: number }).port}`));
