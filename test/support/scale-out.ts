// Scale-out test rigs: a Redis namespace of its own per test file (so parallel files never share channels,
// queues or counters), real `docsift worker` child processes, and GraphQL over a node's real port.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { print, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export const REDIS_URL = process.env.DOCSIFT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A fresh key/channel prefix; `drop` deletes every key under it. */
export function redisNamespace() {
  const prefix = `docsift-test-${randomUUID().slice(0, 8)}`;
  return {
    prefix,
    async drop() {
      const redis = new Redis(REDIS_URL);
      try {
        for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 })) if ((keys as string[]).length) await redis.del(...(keys as string[]));
      } finally {
        redis.disconnect();
      }
    },
  };
}

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** SIGTERM and wait for the exit (a clean stop). */
  stop(): Promise<void>;
}

/** `docsift worker` in a child process, resolved once it says it is running. */
export async function spawnWorker(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['bin/docsift.mjs', 'worker'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`docsift worker did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('docsift worker is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`docsift worker exited (${code}):\n${output}`)));
  });
  return {
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** `docsift <args>` (an operator command) in a child process with these settings. */
export function runCli(args: string[], env: Record<string, string>) {
  return promisify(execFile)(process.execPath, ['bin/docsift.mjs', ...args], { env: { ...process.env, ...env } });
}

/** A GraphQL request to a node over its port. */
export async function gqlAt<R, V extends Record<string, unknown>>(base: string, document: TypedDocumentNode<R, V>, variables: V, key: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': key },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as ExecutionResult<R>;
}

/** A graphql-ws client on a node; `closes` collects the close codes. */
export function wsClient(base: string, key: string) {
  const closes: number[] = [];
  const client: Client = createClient({
    url: `${base.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { 'X-API-Key': key },
    retryAttempts: 0,
    lazy: false,
    // Closes are recorded (and asserted on) here rather than printed.
    onNonLazyError: () => {},
    on: { closed: (event) => closes.push((event as { code: number }).code) },
  });
  return { client, closes };
}

/** Collects a subscription's events with their arrival time. */
export function collect<T>(client: Client, document: TypedDocumentNode<T, any>, variables: Record<string, unknown>) {
  const events: { data: T; receivedAt: number }[] = [];
  let error: unknown = null;
  let done = false;
  const iterator = client.iterate<T>({ query: print(document), variables });
  void (async () => {
    try {
      for await (const result of iterator) {
        if (result.errors) error = result.errors;
        if (result.data) events.push({ data: result.data as T, receivedAt: Date.now() });
      }
    } catch (e) {
      error = e;
    } finally {
      done = true;
    }
  })();
  return { events, get error() { return error; }, get done() { return done; } };
}
