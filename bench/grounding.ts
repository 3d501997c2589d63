// Grounding cost on a long document: every leaf of a large answer matched back to the words of a
// 20-page, ~8,000-word document, against the reference of an exact-token lookup (a Map from word text
// to ids: the least any grounding can cost). Prints times and the ratio.
// Run: npx tsx bench/grounding.ts [pages=20] [leaves=120]
import { ground } from '../src/engine/ground/index.ts';
import type { Box, FieldType, Page } from '../src/engine/types.ts';

const PAGES = Number(process.argv[2] ?? 20);
const LEAVES = Number(process.argv[3] ?? 120);
const VOCAB = ['invoice', 'total', 'amount', 'services', 'consulting', 'delivery', 'Springfield', 'Harbour', 'Road', 'ACME', 'Industrial', 'Supplies', 'payment', 'terms', 'net', 'days'];

let seed = 7;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const token = () => (rand(3) === 0 ? `${rand(5000)},${rand(90) + 10}.${rand(90) + 10}` : VOCAB[rand(VOCAB.length)]);

const pages: Page[] = Array.from({ length: PAGES }, (_, p) => {
  let i = 0;
  return {
    number: p + 1, width: 595, height: 842, unit: 'pt', rotation: 0, source: 'text',
    words: Array.from({ length: 40 }, (_, line) => Array.from({ length: 10 }, (_, k) => ({ id: `p${p + 1}-w${i++}`, text: token(), box: [50 + k * 50, 50 + line * 19, 95 + k * 50, 62 + line * 19] as Box, confidence: 100, line, block: 0 }))).flat(),
  };
});
const all = pages.flatMap((p) => p.words);
// Leaves: phrases that are printed (2-3 words), numbers printed in another form, and values not printed.
const leaves: { literal: string; type: FieldType }[] = Array.from({ length: LEAVES }, (_, i) => {
  const at = rand(all.length - 3);
  if (i % 3 === 0) return { literal: `${all[at].text} ${all[at + 1].text}`, type: 'string' };
  if (i % 3 === 1) return { literal: '9,876.54', type: 'number' };
  return { literal: 'Nonexistent Company Name', type: 'string' };
});

let t = performance.now();
const index = new Map<string, string[]>();
for (const w of all) index.set(w.text, [...(index.get(w.text) ?? []), w.id]);
let found = 0;
for (const l of leaves) if (l.literal.split(' ').every((x) => index.has(x))) found++;
const reference = performance.now() - t;

t = performance.now();
let grounded = 0;
for (const l of leaves) if (ground(l.literal, l.type, pages).page !== null) grounded++;
const ours = performance.now() - t;

console.log(`${PAGES} pages, ${all.length} words, ${LEAVES} leaves`);
console.log(`exact token lookup (reference): ${reference.toFixed(1)} ms, ${found} found`);
console.log(`ground():                       ${ours.toFixed(1)} ms (${(ours / LEAVES).toFixed(2)} ms/leaf), ${grounded} grounded`);
console.log(`ratio: ${(ours / Math.max(reference, 0.01)).toFixed(0)}×`);
