// The ws-fanout bench's subscribers, run in child processes of their own (forked with IPC) so that 1,000
// clients are not all read by one event loop: on one process the bench measured its own queue as well
// as the server's delivery. Each child opens `count` clients of one kind and records, per message, the
// event's time and its latency (ms). Asked "count", it answers how many it has; asked "collect", it sends
// every record and exits.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

interface Start {
  kind: 'graphql-ws' | 'ws';
  url: string;
  count: number;
  query?: string;
  connectionParams?: Record<string, string>;
}

const send = (m: unknown) => process.send!(m);
const records: [event: number, ms: number][] = [];
const record = (at: number) => records.push([at, Date.now() - at]);

process.once('message', async (start: Start) => {
  if (start.kind === 'graphql-ws') {
    for (let i = 0; i < start.count; i++) {
      const client = createClient({ url: start.url, webSocketImpl: WebSocket, connectionParams: start.connectionParams, retryAttempts: 0, lazy: false });
      client.subscribe({ query: start.query! }, { next: (r: any) => record(Date.parse(r.data.extractionEvents.at)), error: (e) => console.error(e), complete: () => {} });
    }
  } else {
    await Promise.all(Array.from({ length: start.count }, () => new Promise<void>((resolve) => {
      const s = new WebSocket(start.url);
      s.on('message', (m) => record(Number(m.toString())));
      s.on('open', () => resolve());
    })));
  }
  process.on('message', (m: string) => {
    if (m === 'count') send({ count: records.length });
    // The records go first, then the process ends, closing its sockets (a client's dispose() can wait
    // on a close handshake the busy server answers late).
    if (m === 'collect') process.send!({ records }, () => process.exit(0));
  });
  send({ ready: true });
});
