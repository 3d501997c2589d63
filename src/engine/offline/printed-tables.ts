// The tables a document prints, found from its layout alone (no schema): a row of three or more headings (or
// two a line-item table is known by) over rows whose cells sit under them. What a schema proposed from a
// sample document makes a list of; a table of one row is a row of labelled cells instead.
import type { Word } from '../types.ts';
import type { Line } from './lines.ts';
import { ruleOnly, smallPrint } from './layout.ts';
import { labelLike } from './printed-pairs.ts';
import { TABLE_END } from './table.ts';
import { LABELS } from './vocabulary.ts';

export interface PrintedTable {
  headings: Line[];
  /** Each row's cells, by heading (a cell may be empty). */
  rows: Word[][][];
  /** Every segment of the table, its headings included. */
  lines: Set<Line>;
  /** Headed as a list of items is ("Description", "Qty", "Amount"): a list, however few its rows. */
  lineItems: boolean;
}

const COLUMN_WORDS = [...LABELS.description, ...LABELS.quantity, ...LABELS.unitPrice, ...LABELS.amount];
const knownColumn = (l: Line) => COLUMN_WORDS.some((c) => new RegExp(`\\b${c}\\b`).test(l.folded));

const tallest = (row: Line[]) => Math.max(...row.map((l) => l.box[3] - l.box[1]));
const capitals = (row: Line[]) => row.every((l) => !/\p{Ll}/u.test(l.text));
/** Two rows printed alike: as tall (within a sixth) and both in capitals or both not. */
const sameStyle = (a: Line[], b: Line[]) => Math.abs(tallest(a) - tallest(b)) <= tallest(b) / 6 && capitals(a) === capitals(b);

function headingsOf(row: Line[]): boolean {
  if (row.some((l) => /[\d:]/.test(l.text) || !labelLike(l.words))) return false;
  // Headings are printed alike: a name in capitals beside labels in small letters is an address block's (an
  // abbreviation in capitals, "QTY" or "VAT", heads a column among words in small letters).
  const worded = row.filter((l) => l.text.replace(/[^\p{L}]/gu, '').length > 4);
  if (worded.some((l) => capitals([l]) !== capitals(worded))) return false;
  return row.length >= 3 || (row.length === 2 && row.every(knownColumn));
}

/** A row in small print right under a row of larger values, cell under cell: captions of those values, no headings. */
function captions(row: Line[], over: Line[] | undefined): boolean {
  if (!over || over[0].page !== row[0].page) return false;
  const gap = Math.min(...row.map((l) => l.box[1])) - Math.max(...over.map((l) => l.box[3]));
  const under = row.filter((l) => over.some((o) => Math.abs(o.box[0] - l.box[0]) < l.bodyHeight && smallPrint(l, o)));
  return gap < 0.5 * row[0].bodyHeight && under.length * 2 >= row.length;
}

/** The heading a cell sits under: the one it overlaps most, else the nearest within a few characters. */
function columnOf(cell: Line, headings: Line[]): number {
  let best = -1;
  let bestScore = -Infinity;
  headings.forEach((h, i) => {
    const overlap = Math.min(h.box[2], cell.box[2]) - Math.max(h.box[0], cell.box[0]);
    const score = overlap > 0 ? overlap : -Math.min(Math.abs(h.box[0] - cell.box[2]), Math.abs(cell.box[0] - h.box[2]));
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return bestScore > -3 * cell.bodyHeight ? best : -1;
}

export function printedTables(lines: Line[]): PrintedTable[] {
  const rows: Line[][] = [];
  for (const l of lines) {
    const last = rows[rows.length - 1];
    if (last && last[0].row === l.row) last.push(l);
    else rows.push([l]);
  }
  const tables: PrintedTable[] = [];
  for (let r = 0; r < rows.length; r++) {
    const headings = rows[r];
    if (!headingsOf(headings) || captions(headings, rows[r - 1])) continue;
    const table: PrintedTable = { headings, rows: [], lines: new Set(headings), lineItems: headings.filter(knownColumn).length >= 2 };
    let bottom = Math.max(...headings.map((h) => h.box[3]));
    const h = Math.max(...headings.map((l) => l.box[3] - l.box[1]));
    let next = r + 1;
    for (; next < rows.length; next++) {
      const row = rows[next];
      if (row[0].page !== headings[0].page || row[0].box[1] - bottom > 2.5 * h) break;
      const cells: Word[][] = headings.map(() => []);
      // A box's border as OCR reads it ("o—.—]——", "ee") is no cell (a row of nothing else ends the table).
      for (const cell of row.filter((l) => !ruleOnly(l) && !/^\p{Ll}{1,2}$/u.test(l.text))) {
        const c = columnOf(cell, headings);
        if (c >= 0) cells[c].push(...cell.words);
      }
      const filled = cells.filter((c) => c.length).length;
      // Another row of headings, printed as these are over rows printed otherwise: the next table's.
      if (table.rows.length && headingsOf(row) && sameStyle(row, headings) && !sameStyle(rows[r + 1], headings)) break;
      // A totals row fills few of the columns ("Total  1,200.00"): the table ends above it.
      if (TABLE_END.test(row[0].folded) && filled < headings.length / 2 + 1) break;
      // A line alone under the first column, close under its row, goes on with that row's text (a wrapped description).
      if (filled === 1 && table.rows.length && cells[0].length && row[0].box[1] - bottom < 0.6 * h) {
        table.rows[table.rows.length - 1][0].push(...cells[0]);
      } else if (filled >= 2 && row.every((l) => !/:$/.test(l.text))) {
        table.rows.push(cells);
      } else break;
      for (const l of row) table.lines.add(l);
      bottom = Math.max(...row.map((l) => l.box[3]));
    }
    if (!table.rows.length) continue;
    tables.push(table);
    r = next - 1;
  }
  return tables;
}
