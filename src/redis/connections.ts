// Scale-out mode's Redis connections, opened on demand and closed together. Each user gets its own
// connection: a subscribed connection can do nothing else, and BullMQ's workers block theirs.
import { Redis, type RedisOptions } from 'ioredis';

export interface RedisConnections {
  /** Keys and channels of this installation start with this (several installations may share a Redis). */
  readonly prefix: string;
  /** A new connection, closed by `close()`; `options` add to ioredis's defaults. */
  open(purpose: string, options?: RedisOptions): Redis;
  close(): Promise<void>;
}

export function redisConnections(url: string, prefix: string, log?: (line: string) => void): RedisConnections {
  const opened: Redis[] = [];
  return {
    prefix,
    open(purpose, options = {}) {
      const redis = new Redis(url, { connectionName: `${prefix}:${purpose}`, ...options });
      // Without a listener a connection error would crash the process; ioredis reconnects by itself.
      redis.on('error', (error) => log?.(`redis (${purpose}): ${error.message}`));
      opened.push(redis);
      return redis;
    },
    async close() {
      await Promise.all(opened.splice(0).map((r) => r.quit().catch(() => r.disconnect())));
    },
  };
}
