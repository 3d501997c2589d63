// The shared-subscriptions plugin on a real yoga (SSE through yoga.fetch): identical subscriptions of one
// key run one execution per event; another key, or other variables, run their own.
import { createPubSub, createSchema, createYoga } from 'graphql-yoga';
import { afterEach, describe, expect, it } from 'vitest';
import { useSharedSubscriptions } from '../../src/server/shared-subscriptions.ts';

const pubsub = createPubSub<{ tick: [number] }>();
let executions = 0;

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { ok: Boolean } type Subscription { tick(min: Int): Int }',
    resolvers: {
      Subscription: {
        tick: {
          subscribe: async function* (_: unknown, { min }: { min?: number }) {
            for await (const n of pubsub.subscribe('tick')) if (n >= (min ?? 0)) yield n;
          },
          resolve: (n: number) => {
            executions++;
            return n;
          },
        },
      },
    },
  }),
  context: ({ request }) => ({ principal: { apiKeyId: request.headers.get('x-key') } }),
  plugins: [useSharedSubscriptions()],
});

const open: (() => void)[] = [];
afterEach(() => {
  for (const stop of open.splice(0)) stop();
});

/** Opens an SSE subscription and collects the numbers it receives. */
async function subscribe(key: string, min?: number) {
  const res = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-key': key },
    body: JSON.stringify({ query: 'subscription($min: Int) { tick(min: $min) }', variables: { min } }),
  });
  const received: number[] = [];
  const reader = res.body!.getReader();
  // Cancelling the body is what a client hanging up does to yoga's event stream.
  const stop = () => void reader.cancel().catch(() => {});
  open.push(stop);
  void (async () => {
    let text = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      text += new TextDecoder().decode(r.value);
      let end;
      while ((end = text.indexOf('\n\n')) >= 0) {
        const data = text.slice(0, end).split('\n').find((l) => l.startsWith('data:'));
        text = text.slice(end + 2);
        if (data && data.length > 6) received.push(JSON.parse(data.slice(5)).data.tick);
      }
    }
  })().catch(() => {});
  return { received, stop };
}

const settle = () => new Promise((r) => setTimeout(r, 50));
async function publish(n: number) {
  pubsub.publish('tick', n);
  await settle();
}

describe('identical subscriptions of one key', () => {
  it('execute once per event for all of them, and each gets every event', async () => {
    const subs = await Promise.all([subscribe('a'), subscribe('a'), subscribe('a')]);
    await settle();
    executions = 0;
    await publish(1);
    await publish(2);
    expect(executions).toBe(2);
    for (const s of subs) expect(s.received).toEqual([1, 2]);
  });

  it('keep going when one leaves, and take in a late joiner', async () => {
    const [first, second] = await Promise.all([subscribe('a'), subscribe('a')]);
    await settle();
    await publish(1);
    first.stop(); // yoga.fetch hands the cancel on at the stream's next pull: gone by event 3 at the latest
    await settle();
    const late = await subscribe('a');
    await settle();
    executions = 0;
    await publish(2);
    await publish(3);
    expect(executions).toBe(2);
    expect(second.received).toEqual([1, 2, 3]);
    expect(late.received).toEqual([2, 3]);
  });

  it('are not shared across keys or across variables', async () => {
    const a = await subscribe('a');
    const b = await subscribe('b');
    const high = await subscribe('a', 5);
    await settle();
    executions = 0;
    await publish(3);
    await publish(7);
    expect(executions).toBe(5); // a: 3 and 7, b: 3 and 7, high: 7
    expect([a.received, b.received, high.received]).toEqual([[3, 7], [3, 7], [7]]);
  });

  it('start afresh once every sharer has left', async () => {
    const s = await subscribe('a');
    await settle();
    s.stop();
    await settle();
    const again = await subscribe('a');
    await settle();
    await publish(4);
    expect(again.received).toEqual([4]);
  });
});
