// One read per event for every subscriber that selects the same thing.

/**
 * Every subscriber of an organisation receives the same event object, so one read of the extraction
 * serves all that select the same fields (1,000 subscribers: one query per event, not 1,000). Keyed by
 * organisation too, though a topic never reaches another; gone with the event.
 */
const reads = new WeakMap<object, Map<string, Promise<unknown>>>();
export function sharedRead<T>(event: object, key: string, read: () => Promise<T>): Promise<T> {
  let byKey = reads.get(event);
  if (!byKey) reads.set(event, (byKey = new Map()));
  let row = byKey.get(key) as Promise<T> | undefined;
  if (!row) byKey.set(key, (row = read()));
  return row;
}
