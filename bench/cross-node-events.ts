// Event bus latency between two nodes in scale-out mode: publish on one bus, receive on another (each with
// its own Redis connections, as two processes would have), one event at a time, p50/p99 publish → receipt.
// Reference in the same run: the embedded in-memory bus (publisher and subscriber in one process).
// Needs Redis (DOCSIFT_REDIS_URL, default redis://127.0.0.1:6379). Run: npx tsx bench/cross-node-events.ts [events=2000]
import { randomUUID } from 'node:crypto';
import { createEventBus, type ExtractionEvent } from '../src/events/bus.ts';
import { redisEventTarget } from '../src/events/redis.ts';
import { redisConnections } from '../src/redis/connections.ts';

const EVENTS = Number(process.argv[2] ?? 2000);
const url = process.env.DOCSIFT_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `docsift-bench-${randomUUID().slice(0, 8)}`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const event = (i: number): ExtractionEvent => ({
  kind: 'STATUS_CHANGED', organizationId: 'org', extractionId: String(i), documentId: 'doc', status: 'PROCESSING',
  needsReview: false, isReviewed: false, schemaVersionId: null, skillId: null, batchId: null, at: new Date().toISOString(),
});

async function measure(publisher: ReturnType<typeof createEventBus>, subscriber: ReturnType<typeof createEventBus>) {
  const iterator = subscriber.subscribe('extractions', 'org')[Symbol.asyncIterator]();
  // The first next() subscribes; a warm-up event once the SUBSCRIBE is in place.
  const warmUp = iterator.next();
  await new Promise((r) => setTimeout(r, 200));
  publisher.publish('extractions', 'org', event(-1));
  await warmUp;
  const ms: number[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const start = process.hrtime.bigint();
    const received = iterator.next();
    publisher.publish('extractions', 'org', event(i));
    await received;
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await iterator.return?.();
  return ms;
}

const memoryBus = createEventBus();
const memory = await measure(memoryBus, memoryBus);
const nodeA = redisConnections(url, prefix);
const nodeB = redisConnections(url, prefix);
const redis = await measure(createEventBus(redisEventTarget(nodeA, console.error)), createEventBus(redisEventTarget(nodeB, console.error)));
await Promise.all([nodeA.close(), nodeB.close()]);

const line = (name: string, xs: number[]) => `${name.padEnd(28)} p50 ${pct(xs, 50).toFixed(3)} ms  p99 ${pct(xs, 99).toFixed(3)} ms`;
console.log(`${EVENTS} events, one at a time, publish → receipt`);
console.log(line('in-memory bus (reference)', memory));
console.log(line('Redis bus, node A → node B', redis));
console.log(`Redis adds p50 ${(pct(redis, 50) - pct(memory, 50)).toFixed(3)} ms`);
