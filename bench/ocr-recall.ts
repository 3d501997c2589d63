// OCR word recall on ../shared/eval/sroie-dev: the share of ground-truth words (box/*.csv transcripts)
// that our reader finds, per receipt and overall, and the reading time. Run: npx tsx bench/ocr-recall.ts [limit=40]
import { readdirSync, readFileSync } from 'node:fs';
import { shutdownOcr } from '../src/engine/ocr/pool.ts';
import { readDocument } from '../src/engine/read/index.ts';

const DIR = '../shared/eval/sroie-dev';
const limit = Number(process.argv[2] ?? 40);
let found = 0;
let total = 0;
let seconds = 0;
let receipts = 0;
for (const f of readdirSync(`${DIR}/img`).sort().slice(0, limit)) {
  const id = f.replace(/\.jpg$/, '');
  const truth = readFileSync(`${DIR}/box/${id}.csv`, 'utf8').split('\n').filter(Boolean).flatMap((l) => l.split(',').slice(8).join(',').split(/\s+/)).map((w) => w.toLowerCase()).filter(Boolean);
  const started = performance.now();
  const read = await readDocument(readFileSync(`${DIR}/img/${f}`));
  const took = (performance.now() - started) / 1000;
  seconds += took;
  receipts++;
  const bag = new Map<string, number>();
  for (const w of read.pages.flatMap((p) => p.words)) bag.set(w.text.toLowerCase(), (bag.get(w.text.toLowerCase()) ?? 0) + 1);
  let hit = 0;
  for (const w of truth) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  found += hit;
  total += truth.length;
  console.log(`${id}: ${(hit / truth.length).toFixed(3)} (${hit}/${truth.length}) ${took.toFixed(2)} s`);
}
console.log(`overall word recall: ${(found / total).toFixed(3)} (${found}/${total} ground-truth words)`);
console.log(`reading time: ${(seconds / receipts).toFixed(2)} s a receipt (${seconds.toFixed(1)} s in all, one page at a time)`);
await shutdownOcr();
