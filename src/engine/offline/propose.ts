// Offline schema proposals: from a document's label/value pairs and tables, or from a description sentence.
import type { FieldDef, FieldType, Page, RawValue, SchemaDef, Word } from '../types.ts';
import { normalizeValue } from '../normalize/index.ts';
import { extractObject } from './extract.ts';
import { linesOf } from './lines.ts';
import { typeFromName, typeFromValue } from './field-types.ts';
import { printedPairs } from './printed-pairs.ts';
import { printedTables } from './printed-tables.ts';
import { bestOf, type Candidate } from './candidate.ts';
import { NO, YES } from './checkboxes.ts';
import { addressCandidates, companyCandidates } from './parties.ts';
import { COMPANY_MARKERS, fold, LEGAL_FORMS } from './vocabulary.ts';

const snake = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60) || 'field';

/** At most this many fields are proposed (the first in reading order): a schema, not a transcript. */
export const MAX_PROPOSED_FIELDS = 100;

/** How sure the issuer's name must be to propose it: less when it says it is an organisation ("Ltd", "Store"). */
const ISSUER_MIN = 0.45;
const ISSUER_MIN_NAMED = 0.4;
const ORGANISATION = new RegExp(`${LEGAL_FORMS.source}|${COMPANY_MARKERS.source}`);
/** How sure the issuer's address must be to propose it. */
const ADDRESS_MIN = 0.5;
/** An address read longer than this has run into the lines around it. */
const ADDRESS_MAX_CHARS = 90;

const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;

/** The extractor found a value for the field: a leaf's literal that reads as the field's type, a list's rows. */
function filled(field: FieldDef, v: RawValue | undefined): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (!v || !('literal' in v)) return false;
  return v.literal !== null && v.literal !== '' && normalizeValue(field, v.literal as string).ok;
}

/** A label as a field name: "#" and "Nº" say number, its colon and punctuation dropped. */
const nameOf = (label: string) =>
  snake(
    label
      .replace(/#|\bn[º°]/gi, ' number ')
      .replace(/['’]s\b/gi, '')
      // Initials as one word ("R.O. NUMBER" → ro_number, "P.O." → po), as the extractor reads them.
      .replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, '')),
  );

/** Two heads joined ("Shipper's name and address", "Nombre y dirección"): a field for each, after what they are of. */
const HEAD = '(name|nombre|nom|address|direccion|adresse|anschrift|phone|telephone|telefono|email|e-mail|correo|date|fecha|signature|firma)';
const TWO_HEADS = new RegExp(`^(.*?)\\s*\\b${HEAD}\\s+(and|&|y|et|und)\\s+${HEAD}$`);

/**
 * A schema for documents like this one: a field for each value printed under a label (named by the label, typed by
 * the value: a choice of boxes to tick is an enum, a yes/no a boolean), a list for each table of two or more rows (a
 * field per column, typed by its cells; a table of one row is a row of labelled cells, unless its headings are a
 * line-item table's), the issuer's name and address and a date or email printed under no label. A label printed
 * twice on a page is told apart by its block's heading ("Name:" under "Recipient" → recipient_name); printed again
 * on a later page, it is the same field.
 */
export function proposeSchemaFromDocument(pages: Page[]): SchemaDef {
  const lines = linesOf(pages);
  const tables = printedTables(lines);
  const inTables = new Set(tables.flatMap((t) => [...t.lines]));
  const fields: FieldDef[] = [];
  const names = new Set<string>();
  const unique = (name: string, section?: string) => {
    let n = name;
    if (names.has(n) && section) n = `${nameOf(section)}_${name}`;
    for (let k = 2; names.has(n); k++) n = `${name}_${k}`;
    names.add(n);
    return n;
  };
  const labelled = (label: string, value: Word[], section?: string, options?: string[]): FieldDef => {
    const text = value.map((w) => w.text).join(' ');
    const field: FieldDef = { name: unique(nameOf(label), section), type: typeFromValue(text, label), description: `${label}, as labelled on the sample`, required: false };
    if (!options) return field;
    return options.every((o) => YES.test(fold(o)) || NO.test(fold(o))) ? { ...field, type: 'boolean' } : { ...field, type: 'enum', values: options };
  };
  const entries: { at: number; field: FieldDef }[] = [];
  const pairs = printedPairs(lines, inTables);
  // A label printed again on a later page is the same field (a running head: "Account number", "Statement date").
  const pageOfLabel = new Map<string, number>();
  for (const pair of pairs) {
    const key = nameOf(pair.label);
    if ((pageOfLabel.get(key) ?? pair.line.page) !== pair.line.page) continue;
    pageOfLabel.set(key, pair.line.page);
    const two = TWO_HEADS.exec(fold(pair.label).replace(/['’]s\b/g, ''));
    if (two) for (const head of [two[2], two[4]]) entries.push({ at: pair.line.index, field: { ...labelled(`${two[1]} ${head}`.trim(), []), type: 'string', description: `${`${two[1]} ${head}`.trim()}, as labelled on the sample` } });
    else entries.push({ at: pair.line.index, field: labelled(pair.label, pair.value, pair.section, pair.options) });
  }
  // The issuer's name and address, printed under no label at the head of most documents.
  const labelledWords = new Set([...pairs.flatMap((p) => [...p.value, ...p.line.words]), ...[...inTables].flatMap((l) => l.words)]);
  const unlabelled = (c: Candidate | undefined) => c && !c.words.some((w) => labelledWords.has(w));
  const company = bestOf(companyCandidates(lines));
  if (unlabelled(company) && company!.score >= (ORGANISATION.test(fold(company!.literal)) ? ISSUER_MIN_NAMED : ISSUER_MIN)) {
    entries.push({ at: -2, field: { name: unique('issuer_name'), type: 'string', description: 'Name of the company or organisation that issued the document', required: false } });
    const address = bestOf(addressCandidates(lines, company));
    if (unlabelled(address) && address!.score >= ADDRESS_MIN && address!.literal.length <= ADDRESS_MAX_CHARS)
      entries.push({ at: -1, field: { name: unique('issuer_address'), type: 'string', description: 'Address of the company or organisation that issued the document', required: false } });
  }
  // A date, an email or a phone number printed under no label (a receipt's date, a letterhead's contacts), when
  // no labelled field of the document holds one.
  const free = lines.flatMap((l) => l.words).filter((w) => !labelledWords.has(w));
  const proposedTypes = new Set(entries.map((e) => e.field.type));
  if (!proposedTypes.has('date') && free.some((w, i) => typeFromValue(w.text) === 'date' || typeFromValue(free.slice(i, i + 3).map((v) => v.text).join(' ')) === 'date'))
    entries.push({ at: -0.5, field: { name: unique('date'), type: 'date', description: 'Date of the document', required: false } });
  const said = (re: RegExp) => pairs.some((p) => re.test(p.value.map((w) => w.text).join(' ')));
  const email = said(/@/) ? undefined : free.find((w) => EMAIL.test(w.text));
  if (email) entries.push({ at: lines.findIndex((l) => l.words.includes(email)), field: { name: unique('email'), type: 'string', description: 'Email address', required: false } });
  for (const table of tables) {
    const headings = table.headings.map((h) => h.text.replace(/[^\p{L}\p{N}#º° ]/gu, '').trim());
    if (table.rows.length === 1 && !table.lineItems) {
      headings.forEach((heading, i) => table.rows[0][i].length && entries.push({ at: table.headings[i].index, field: labelled(heading, table.rows[0][i]) }));
      continue;
    }
    const children = headings.map((heading, i) => ({ name: nameOf(heading), type: columnType(table.rows.map((r) => r[i]), heading), description: `Column ${heading}` }));
    const distinct = children.filter((c, i) => c.name !== 'field' && children.findIndex((d) => d.name === c.name) === i);
    if (distinct.length >= 2) entries.push({ at: table.headings[0].index, field: { name: unique(tables.length === 1 ? 'line_items' : 'table'), type: 'list', description: `Rows of the table headed ${headings.join(', ')}`, items: { name: 'row', type: 'object', fields: distinct } } });
  }
  // A field the sample itself does not fill (an item's name read as a label, a value the extractor cannot reach)
  // would not be filled on other documents either: only the fields the sample fills are proposed.
  // Each is checked on the page it was found on (the issuer and the date on the first), so a long document costs
  // a page's extraction per page, not the whole document's per field.
  entries.sort((a, b) => a.at - b.at);
  const pageOf = (at: number) => (at >= 0 && at < lines.length ? lines[at].page : pages[0]?.number);
  const filledOn = new Set<FieldDef>();
  for (const page of pages) {
    const here = entries.filter((e) => pageOf(e.at) === page.number).map((e) => e.field);
    if (!here.length) continue;
    const values = extractObject(linesOf([page]), here, {});
    for (const f of here) if (filled(f, values[f.name])) filledOn.add(f);
  }
  for (const { field } of entries.filter((e) => filledOn.has(e.field)).slice(0, MAX_PROPOSED_FIELDS)) fields.push(field);
  if (!fields.length) fields.push({ name: 'text', type: 'string', description: 'The document text' });
  return { fields };
}

/** What a column holds, from its cells: one type for all, an amount where whole numbers and amounts mix, else text. */
function columnType(cells: Word[][], heading: string): FieldType {
  const types = cells.filter((ws) => ws.length).map((ws) => typeFromValue(ws.map((w) => w.text).join(' '), heading));
  if (!types.length) return typeFromName(heading);
  if (types.every((t) => t === types[0])) return types[0];
  return types.every((t) => t === 'integer' || t === 'number') ? 'number' : 'string';
}

export function proposeSchemaFromDescription(name: string, description: string): SchemaDef {
  const cleaned = description.replace(/^\s*(extract|get|find|capture|obtain|extraer|obtener)\s*(the|el|la|los|las)?\s*/i, '');
  const parts = cleaned
    .split(/,|;|\band\b|\by\b|\bas well as\b|\n/i)
    .map((p) => p.replace(/^\s*(the|a|an|el|la|los|las|its)\s+/i, '').replace(/[.]+$/, '').trim())
    .filter((p) => p.length > 1);
  const fields: FieldDef[] = [];
  for (const part of parts) {
    // "effective dates" → one date field each for a plural of dates.
    const fieldName = snake(part);
    if (fields.some((f) => f.name === fieldName)) continue;
    fields.push({ name: fieldName, type: typeFromName(part), description: part, required: false });
  }
  return { name, description, fields: fields.length ? fields : [{ name: 'value', type: 'string', description }] };
}
