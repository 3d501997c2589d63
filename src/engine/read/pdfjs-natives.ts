// pdfjs-dist's legacy build bundles core-js, which on Node 20 replaces JSON.parse, JSON.stringify,
// Array.prototype.push and Function.prototype.toString for the whole process with JavaScript polyfills
// (for JSON.rawJSON, an array length edge case and making its polyfills look native; nothing here uses
// them): every GraphQL response, WebSocket message and push then runs through them. Imported before
// pdfjs, this keeps the natives so they can be put back once pdfjs has loaded.
const kept: [object, PropertyKey, PropertyDescriptor][] = [
  [JSON, 'parse'],
  [JSON, 'stringify'],
  [Array.prototype, 'push'],
  [Function.prototype, 'toString'],
].map(([target, key]) => [target as object, key as PropertyKey, Object.getOwnPropertyDescriptor(target, key as PropertyKey)!]);

/** Puts back the natives pdfjs's polyfills replaced. */
export function restoreNatives() {
  for (const [target, key, descriptor] of kept) Object.defineProperty(target, key, descriptor);
}
