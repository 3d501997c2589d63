// Lists of objects (line items) from table regions: a header row whose words match the child fields'
// labels gives the columns; each following line is a row until the table ends (a totals line, a wide
// gap, or the page end); a line without numbers continues the previous row's text cell.
import { parseNumber } from '../normalize/index.ts';
import type { FieldDef, RawLeaf, RawObject, Word } from '../types.ts';
import { findLabels } from './labels.ts';
import { rowsOf, wordConfidence, type Line } from './lines.ts';
import { columnRole, fold, labelsFor } from './vocabulary.ts';

interface Column {
  /** Undefined for a column the schema does not ask for: its words are kept out of the others. */
  field?: FieldDef;
  x: number;
  x0: number;
  x1: number;
  numeric: boolean;
}

const NUMERIC = new Set(['number', 'integer']);
const center = (w: Word) => (w.box[0] + w.box[2]) / 2;
// Totals rows in English, Spanish, French, German, Italian and Portuguese, and the thanks closing a document.
export const TABLE_END = /\b(sub ?total|total|base imponible|iva|tax|vat|gst|importe total|balance|amount due|thank|sous ?total|montant (ht|ttc)|tva|netto\w*|zwischensumme|summe|mwst|ust|gesamt(betrag|summe)?|imponibile|totale|valor total|merci|danke|grazie|obrigado)\b/;

/** Words a totals row prints beside its totals word ("Total items", "TOTAL QTY", "Total incl. VAT"): they name no item. */
const TOTALS_COMPANIONS = /\b(items?|qty|quantity|pcs|units?|articles?|amount|due|incl\w*|excl\w*|eur|usd|gbp|rm)\b/g;
/** The line's words, its totals and their companion words aside, still name something ("Tax return preparation"). */
const namesAnItem = (line: Line) =>
  /\p{L}{3,}/u.test(
    fold(line.words.filter((w) => !/\d/.test(w.text)).map((w) => w.text).join(' '))
      .replace(new RegExp(TABLE_END.source, 'g'), ' ')
      .replace(TOTALS_COMPANIONS, ' '),
  );

/** A page number printed as a footer or running head ("Page 1 of 2", "Seite 2", "Página 1/3"): no item. */
const PAGE_NUMBER = /^(page|pagina|pag|seite|blatt|hoja|folha)\.? \d+( ?(of|de|von|di|sur|\/) ?\d+)?$/;
/** A row printed as a short label and its value under an item ("Serial: …", "Lot: …"): a note, not more description. */
const NOTE = /^\p{L}[\p{L}\s.°º#/-]{0,24}:\s/u;

/** Words saying "number" or "code" after a header word ("Item #", "Article No.", "Artikel-Nr."): a code column. */
const CODE_WORD = /^(#|no|nº|n°|nr|num|number|code|id|ref)\.?:?$/i;

/** The header word before words[after] is followed, in its own cell, by a word saying it heads a code column. */
function namesACode(words: Word[], after: number): boolean {
  const next = words[after];
  const last = words[after - 1];
  return !!next && !!last && CODE_WORD.test(next.text) && next.box[0] - last.box[2] < 1.5 * (next.box[3] - next.box[1]);
}

function headerColumns(line: Line, fields: FieldDef[], lines: Line[]): Column[] {
  const columns: Column[] = [];
  for (const field of fields) {
    const hits = findLabels([line], labelsFor(field.name, field.description, columnRole(field.name, field.description))).filter((h) => !namesACode(h.line.words, h.after));
    const hit = hits.sort((a, b) => b.quality - a.quality)[0];
    if (!hit) continue;
    const words = hit.line.words.slice(0, hit.after).slice(-hit.label.split(' ').length);
    if (columns.some((c) => words.some((w) => c.x0 <= center(w) && center(w) <= c.x1))) continue;
    const x0 = Math.min(...words.map((w) => w.box[0]));
    const x1 = Math.max(...words.map((w) => w.box[2]));
    columns.push({ field, x: (x0 + x1) / 2, x0, x1, numeric: NUMERIC.has(field.type) });
  }
  void lines;
  // Header words no field claimed still mark columns, so their values do not spill into neighbours.
  for (const w of line.words) {
    if (columns.some((c) => center(w) >= c.x0 - 2 && center(w) <= c.x1 + 2)) continue;
    columns.push({ x: center(w), x0: w.box[0], x1: w.box[2], numeric: false });
  }
  return columns.sort((a, b) => a.x - b.x);
}

/** The column a word belongs to: text columns extend right until the next column, numbers align near their header. */
function columnOf(word: Word, columns: Column[]): Column | undefined {
  const cx = center(word);
  let best: Column | undefined;
  let bestDistance = Infinity;
  for (const c of columns) {
    const distance = cx >= c.x0 - 4 && cx <= c.x1 + 4 ? 0 : Math.min(Math.abs(cx - c.x0), Math.abs(cx - c.x1));
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/** What a row's numbers are worth when they disagree: below any review threshold. */
const DISAGREEING = 0.45;

/**
 * A row whose quantity × unit price is far from its amount holds a misread number ("2,5" read "25"); we
 * cannot tell which, so none of the three is sure. An amount a discount lowered (to half at most) or that
 * includes tax (up to 30% more) still agrees.
 */
function doubtDisagreeingNumbers(row: RawObject, fields: FieldDef[]): RawObject {
  const leafOf = (role: string) => {
    const f = fields.find((x) => NUMERIC.has(x.type) && columnRole(x.name, x.description) === role);
    return f ? (row[f.name] as RawLeaf) : undefined;
  };
  const leaves = [leafOf('quantity'), leafOf('unitPrice'), leafOf('amount')];
  const [q, p, a] = leaves.map((l) => (l?.literal ? parseNumber(l.literal) : null));
  if (q === null || p === null || a === null || q * p === 0) return row;
  const product = q * p;
  if (a >= 0.5 * product - 0.01 && a <= 1.3 * product + 0.01) return row;
  for (const leaf of leaves) if (leaf) leaf.score = Math.min(leaf.score ?? 1, DISAGREEING);
  return row;
}

export function extractTable(segments: Line[], list: FieldDef): { rows: RawObject[]; found: boolean } {
  const lines = rowsOf(segments);
  const fields = list.items?.fields ?? [];
  let header: { line: Line; columns: Column[] } | null = null;
  for (const line of lines) {
    const columns = headerColumns(line, fields, lines);
    const matched = columns.filter((c) => c.field).length;
    if (matched >= Math.min(2, fields.length) && (!header || matched > header.columns.filter((c) => c.field).length)) header = { line, columns };
  }
  if (!header) return { rows: [], found: false };
  const { columns } = header;
  const rows: { cells: Map<Column, Word[]> }[] = [];
  const lineHeight = header.line.box[3] - header.line.box[1] || 10;
  const cellsOf = (line: Line) => {
    const cells = new Map<Column, Word[]>();
    let previous: { word: Word; column: Column } | undefined;
    for (const w of line.words) {
      let c = columnOf(w, columns);
      // A text cell's words run on past its header (a long description) while they are a word space apart
      // and none sits under another column's header.
      const run = previous?.column.field && !previous.column.numeric ? previous.column : undefined;
      if (run && c !== run && w.box[0] - previous!.word.box[2] < 1.5 * (w.box[3] - w.box[1]) && !(c && center(w) >= c.x0 && center(w) <= c.x1)) c = run;
      if (c) cells.set(c, [...(cells.get(c) ?? []), w]);
      previous = c ? { word: w, column: c } : undefined;
    }
    return cells;
  };
  const numericCells = (cells: Map<Column, Word[]>) => [...cells.entries()].filter(([c, ws]) => c.numeric && ws.some((w) => /\d/.test(w.text))).length;
  const matched = columns.filter((c) => c.field).length;
  /** Numbers an item row has and a totals row lacks: quantity, price and amount (both when only two are asked). */
  const itemNumbers = Math.max(2, Math.min(3, columns.filter((c) => c.field && c.numeric).length));
  let page = header.line.page;
  let start = header.line.index;
  let previousBottom = header.line.box[3];
  for (;;) {
    let ended = false;
    for (const line of lines.filter((l) => l.page === page && l.index > start)) {
      // A totals word ends the table, unless the line fills the item columns and names an item ("Tax return preparation").
      // Not before its first row: nothing is totalled yet ("BALANCE BROUGHT FORWARD" opens a statement's rows).
      if (rows.length && TABLE_END.test(line.folded) && (numericCells(cellsOf(line)) < itemNumbers || !namesAnItem(line))) ended = true;
      if (ended || line.box[1] - previousBottom > 4 * lineHeight) break;
      const gap = line.box[1] - previousBottom;
      previousBottom = line.box[3];
      if (PAGE_NUMBER.test(line.folded)) continue;
      const cells = cellsOf(line);
      const hasNumber = numericCells(cells) > 0;
      const textColumn = columns.find((c) => c.field && !c.numeric);
      if (!hasNumber) {
        // A continuation line sits close under its row (wrapped text) and extends the row's text cell; a
        // line further down is a row of its own without an item (a section heading, a note), as is a note
        // printed as a label and its value ("Serial: …").
        const wrapped = gap < 0.5 * lineHeight && !NOTE.test(line.text);
        if (!wrapped || !rows.length || !textColumn) continue;
        const prev = rows[rows.length - 1].cells;
        prev.set(textColumn, [...(prev.get(textColumn) ?? []), ...line.words]);
      } else rows.push({ cells });
    }
    if (ended || !rows.length) break;
    // No totals yet: the table runs on to the next page, from its header printed again or from its first
    // row with numbers in two columns (a running head above it is no row).
    const next = lines.filter((l) => l.page === page + 1);
    const repeated = next.find((l) => headerColumns(l, fields, lines).filter((c) => c.field).length >= matched);
    const first = repeated ?? next.find((l) => numericCells(cellsOf(l)) >= Math.min(2, columns.filter((c) => c.numeric).length));
    if (!first) break;
    page += 1;
    start = repeated ? repeated.index : first.index - 1;
    previousBottom = repeated ? repeated.box[3] : first.box[1];
  }
  return {
    found: true,
    rows: rows.map(({ cells }) =>
      doubtDisagreeingNumbers(Object.fromEntries(
        fields.map((f) => {
          const column = columns.find((c) => c.field === f);
          const words = column ? (cells.get(column) ?? []) : [];
          if (!words.length) return [f.name, { literal: null }];
          const score = Math.min(0.95, 0.55 + 0.35 * wordConfidence(words));
          return [f.name, { literal: words.map((w) => w.text).join(' '), wordIds: words.map((w) => w.id), score }];
        }),
      ), fields),
    ),
  };
}
