// Confidence 0-100 of one extracted leaf, a product of independent signals (each 0..1):
//
//   confidence = 100 × base × grounding × ocr × parse
//
//   base       the provider's calibrated score when it gives one (the offline provider: its candidate
//              score already weighs where the words are and how they read, so grounding and ocr are 1);
//              else exp(mean token logprob of the value) when the model server reports logprobs;
//              else PRIOR_MODEL, what a model's copied value is worth with no other evidence.
//   grounding  model values: 0.55 + 0.45 × q when found in the page words with match quality q
//              (1 exact, ~0.9 normalised/OCR-noisy forms); 0.55 when not found although the document has
//              words (likely invented or misread); NO_WORDS when the document has no words to look in.
//   ocr        model values: 0.6 + 0.4 × c/100, c the mean OCR confidence of the grounded words
//              (text-layer words carry 100, so a born-digital PDF costs nothing).
//   parse      0.5 when the literal does not parse to the field's type (kept for a human, parsed null).
//
// A missing value scores 0.
import type { Grounding } from '../ground/index.ts';
import type { RawLeaf } from '../types.ts';

const PRIOR_MODEL = 0.9;
const UNGROUNDED = 0.55;
/** Nothing to ground against (an image the model read itself): neither evidence for nor against. */
const NO_WORDS = 0.85;
const UNPARSED = 0.5;

export interface ScoreContext {
  /** Whether the document has any words at all to ground values in. */
  documentHasWords: boolean;
}

export function confidenceOf(leaf: RawLeaf, grounding: Grounding, parsed: boolean, context: ScoreContext = { documentHasWords: true }): number {
  if (leaf.literal == null || leaf.literal.trim() === '') return 0;
  let c: number;
  if (typeof leaf.score === 'number') {
    c = leaf.score;
  } else {
    c = typeof leaf.logprob === 'number' ? Math.exp(Math.min(0, leaf.logprob)) : PRIOR_MODEL;
    c *= grounding.quality > 0 ? 0.55 + 0.45 * grounding.quality : context.documentHasWords ? UNGROUNDED : NO_WORDS;
    if (grounding.wordConfidence !== null) c *= 0.6 + 0.4 * (grounding.wordConfidence / 100);
  }
  if (!parsed) c *= UNPARSED;
  return Math.round(Math.max(0, Math.min(1, c)) * 1000) / 10;
}
