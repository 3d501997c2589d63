// Values for a schema's fields from a document's lines: the best candidate of each field (fields.ts), a
// table's rows for a list of objects (table.ts), the issuer first so its address is looked for after its name;
// words printed once answer one field (settleShared).
import type { FieldDef, RawLeaf, RawObject, RawValue } from '../types.ts';
import { MIN_SCORE } from './candidate.ts';
import { calibrate, candidatesFor, type Candidate, type FieldContext } from './fields.ts';
import type { Line } from './lines.ts';
import { extractTable } from './table.ts';
import { roleOf, type Role } from './vocabulary.ts';

const sameText = (a: string, b: string) => a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase();

/** A leaf field's candidates, best first, and which of them it takes (-1: none, below MIN_SCORE). */
interface Pick {
  field: FieldDef;
  role: Role;
  ranked: Candidate[];
  at: number;
}

function pickFor(lines: Line[], field: FieldDef, ctx: FieldContext): Pick {
  const { role, candidates } = candidatesFor(lines, field, ctx);
  const ranked = candidates.sort((a, b) => b.score - a.score);
  return { field, role, ranked, at: ranked[0]?.score >= MIN_SCORE ? 0 : -1 };
}

const taken = (p: Pick) => (p.at >= 0 ? p.ranked[p.at] : undefined);
/** The same words (a value holding another's and more, as an address its name's line, is another value). */
const sameWords = (a: Candidate, b: Candidate) => a.words.length === b.words.length && a.words.every((w) => b.words.includes(w));
/** A yes/no or a choice reads a box or an option word another field may read too. */
const exclusive = (f: FieldDef) => f.type !== 'boolean' && f.type !== 'enum';
/** One printed amount may answer two amounts asked (a total that is also the balance due, a subtotal the net). */
const numeric = (f: FieldDef) => f.type === 'number' || f.type === 'integer';
const clash = (p: Pick, q: Pick) => {
  const [a, b] = [taken(p), taken(q)];
  return !!a && !!b && exclusive(p.field) && exclusive(q.field) && !(numeric(p.field) && numeric(q.field)) && sameWords(a, b);
};

/** The next candidate `p` could take without reading words another field took, nor the value it gives up. */
function nextFree(p: Pick, others: Pick[], givenUp: string): number {
  for (let i = p.at + 1; i < p.ranked.length && p.ranked[i].score >= MIN_SCORE; i++) {
    const c = p.ranked[i];
    if (sameText(c.literal, givenUp)) continue;
    if (others.some((o) => clash({ ...p, at: i }, o))) continue;
    return i;
  }
  return -1;
}

/**
 * Words printed once answer one field: where two fields' best values read the same words ("Valid from
 * 28/03/2023" for both valid_from and valid_until), the field losing less by taking its next candidate
 * gives way (on a tie, the later field). Amounts may share (a total that is also the balance due).
 */
function settleShared(picks: Pick[]) {
  for (let round = 0; round < picks.length * 2; round++) {
    let pair: [Pick, Pick] | undefined;
    for (let i = 0; i < picks.length && !pair; i++) for (let j = i + 1; j < picks.length && !pair; j++) if (clash(picks[i], picks[j])) pair = [picks[i], picks[j]];
    if (!pair) return;
    const moves = pair.map((p) => {
      const others = picks.filter((o) => o !== p);
      const next = nextFree(p, others, taken(p)!.literal);
      return { p, next, loss: taken(p)!.score - (next >= 0 ? p.ranked[next].score : 0) };
    });
    const mover = moves[0].loss < moves[1].loss ? moves[0] : moves[1];
    mover.p.at = mover.next;
  }
}

function leafOf(p: Pick): RawLeaf {
  const best = taken(p);
  if (!best) return { literal: null };
  // Two candidates with the same value agree rather than compete. One another field took still competes: the
  // words may be this field's after all.
  const runnerUp = p.ranked.find((c) => !sameText(c.literal, best.literal));
  return { literal: best.literal, wordIds: best.words.map((w) => w.id), score: calibrate(p.role, best, runnerUp) };
}

const isIssuer = (f: FieldDef) => roleOf(f.name, f.description) === 'company';

const isLeaf = (f: FieldDef) => f.type !== 'object' && f.type !== 'list' && !(f.type === 'catalog' && f.fields?.length);

export function extractObject(lines: Line[], fields: FieldDef[], parent: FieldContext): RawObject {
  const out: RawObject = {};
  const ctx: FieldContext = { ...parent, amountIsTotal: !fields.some((f) => roleOf(f.name, f.description) === 'total'), siblings: fields };
  const picks: Pick[] = [];
  // The issuer first: its address is looked for right after its name.
  for (const field of [...fields.filter(isIssuer), ...fields.filter((f) => !isIssuer(f))]) {
    if (!isLeaf(field)) {
      out[field.name] = extractField(lines, field, ctx);
      continue;
    }
    const pick = pickFor(lines, field, ctx);
    if (isIssuer(field) && taken(pick)) ctx.company = taken(pick);
    picks.push(pick);
  }
  // In the schema's order, so a tie gives way to the field asked first.
  picks.sort((a, b) => fields.indexOf(a.field) - fields.indexOf(b.field));
  settleShared(picks);
  for (const p of picks) out[p.field.name] = leafOf(p);
  return Object.fromEntries(fields.map((f) => [f.name, out[f.name]]));
}

function extractField(lines: Line[], field: FieldDef, ctx: FieldContext): RawValue {
  if (field.type === 'list') {
    if (field.items?.type === 'object') return extractTable(lines, field).rows;
    const item = { ...field.items!, name: field.name, description: field.description };
    const { role, candidates } = candidatesFor(lines, item, { ...ctx, amountIsTotal: false });
    return candidates
      .filter((c) => c.score >= 0.6)
      .map((c) => ({ literal: c.literal, wordIds: c.words.map((w) => w.id), score: calibrate(role, c, undefined) }));
  }
  return extractObject(lines, field.fields ?? [], ctx);
}
