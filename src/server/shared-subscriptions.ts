// Identical subscriptions of one API key share one source stream and one execution per event.
//
// A dashboard with a thousand open tabs on one key asks the same thing a thousand times; graphql-js would
// run the filter and execute the selection once per subscriber per event. Here the first subscriber's
// stream is executed once and each result fanned out. Sharing stays within one API key: the context
// (organisation, scopes, revocation watch) is then the same for every sharer, so nothing one key may not
// see can reach it, and revoking a key ends exactly its own subscriptions. Works for graphql-ws and SSE.
import { print, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../schema/context.ts';

type Results = AsyncIterable<ExecutionResult>;
type SubscribeResult = ExecutionResult | Results;

/** Results not yet taken by one slow client before its subscription is ended rather than grown further. */
const MAX_QUEUED = 1024;

const isStream = (r: SubscribeResult): r is Results => typeof (r as Results)[Symbol.asyncIterator] === 'function';

const sources = new WeakMap<DocumentNode, string>();
const sourceOf = (document: DocumentNode) => {
  let text = sources.get(document);
  if (text === undefined) sources.set(document, (text = print(document)));
  return text;
};

/** One sharer's view of the stream: its own queue, so a slow client holds up no one, and an immediate return. */
class Subscriber implements AsyncIterableIterator<ExecutionResult> {
  private queue: ExecutionResult[] = [];
  private waiting: { resolve(r: IteratorResult<ExecutionResult>): void; reject(e: unknown): void }[] = [];
  private ended = false;
  private error: unknown;

  constructor(private readonly leave: (s: Subscriber) => void) {}

  push(value: ExecutionResult) {
    if (this.ended) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter.resolve({ value, done: false });
    else if (this.queue.push(value) > MAX_QUEUED) this.end(new Error(`Subscription ended: more than ${MAX_QUEUED} events were not taken`));
  }

  end(error?: unknown) {
    if (this.ended) return;
    this.ended = true;
    this.error = error;
    this.leave(this);
    for (const w of this.waiting.splice(0)) {
      if (this.error !== undefined) w.reject(this.error);
      else w.resolve({ value: undefined, done: true });
      this.error = undefined;
    }
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    const value = this.queue.shift();
    if (value) return Promise.resolve({ value, done: false });
    if (this.ended) {
      const error = this.error;
      this.error = undefined;
      return error === undefined ? Promise.resolve({ value: undefined, done: true }) : Promise.reject(error);
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.queue = [];
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

class Stream {
  readonly subscribers = new Set<Subscriber>();
  readonly ready: Promise<SubscribeResult>;
  private iterator?: AsyncIterator<ExecutionResult>;
  private closed = false;

  constructor(subscribe: () => Promise<SubscribeResult> | SubscribeResult, private readonly onClose: () => void) {
    this.ready = Promise.resolve().then(subscribe);
    this.ready.then((result) => this.pump(result), () => this.close());
  }

  join(): Subscriber {
    const subscriber = new Subscriber((s) => {
      this.subscribers.delete(s);
      if (!this.subscribers.size) this.close();
    });
    this.subscribers.add(subscriber);
    return subscriber;
  }

  private async pump(result: SubscribeResult) {
    if (!isStream(result)) return this.close(); // an error result: every caller gets it, nothing to share
    this.iterator = result[Symbol.asyncIterator]();
    if (this.closed) return void this.iterator.return?.();
    try {
      for (let r = await this.iterator.next(); !r.done; r = await this.iterator.next()) for (const s of this.subscribers) s.push(r.value);
      for (const s of [...this.subscribers]) s.end();
    } catch (error) {
      for (const s of [...this.subscribers]) s.end(error);
    } finally {
      this.close();
    }
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    void this.iterator?.return?.();
  }
}

export function useSharedSubscriptions(): Plugin<GraphQLContext> {
  const streams = new Map<string, Stream>();
  return {
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      const apiKeyId = (args.contextValue as GraphQLContext | undefined)?.principal?.apiKeyId;
      if (!apiKeyId) return;
      const key = JSON.stringify([apiKeyId, sourceOf(args.document), args.operationName ?? null, args.variableValues ?? {}]);
      setSubscribeFn(async (subscribeArgs) => {
        let stream = streams.get(key);
        if (!stream) {
          const opened: Stream = new Stream(
            () => subscribeFn(subscribeArgs) as Promise<SubscribeResult> | SubscribeResult,
            () => streams.get(key) === opened && streams.delete(key),
          );
          streams.set(key, (stream = opened));
        }
        // Joined before waiting, so the stream cannot close under us and no event between is lost.
        const subscriber = stream.join();
        const result = await stream.ready;
        if (isStream(result)) return subscriber;
        subscriber.return();
        return result;
      });
    },
  };
}
