// The event bus across nodes: yoga's Redis event target (Redis pub/sub), with every channel named under
// the installation's prefix so installations (or parallel test runs) sharing a Redis never cross.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import type { RedisConnections } from '../redis/connections.ts';

type Target = ReturnType<typeof createRedisEventTarget<CustomEvent>>;

export function redisEventTarget(redis: RedisConnections, onError: (error: unknown) => void): Target {
  const publisher = redis.open('publish');
  const inner = createRedisEventTarget<CustomEvent>({
    // The target does not await its PUBLISH: catch here so a Redis outage is logged, not an unhandled rejection.
    publishClient: { publish: (channel: string, message: string) => publisher.publish(channel, message).catch(onError) } as unknown as Redis,
    subscribeClient: redis.open('subscribe'),
  });
  const channel = (type: string) => `${redis.prefix}:events:${type}`;
  return {
    addEventListener: (type, listener) => inner.addEventListener(channel(type), listener),
    removeEventListener: (type, listener) => inner.removeEventListener(channel(type), listener),
    dispatchEvent: (event) => inner.dispatchEvent(new CustomEvent(channel(event.type), { detail: event.detail })),
  };
}
