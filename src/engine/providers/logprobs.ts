// Token logprobs → per-value logprobs. The completion's content is the concatenation of its tokens, so
// each token has a character span; a value's logprob is the mean over the tokens that cover its JSON
// literal. Values are located in document order at value positions only (after `:`, `[` or `,`), so a
// value that equals a property name is not confused with the key.
import type { RawLeaf, RawObject, RawValue } from '../types.ts';

export interface TokenLogprob {
  token: string;
  logprob: number;
}

/** Where `encoded` next occurs as a JSON value (not as a key) at or after `from`, or -1. */
function findValue(content: string, encoded: string, from: number): number {
  for (let at = content.indexOf(encoded, from); at >= 0; at = content.indexOf(encoded, at + 1)) {
    const before = content.slice(0, at).trimEnd().at(-1);
    const after = content.slice(at + encoded.length).trimStart()[0];
    if ((before === ':' || before === '[' || before === ',') && (after === ',' || after === '}' || after === ']')) return at;
  }
  return -1;
}

/** The parsed completion as raw values: every scalar a leaf with its literal and mean token logprob. */
export function attachLogprobs(content: string, values: unknown, tokens: TokenLogprob[] | null | undefined): RawValue {
  const spans: { start: number; end: number; logprob: number }[] = [];
  let offset = 0;
  for (const t of tokens ?? []) {
    spans.push({ start: offset, end: offset + t.token.length, logprob: t.logprob });
    offset += t.token.length;
  }
  // Token text that does not add up to the content (another encoding): no logprobs rather than wrong ones.
  const usable = spans.length > 0 && offset === content.length;
  let cursor = 0;
  const walk = (v: unknown): RawValue => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])) as RawObject;
    if (v === null || v === undefined || v === '') return { literal: null } as RawLeaf;
    const literal = String(v);
    if (!usable) return { literal };
    const encoded = JSON.stringify(v);
    const start = findValue(content, encoded, cursor);
    if (start < 0) return { literal };
    cursor = start + encoded.length;
    const covering = spans.filter((s) => s.end > start && s.start < cursor);
    const logprob = covering.reduce((a, s) => a + s.logprob, 0) / covering.length;
    return { literal, logprob };
  };
  return walk(values);
}
