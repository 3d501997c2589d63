import type { Word } from '../types.ts';
import type { Line } from './lines.ts';

/** A value the document might hold for a field, with the words it came from and its evidence score. */
export interface Candidate {
  words: Word[];
  literal: string;
  /** Raw evidence, roughly 0..1: comparable between candidates of one field, not a probability. */
  score: number;
  /** Independent checks the value passed (printed twice, the document's arithmetic agrees): evidence it was read right. */
  support?: number;
  /** The most the value can be trusted, whatever its margin: evidence of where a value sits, none of what it is. */
  ceiling?: number;
}

/** Below this evidence a candidate is noise: the field is reported missing instead. */
export const MIN_SCORE = 0.3;

/** The candidate with the most evidence. */
export const bestOf = (cs: Candidate[]) => cs.reduce<Candidate | undefined>((a, c) => (!a || c.score > a.score ? c : a), undefined);

/** The visual row of the line holding the candidate's first word (-1 when no line holds it). */
/** The line a candidate opens on. */
export const lineOf = (c: Candidate, lines: Line[]) => lines.find((l) => l.words.includes(c.words[0]));
export const rowOf = (c: Candidate, lines: Line[]) => lineOf(c, lines)?.row ?? -1;
