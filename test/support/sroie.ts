// The shared SROIE dev receipts as the reader tests use them: images, and the transcripts' words and lines.
import { readFileSync } from 'node:fs';

export const SROIE_DEV = '../shared/eval/sroie-dev';

export const sroieImage = (id: string) => readFileSync(`${SROIE_DEV}/img/${id}.jpg`);

/** The transcript's lines as printed (box/<id>.csv: eight coordinates, then the text). */
export const transcriptLines = (id: string) =>
  readFileSync(`${SROIE_DEV}/box/${id}.csv`, 'utf8').split('\n').filter(Boolean).map((l) => l.split(',').slice(8).join(','));

/** Share of the transcript's words (case-insensitive, each counted once) that the reading holds. */
export function wordRecall(id: string, words: string[]) {
  const truth = transcriptLines(id).flatMap((l) => l.split(/\s+/)).map((w) => w.toLowerCase()).filter(Boolean);
  const bag = new Map<string, number>();
  for (const w of words) bag.set(w.toLowerCase(), (bag.get(w.toLowerCase()) ?? 0) + 1);
  let hit = 0;
  for (const w of truth) {
    const n = bag.get(w) ?? 0;
    if (n > 0) hit++, bag.set(w, n - 1);
  }
  return hit / truth.length;
}
