// Run in a fresh process by natives.test.ts: keeps the natives, reads a PDF through the reader, and
// prints which of them are no longer the same functions.
const natives = { 'JSON.parse': JSON.parse, 'JSON.stringify': JSON.stringify, 'Array.prototype.push': Array.prototype.push, 'Function.prototype.toString': Function.prototype.toString };
const { readDocument } = await import('../../../src/engine/read/index.ts');
const { makeInvoice } = await import('../../support/invoice.ts');
const { pages } = await readDocument(await makeInvoice());
const now: Record<string, unknown> = { 'JSON.parse': JSON.parse, 'JSON.stringify': JSON.stringify, 'Array.prototype.push': Array.prototype.push, 'Function.prototype.toString': Function.prototype.toString };
console.log(JSON.stringify({ words: pages[0].words.length, replaced: Object.keys(natives).filter((k) => natives[k as keyof typeof natives] !== now[k]) }));

export {};
