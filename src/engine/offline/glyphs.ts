// OCR post-correction for the issuer's name and address: a word the reader doubted is read again only
// where one glyph, swapped for the glyph it is most often mistaken for, makes it a word the context
// expects, and only when exactly one such reading exists. Nothing here is learned from labelled
// documents: the glyph pairs are the classic confusions of print OCR, and the vocabulary is the street,
// area and region words of the countries whose documents we read (general knowledge, as in an atlas).
import type { Word } from '../types.ts';
import { fold } from './vocabulary.ts';

/** OCR confidence from which a word is taken as read: only words below it are ever corrected. */
export const CORRECTION_CONFIDENCE = 95;

/**
 * Glyphs print OCR takes for one another (folded, both ways): round, stroke, arch and bowl shapes. Not
 * a/o: in Spanish that is a word's gender ("puerto"/"puerta"), not a misreading.
 */
const LOOKALIKE_PAIRS = ['o0', 'od', 'oq', 'og', 'oc', 'il', 'i1', 'l1', 'it', 'lt', 'i|', 'l|', 'ij', 'mn', 'mh', 'nh', 'nr', 'b8', 'be', 'bh', 's5', 's$', 'g6', 'z2', 'ec', 'uv'];
const lookalike = new Set(LOOKALIKE_PAIRS.flatMap(([a, b]) => [a + b, b + a]));

/**
 * Street and area types and their usual abbreviations (English, Spanish, Malay), and the states,
 * regions and countries addresses close with (Malaysia, Spain, Singapore and neighbours). Words an
 * address prints in any city of those countries, not the names of particular streets or towns.
 */
const ADDRESS_VOCABULARY = new Set(
  [
    // English
    'street', 'road', 'avenue', 'lane', 'drive', 'boulevard', 'blvd', 'floor', 'flr', 'suite', 'level', 'block', 'building', 'plaza', 'centre', 'center', 'square', 'court', 'place', 'highway', 'industrial', 'estate', 'park', 'city', 'town', 'north', 'south', 'east', 'west', 'unit', 'lot', 'mall', 'hall', 'complex', 'ground', 'first', 'second', 'third',
    // Spanish
    'calle', 'avenida', 'avda', 'paseo', 'carretera', 'camino', 'piso', 'planta', 'puerta', 'bloque', 'local', 'puerto', 'edificio', 'poligono', 'urbanizacion', 'barrio', 'colonia', 'ronda', 'travesia', 'glorieta',
    // Malay
    'jalan', 'jln', 'lorong', 'lrg', 'taman', 'tmn', 'bandar', 'kawasan', 'perindustrian', 'persiaran', 'lebuh', 'lebuhraya', 'pusat', 'bangunan', 'wisma', 'kompleks', 'kampung', 'bukit', 'batu', 'seksyen', 'desa', 'jaya', 'seri', 'sri', 'utara', 'selatan', 'timur', 'barat', 'tengah', 'tingkat', 'aras', 'pekan', 'darul', 'ehsan', 'takzim', 'aman', 'makmur', 'khusus', 'perdagangan', 'perniagaan', 'medan', 'dataran', 'sungai', 'simpang', 'pulau',
    // Malaysian states and federal territories
    'johor', 'kedah', 'kelantan', 'melaka', 'malacca', 'negeri', 'sembilan', 'pahang', 'perak', 'perlis', 'pinang', 'penang', 'sabah', 'sarawak', 'selangor', 'terengganu', 'kuala', 'lumpur', 'putrajaya', 'labuan',
    // Spanish autonomous communities
    'andalucia', 'aragon', 'asturias', 'baleares', 'canarias', 'cantabria', 'castilla', 'cataluna', 'catalunya', 'extremadura', 'galicia', 'madrid', 'murcia', 'navarra', 'rioja', 'valencia', 'ceuta', 'melilla',
  ],
);
/**
 * Countries an address closes with: a reading only for its last word ("Brunel Court" is a street, not Brunei).
 */
const COUNTRIES = new Set(['malaysia', 'singapore', 'indonesia', 'thailand', 'brunei', 'espana', 'spain', 'mexico', 'colombia', 'argentina', 'chile', 'peru']);

/**
 * Real words (English, Spanish, Malay, and given names) one look-alike glyph away from a vocabulary word
 * ("mail"/"mall", "count"/"court", "timun"/"timur"): printed as such, never read again.
 */
const REAL_NEIGHBOURS = new Set(['amah', 'amar', 'anas', 'ball', 'bast', 'brunet', 'canino', 'cast', 'count', 'fir', 'hail', 'halt', 'lame', 'mail', 'mali', 'malt', 'perah', 'saban', 'timun', 'tot']);

/** A word printed as it is meant: one of the vocabulary, or a real word beside one. */
const asMeant = (word: string) => ADDRESS_VOCABULARY.has(word) || COUNTRIES.has(word) || REAL_NEIGHBOURS.has(word);

/** A reading of `word` one look-alike glyph away from exactly one vocabulary word (a country's name only for the last word), or null. */
function vocabularyReading(word: string, last: boolean): string | null {
  if (word.length < 3 || asMeant(word)) return null;
  const found = [...ADDRESS_VOCABULARY, ...(last ? COUNTRIES : [])].filter((v) => oneLookalikeApart(word, v));
  return found.length === 1 ? found[0] : null;
}

/** `reading` in the letter case the word was printed in ("JOHGR" → "JOHOR", "Jaln" → "Jalan"). */
function inCaseOf(printed: string, reading: string): string {
  if (printed === printed.toUpperCase()) return reading.toUpperCase();
  if (printed[0] === printed[0].toUpperCase()) return reading[0].toUpperCase() + reading.slice(1);
  return reading;
}

/** Each run of letters (and look-alike digits and symbols inside it) of a word, read again where the vocabulary knows it. */
function correctedText(text: string, last: boolean): string {
  return text.replace(/[\p{L}\d$|]+/gu, (run) => {
    const folded = fold(run);
    // Mostly letters: one glyph at most that is not one.
    if (folded.length !== run.length || folded.replace(/\p{L}/gu, '').length > 1) return run;
    const reading = vocabularyReading(folded, last);
    return reading ? inCaseOf(run, reading) : run;
  });
}

/** `a` and `b` differ by exactly one glyph, and those two glyphs are look-alikes. */
function oneLookalikeApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff = diff === -1 ? i : -2;
  return diff >= 0 && lookalike.has(a[diff] + b[diff]);
}

const LETTER_RUN = /\p{L}{4,}/gu;

/**
 * A place name an address prints twice ("Jalan Tampoi 7/4 ... Perindustrian Tampoi") read two ways one
 * look-alike glyph apart: the same print, so the reading the reader was surer of stands for both.
 */
function consistentWords(words: Word[]): Word[] {
  const runs = words.flatMap((w) => [...w.text.matchAll(LETTER_RUN)].map((m) => ({ run: fold(m[0]), confidence: w.confidence })));
  return words.map((w) => {
    if (w.confidence >= CORRECTION_CONFIDENCE) return w;
    const text = w.text.replace(LETTER_RUN, (run) => {
      const folded = fold(run);
      if (folded.length !== run.length || asMeant(folded)) return run;
      const surer = [...new Set(runs.filter((r) => r.confidence > w.confidence && oneLookalikeApart(folded, r.run)).map((r) => r.run))];
      return surer.length === 1 ? inCaseOf(run, surer[0]) : run;
    });
    return text === w.text ? w : { ...w, text };
  });
}

/** Words with the doubted ones read again where context leaves one reading (the same word objects when nothing changes). */
export function correctedWords(words: Word[]): Word[] {
  const read = words.map((w, i) => {
    // An email or web address spells what it likes.
    if (w.confidence >= CORRECTION_CONFIDENCE || /@|www\.|\.com\b/i.test(w.text)) return w;
    const text = correctedText(w.text, i === words.length - 1);
    return text === w.text ? w : { ...w, text };
  });
  return consistentWords(read);
}

/**
 * An address prints no money: a "$" opening a word before digits ("$117,") is no dollar sign but the
 * S it is drawn from (a shop lot, "S117"). The "$" could not be right as read, so no reading is lost.
 */
const DOLLAR_FOR_S = /^\$(?=\d)/;

/**
 * A British postcode's outward code always carries a digit after its one or two letters ("YO1", "SW1A"): before
 * an inward code ("8SP"), an outward code without one has its 1 read as an l, I or | ("YOl 8SP").
 */
const OUTWARD_WITHOUT_DIGIT = /^([A-Z]{1,2})[lI|]([0-9A-Z]?)$/;
const INWARD = /^\d[A-Z]{2}[.,]?$/;
/** An inward code opens with its digit: a 0 read as the O it resembles after an outward code ("BS2 OJN"). */
const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const INWARD_WITH_O = /^O(?=[A-Z]{2}[.,]?$)/;
/**
 * An Irish Eircode's routing key is a letter and two digits (or "D6W") before a four-glyph identifier holding a
 * letter and a digit ("D02 X576"): a 0 read as the O it resembles in the key ("DO2 X576").
 */
const ROUTING_WITH_O = /^([A-Z])(O\d|\dO|OO)$/;
const IDENTIFIER = /^(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)[A-Z\d]{4}[.,]?$/;

/** Doubted words of a British postcode or an Eircode with the digits their shape requires read back (the same word objects otherwise). */
export function withPostcodeDigits(words: Word[]): Word[] {
  return words.map((w, i) => {
    if (w.confidence >= CORRECTION_CONFIDENCE) return w;
    const [before, after] = [words[i - 1]?.text ?? '', words[i + 1]?.text ?? ''];
    if (INWARD.test(after) && OUTWARD_WITHOUT_DIGIT.test(w.text)) return { ...w, text: w.text.replace(OUTWARD_WITHOUT_DIGIT, (_, area, rest) => `${area}1${rest}`) };
    if (OUTWARD.test(before) && INWARD_WITH_O.test(w.text)) return { ...w, text: w.text.replace(INWARD_WITH_O, '0') };
    if (IDENTIFIER.test(after) && ROUTING_WITH_O.test(w.text)) return { ...w, text: w.text.replace(/O/g, '0') };
    return w;
  });
}

/**
 * The German street word "-straße" with its ß read as the f, B or 8 it resembles (an English reader knows no ß):
 * "Hauptstrafe", "HauptstraBe". A street's name in an address, not a word of its own ("Strafe", a penalty).
 */
const STRASSE_MISREAD = /(\p{L}+)stra[fB8]e\b/u;

/**
 * A 5 read as the S it resembles where an address wants a number: a five-digit postcode before its town
 * ("S8000 KUALA LUMPUR", when the address prints no other postcode) and a lone lot or house number ("LOT S,").
 */
const POSTCODE_WITH_S = /^[S$](?=\d{4}[,.]?$)/;
const NUMBER_AS_S = /^[S$](?=[,.]?$)/;
const NUMBER_LABEL = /^(lot|no\.?|no:)$/i;
function fiveForS(words: Word[], w: Word, i: number): string | null {
  const town = /^\p{L}{3,}/u.test(words[i + 1]?.text ?? '') && !words.some((x) => /^\d{5}[,.]?$/.test(x.text));
  if (POSTCODE_WITH_S.test(w.text) && town) return w.text.replace(POSTCODE_WITH_S, '5');
  if (NUMBER_AS_S.test(w.text) && NUMBER_LABEL.test(words[i - 1]?.text ?? '')) return w.text.replace(NUMBER_AS_S, '5');
  return null;
}

/** The words of an address read again: symbols an address never prints, then the doubted words. */
export function addressReading(words: Word[]): Word[] {
  const symbols = withPostcodeDigits(words).map((w, i, all) => {
    if (w.confidence >= CORRECTION_CONFIDENCE) return w;
    const five = fiveForS(all, w, i);
    if (five) return { ...w, text: five };
    if (DOLLAR_FOR_S.test(w.text)) return { ...w, text: w.text.replace(DOLLAR_FOR_S, 'S') };
    if (STRASSE_MISREAD.test(w.text)) return { ...w, text: w.text.replace(STRASSE_MISREAD, '$1straße') };
    return w;
  });
  return correctedWords(symbols);
}
