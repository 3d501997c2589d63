// Quantities in a unit the field's name carries ("weight_kg", "usage_kwh", "term_months"): a number printed
// with that unit after it ("8.8 KG", "518 kWh", "24 months"), or under a column heading that names it
// ("Units used (kWh)"). The unit tells the value from the money and counts around it.
import { parseNumber } from '../normalize/index.ts';
import type { FieldDef, Word } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { ticked } from './checkboxes.ts';
import { below } from './layout.ts';
import type { Line } from './lines.ts';
import { findLabels } from './labels.ts';
import { fold, labelsFor, nameWords, roleOf, STOP } from './vocabulary.ts';

/** Units as printed, in the languages of the vocabulary (folded). */
const UNITS: RegExp[] = [
  /^(kg|kgs|kilos?|kilograms?|kilogrammes?|kilogramos?)$/,
  /^(lbs?|pounds)$/,
  /^(kwh)$/,
  /^(km|kms|kilometers?|kilometres?|kilometros?)$/,
  /^(miles?|mi)$/,
  /^(months?|meses|mes|mois|monate?n?|mesi|mese)$/,
  /^(years?|anos?|ans|annees?|jahre?n?|anni|anno)$/,
  /^(weeks?|semanas?|semaines?|wochen?|settimane?)$/,
  /^(days?|dias?|jours?|tagen?|giorni|giorno)$/,
  /^(hours?|hrs?|horas?|heures?|stunden?|ore)$/,
  /^(m2|m²|sqm|sq ?m)$/,
  /^(sq ?ft|sqft|square feet)$/,
  /^(litres?|liters?|litros?|l)$/,
  /^(m|metres?|meters?|metros?|metri|metro)$/,
  /^(ft|feet|foot)$/,
  /^(m3|m³|cbm)$/,
  /^(cu ?ft|cuft|ft3|ft³|cubic feet)$/,
  /^(gb|gbs|gigabytes?|go)$/,
  /^(mb|mbs|megabytes?)$/,
];
/** A percentage: "6.49%", "1,850 %", "12.9 percent". */
export const PERCENT = /^(%|percent|pct|porciento|pourcent|prozent|percento)$/;
const token = (t: string) => fold(t).replace(/[^\p{L}\p{N}²³%]/gu, '');
/** A number, maybe opening an aside: "(24.1 m³)". */
const NUMBER = /^\(?\d[\d.,']*$/;
/** The unit a word and the one after it print ("cu ft" is printed in two words), if any. */
const unitAt = (words: Word[], i: number) => {
  const one = token(words[i]?.text ?? '');
  const two = `${one} ${token(words[i + 1]?.text ?? '')}`;
  return UNITS.find((re) => re.test(two)) ?? UNITS.find((re) => re.test(one));
};

/**
 * Whether a number is printed in another unit than the field's ("850 cu ft" for volume_m3 beside "(24.1 m³)"):
 * the same quantity said another way, not the value asked for.
 */
export function inOtherUnit(lines: Line[], words: Word[], unit: RegExp): boolean {
  const last = words[words.length - 1];
  const line = lines.find((l) => l.words.includes(last));
  if (!line) return false;
  const after = unitAt(line.words, line.words.indexOf(last) + 1);
  return !!after && after !== unit;
}

/** The unit the field's name carries, if any ("weight_kg" → kilograms). */
export function unitOf(field: FieldDef): RegExp | undefined {
  // A bare "l" or "m" in a name is no unit, but for a length's ("length_overall_m", "beam_m").
  const words = nameWords(field.name);
  const measured = words.some((w) => DIMENSION.test(w));
  return UNITS.find((re) => words.some((w) => (w.length >= 2 || (measured && w === 'm')) && re.test(w)));
}

/** Counts written in words, two to twelve (and "one": other languages' "one" is their article), folded. */
const COUNT_WORDS: Record<string, number> = Object.fromEntries(
  [
    ['one'],
    ['two', 'dos', 'deux', 'zwei', 'due', 'dois', 'duas', 'twee'],
    ['three', 'tres', 'trois', 'drei', 'tre', 'drie'],
    ['four', 'cuatro', 'quatre', 'vier', 'quattro', 'quatro'],
    ['five', 'cinco', 'cinq', 'funf', 'cinque', 'vijf'],
    ['six', 'seis', 'sechs', 'sei', 'zes'],
    ['seven', 'siete', 'sept', 'sieben', 'sette', 'sete', 'zeven'],
    ['eight', 'ocho', 'huit', 'acht', 'otto', 'oito'],
    ['nine', 'nueve', 'neuf', 'neun', 'nove', 'negen'],
    ['ten', 'diez', 'dix', 'zehn', 'dieci', 'dez', 'tien'],
    ['eleven', 'once', 'onze', 'elf', 'undici'],
    ['twelve', 'doce', 'douze', 'zwolf', 'dodici', 'doze', 'twaalf'],
  ].flatMap((words, i) => words.map((w) => [w, i + 1])),
);

/** What a description says is counted: "Number of packages", "How many guests are expected?". */
const COUNT_OF = /\b(?:number|no|count|total) of (?:the |your |all )?(\p{L}{3,})|\bhow many (\p{L}{3,})/u;

/**
 * A noun as printed, singular or plural ("package", "packages"; "box", "boxes"; "entry", "entries"); a longer one by its
 * first five letters, as other languages print it too ("visit": visits, visite, visitas).
 */
function nounForms(noun: string): string {
  const singular = noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : /(x|s|ch|sh)es$/.test(noun) ? noun.slice(0, -2) : noun.replace(/s$/, '');
  if (singular.length >= 5) return `${singular.slice(0, 5)}\\p{L}*`;
  const plural = singular.endsWith('y') ? `${singular.slice(0, -1)}ies` : /(x|s|ch|sh)$/.test(singular) ? `${singular}es` : `${singular}s`;
  return `${singular}|${plural}`;
}

/**
 * The thing a count asks for counts, as a unit printed after its number ("guest_count" described "How many
 * guests are expected?": "for 140 guests"), when the name carries no unit of its own. The name's noun and the
 * description's both ("number_of_visits", "How many study visits…": "13 study visits").
 */
export function countedThing(field: FieldDef): RegExp | undefined {
  if (unitOf(field)) return undefined;
  const said = COUNT_OF.exec(fold(field.description ?? ''));
  const words = nameWords(field.name);
  const named = words.indexOf('count') > 0 ? words[words.indexOf('count') - 1] : /^(number|num|no)$/.test(words[0]) && words[1] === 'of' ? words[2] : undefined;
  const nouns = [said?.[1] ?? said?.[2], named].filter((n): n is string => !!n && n.length >= 3 && !STOP.has(n));
  return nouns.length ? new RegExp(`^(${nouns.map(nounForms).join('|')})$`, 'u') : undefined;
}

/** Words of a name that measure a length. */
const DIMENSION = /^(length|width|height|depth|beam|draft|draught|loa|distance|span|size)$/;

/**
 * A field asking a percentage: its name or description says so ("discount_pct", "Annual interest rate in percent",
 * "VAT rate (%)"), or it is a rate of interest or tax ("interest_rate", "apr") — a rate of pay or a room's is money.
 */
export function asksPercent(field: FieldDef): boolean {
  const words = [...nameWords(field.name), ...fold(field.description ?? '').split(/[^\p{L}%]+/u)];
  if (words.some((w) => /^(percent|percentage|pct|porcentaje|pourcentage|prozentsatz|percentuale|%)$/.test(w))) return true;
  const name = nameWords(field.name).join(' ');
  return /\b(apr|aer|(interest|tax|vat|iva|tva|discount|commission|tipo|taux|zins)\w* ?rate)\b|\b(zinssatz|tasso|tipo de interes|taux d interet)\b/.test(name);
}

/** Words before a number that make it a limit, not the quantity measured. */
const BOUND = /^(exceeds?|exceeding|above|over|below|under|max|maximum|min|minimum|limit|beyond|supera|superior|inferior|maximo|minimo|depasse|uber|unter|hochstens|mindestens|oltre)\.?$/;

/** How far under its heading, in lines, a column's value may sit. */
const COLUMN_REACH = 12;

/** `inWords`: a count may be written in words ("seven study visits"), as a time or a measure is not ("one month's notice"). */
export function unitCandidates(lines: Line[], field: FieldDef, unit: RegExp, inWords = false): Candidate[] {
  const out: Candidate[] = [];
  const push = (words: Word[], text: string, score: number) => {
    if (parseNumber(text) !== null) out.push({ words, literal: text, score });
  };
  const hits = findLabels(lines, labelsFor(field.name, field.description, roleOf(field.name, field.description)));
  for (const line of lines) {
    const found: { w: Word; text: string; i: number }[] = [];
    line.words.forEach((w, i) => {
      // "8.8 KG", "24 months"; or glued, "8.8KG", "24-month".
      const glued = w.text.match(/^(\d[\d.,']*)-?(\p{L}+[²³]?|%)$/u);
      if (glued && unit.test(token(glued[2]))) found.push({ w, text: glued[1].replace(/^\(/, ''), i });
      else if (NUMBER.test(w.text) && line.words[i + 1] && (unit.test(token(line.words[i + 1].text)) || unitAt(line.words, i + 1) === unit)) found.push({ w, text: w.text.replace(/^\(/, ''), i });
      // A count in words ("seven study visits", "tres visitas").
      else if (inWords && COUNT_WORDS[token(w.text)] && line.words[i + 1] && (unit.test(token(line.words[i + 1].text)) || (line.words[i + 2] && unit.test(token(line.words[i + 2].text))))) found.push({ w, text: String(COUNT_WORDS[token(w.text)]), i });
    });
    // Options in boxes ("☒ 6 months ☐ 12 months"): the ticked one is chosen, the others are not.
    const choice = found.some((f) => ticked(line.words, f.i));
    // A quantity in the column the field's label heads ("Used" over "16.51 GB", beside "100 GB" under "Allowance"),
    // or right of its label on the row ("Estimated volume: 850 cu ft (24.1 m³)").
    const headed = (w: Word) => hits.some((h) => h.line.page === line.page && h.line.box[3] <= w.box[1] && w.box[1] - h.line.box[3] < COLUMN_REACH * line.bodyHeight && h.line.box[0] < w.box[2] && h.line.box[2] > w.box[0]);
    const labelled = (w: Word) => hits.some((h) => h.line.page === line.page && h.line.row === line.row && w.box[0] >= (h.line.words[h.after - 1]?.box[2] ?? Infinity) - 1);
    // A bound is no reading ("moisture exceeds 12.5% receival limit", "max. 50 kg").
    const bound = (i: number) => BOUND.test(fold(line.words[i - 1]?.text ?? ''));
    for (const f of found) push([f.w], f.text, (!choice ? (labelled(f.w) ? 0.8 : headed(f.w) ? 0.75 : 0.6) : ticked(line.words, f.i) ? 0.85 : 0.2) - (bound(f.i) ? 0.4 : 0));
    // A heading naming the unit ("Units used (kWh)", "Weight (kg)", "MOISTURE %"): the number under it.
    const unitWord = (w: Word, i: number) => unit.test(token(w.text)) && (/^\(.*\)$/.test(w.text) || (i === line.words.length - 1 && i > 0));
    if (!/\d/.test(line.text) && line.words.some(unitWord)) {
      const under = below(lines, line).sort((a, b) => Math.abs(a.box[2] - line.box[2]) - Math.abs(b.box[2] - line.box[2]))[0];
      const value = under?.words.find((w) => NUMBER.test(w.text));
      if (value && under.words.length <= 2) push([value], value.text, 0.5);
    }
  }
  return out;
}
