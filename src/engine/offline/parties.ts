// The issuer's name and address from the head of the document: the name is among the first rows,
// before the contact/registration/document block, marked by a legal form or trade word and printed
// large; the address follows it, a run of rows with street words, numbers and a postcode.
import { parseDate } from '../normalize/index.ts';
import type { Word } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { addressReading, correctedWords, withPostcodeDigits } from './glyphs.ts';
import { findLabels, isLabelLine } from './labels.ts';
import { wordConfidence, type Line } from './lines.ts';
import { DOCUMENT_KIND } from './title.ts';
import { COMPANY_MARKERS, fold, LABELS, LEGAL_FORMS, SHIP_TO } from './vocabulary.ts';

const ADDRESS_WORDS = /\b(jalan|jln|lorong|taman|tmn|lot|no\.?|street|st\.?|road|rd\.?|avenue|ave|lane|drive|blvd|floor|flr|suite|unit|court|quay|place|square|way|calle|c\/|avenida|avda|plaza|paseo|carrera|piso|bloque|block|km|kawasan|bandar|persiaran|industrial|park|building|complex|level|mall|centre|center|city|bangunan|seksyen|section|jaya|batu|kampung|kg|pusat|rue|boulevard|chemin|impasse|quai|\w*stra(ss|ß)e|\w*str|\w*weg|\w*platz|\w*allee|\w*gasse|via|viale|corso|piazza|rua|travessa|praca|estrada|av|col|colonia|cra|sector|nagar|marg|\w*(straat|gracht|laan|plein|kade|singel|dijk|dreef))\b/;
/**
 * Postcodes: five digits, Canadian "K1A 0B1", Portuguese/Brazilian "1100-053", British "SW1A 1AA", Irish
 * Eircodes ("P85 X267", "D6W FH23": a routing key and four letters and digits with at least one letter),
 * Australian states' four digits ("NSW 2037"), and Singapore's six after its name ("Singapore 059413", "S(059413)");
 * an Indian PIN closing the row ("MUMBAI - 400050"), a Japanese "150-0002" after the city, a Dutch "3511 AZ" before it
 * and an Argentine "C1045AAN".
 */
const POSTCODE = /(^|\s|,)\d{5}(?![0-9a-z])|\bsingapore\s*\(?\d{6}\)?(?!\d)|\bs\s?\(\d{6}\)|\b[a-z]\d[a-z] ?\d[a-z]\d\b|\b\d{4,5}-\d{3,4}\b|\b[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}\b|\b[a-z]\d[\dw] (?=[a-z\d]{0,3}[a-z])[a-z\d]{4}\b|\b(nsw|vic|qld|tas|act|nt|sa|wa) \d{4}\b|(^|[a-z,]\s|-\s?)\d{6}$|(^|[a-z,]\s)\d{3}-\d{4}(?![\d-])|\b[1-9]\d{3} ?[a-z]{2} [a-z]{3,}|\b[a-z]\d{4}[a-z]{3}\b/;
/** Rows of the contact, registration and document block that ends the head. */
const STOP = /\b(tel|telephone|phone|ph|fax|abn|acn|h\/p|hp|gst|reg|regn|registration|invoice|receipt|date|email|e-mail|correo|www|http|cashier|table|order|po (?:no|number|#)|pedido|bill|tax|vat|nif|cif|ruc|rfc|document|doc|roc|ssm|br no|co no|company no|member|counter|terminal|pos|slip|tel no|telefono|factura|fecha|ticket|no\.? ?(?:de )?(?:factura|ticket|recibo)|facture|fattura|fatura|rechnung\w*|datum|telefon\w*|telefone|resit|tarikh|juruwang|mwst|ust-?id\w*|steuer\w*|tva|siret|partita iva|nipc|gstin|nit|iva|c\.?u\.?i\.?[tl]|r\.f\.c)\b/;
/** Company registration numbers ("123456-X", "(1072825-A)", "({1072825-A}" with a speck read as a brace): six digits or more, maybe a check letter; or one whose opening parenthesis was lost ("AS19537-0)"). */
const REG_NUMBER = /^[({[]{0,2}[A-Z]{0,3}\d{6,}-?[A-Z]?[)}\]]{0,2}[.,:]?$|^\([^)]*\d{5,}[^)]*\)[.,]?$|^[A-Z]{0,3}\d{5,}-[A-Z\d]\)[.,]?$/i;

/** Drops a parenthesised span holding a registration number, "(CO. REG : 860671-D)", and lone ones. */
function withoutRegistration(words: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    if (/^\(/.test(words[i].text) && !/\)/.test(words[i].text)) {
      const end = words.findIndex((w, j) => j > i && /\)/.test(w.text));
      const span = joinText(words.slice(i, end + 1));
      // A number of five digits or more, or a "label : value" pair, in parentheses ("(CO REG : 86O1-D)").
      if (end > 0 && end - i <= 5 && (/\d{5,}/.test(span) || /^[(\[{][\p{L}. ]{1,12}:/u.test(span))) {
        i = end;
        continue;
      }
    }
    if (!REG_NUMBER.test(words[i].text) || singaporePostcode(words, i) || POST_BOX.test(words[i - 1]?.text ?? '')) out.push(words[i]);
  }
  return out;
}

/**
 * Six digits after "Singapore" are its postcode ("Singapore 059413"), not a registration number; so are six bare
 * digits closing a row after a dash or a place's name (an Indian PIN: "MUMBAI - 400050", "KARNATAKA 560001").
 */
const singaporePostcode = (words: Word[], i: number) =>
  (/^singapore,?$/i.test(words[i - 1]?.text ?? '') && /^\(?\d{6}\)?[.,]?$/.test(words[i].text)) ||
  (i === words.length - 1 && i > 0 && /^\d{6}\.?$/.test(words[i].text) && /^(-|\p{L}{3,}-?)$/u.test(words[i - 1].text));

/** The word before a post office box's number ("PO Box 660111", "Postfach 101010", "Apartado 12345"): no registration number follows it. */
const POST_BOX = /^(box|postfach|apartado|apdo\.?|postale|postal|bp|b\.p\.)$/i;

/** Drops a leading "REG NO:"-style label from a line that also holds address text. */
function withoutLeadingLabel(words: Word[]): Word[] {
  const colon = words.findIndex((w) => /:$/.test(w.text) || w.text === ':');
  if (colon >= 0 && colon < 4 && STOP.test(words.slice(0, colon + 1).map((w) => w.text.toLowerCase()).join(' '))) return words.slice(colon + 1);
  return words;
}

const joinText = (words: Word[]) => words.map((w) => w.text).join(' ');
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');

/** Rows of the first page up to the end of the head. */
function headRows(lines: Line[]): Line[][] {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const rows: Line[][] = [];
  for (const l of first) {
    if (rows.length && rows[rows.length - 1][0].row === l.row) rows[rows.length - 1].push(l);
    else rows.push([l]);
  }
  return rows.slice(0, 14);
}

/** A name without its registration number, "(123456-X)", or stray edge punctuation. */
/** OCR confidence under which a word at the edge of a name is taken for noise (specks, stamps, folds). */
const NOISE_CONFIDENCE = 5;

function nameWords(words: Word[]): Word[] {
  const kept = withoutRegistration(words);
  // Words the reader had no confidence in at all, beside words it read well, are noise, not the name's.
  const surest = Math.max(0, ...kept.map((w) => w.confidence));
  const noise = (w: Word) => w.confidence < NOISE_CONFIDENCE && surest >= 60;
  while (kept.length && (!/[\p{L}\p{N}]/u.test(kept[0].text) || noise(kept[0]))) kept.shift();
  while (kept.length && (!/[\p{L}\p{N}.)]/u.test(kept[kept.length - 1].text) || noise(kept[kept.length - 1]))) kept.pop();
  return kept;
}

/** "SDN 8HD", "SON BHD", "SD BHD": the Malay legal form read with the usual OCR confusions (8/B, O/D, 0/O, 5/S) or a lost letter. */
const SDN = /^[S5][DO0][NM]?\.?$/i;
const BHD = /^[B8][HN][DO0]\.?,?$/i;
export function repairLegalForm(text: string): string {
  const tokens = text.split(' ');
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!SDN.test(tokens[i]) || !BHD.test(tokens[i + 1])) continue;
    tokens[i] = `SDN${tokens[i].endsWith('.') ? '.' : ''}`;
    tokens[i + 1] = `BHD${tokens[i + 1].replace(/^.{3}/, '')}`;
  }
  // The short form S/B (Sendirian Berhad) with its S read as a 5 or its B as an 8.
  for (let i = 1; i < tokens.length; i++) if (/^[S5]\/[B8]\.?$/i.test(tokens[i])) tokens[i] = tokens[i].replace(/^[S5]\/[B8]/i, 'S/B');
  // A full word does not end with a stop before its legal form ("INTERNATIONAL. SDN BHD"): a speck read as one.
  // A comma may: "Cloudberry Analytics, Inc." (only before the Malay forms is it a speck).
  for (let i = 0; i + 1 < tokens.length; i++) if ((/^\p{L}{5,}\.$/u.test(tokens[i]) && /^(SDN|BHD|BERHAD|LTD|LIMITED|LLC|INC|GMBH)\b/i.test(tokens[i + 1])) || (/^\p{L}{5,},$/u.test(tokens[i]) && /^(SDN|BHD|BERHAD)\b/i.test(tokens[i + 1]))) tokens[i] = tokens[i].slice(0, -1);
  return tokens.join(' ');
}

/** Whether a row's words (its legal form aside) are printed in capitals; undefined when too few letters say. */
function capitals(text: string): boolean | undefined {
  const ls = letters(text.replace(new RegExp(LEGAL_FORMS.source, 'gi'), ' '));
  return ls.length < 3 ? undefined : ls === ls.toUpperCase();
}

/** The distinctive words of a folded name: its legal form and short joining words left out. */
function nameTerms(folded: string): Set<string> {
  const bare = folded.replace(new RegExp(LEGAL_FORMS.source, 'g'), ' ').replace(/\bsdn\b/g, ' ');
  return new Set(bare.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !/^(and|the|dan)$/.test(w)));
}

/** A registration number announced by a label ("Company No 123456-X"): a label/value row, not a name. */
const LABELLED_REGISTRATION = /\b(no|reg|roc|co)\b\.?\s*[:.]?\s*\(?[a-z]{0,3}\d{6,}/;

/** The last word of a document's title saying its kind ("… LICENCE", "… CERTIFICATE", "… NOTICE"). */
const KIND_LAST = /\b(licence|license|licencia|licenza|permit|permiso|certificate|certificado|certificat|certificato|notice|declaration|declarations|schedule|statement)$/;

export function companyCandidates(lines: Line[]): Candidate[] {
  const rows = headRows(lines);
  const stopAt = rows.findIndex((r, i) => i > 0 && r.some((l) => STOP.test(l.folded)));
  const head = rows.slice(0, stopAt > 0 ? Math.min(stopAt, 8) : 8);
  const segments = head.flatMap((r, rank) => r.map((l) => ({ l, rank })));
  // The name comes before its address: rows after a street or postcode row are the address's tail
  // ("SELANGOR DARUL EHSAN", a city, a region) unless they read as an organisation's name.
  const addressRank = head.findIndex((r) => r.some((l) => POSTCODE.test(l.folded) || (ADDRESS_WORDS.test(l.folded) && /\d/.test(l.text))));
  // The registered name carries its registration number or has it alone on the row below ("(123456-X)"),
  // where a brand printed over it has none: "RESTORAN ..." over "... ENTERPRISE" over "(001234567-D)".
  // (A row of nothing but a phone number, "(01904) 000805", is no registration.)
  const bare = (r: Line[] | undefined) => !!r?.length && r.every((l) => withoutRegistration(l.words).length === 0 && !numberOnly(l.folded));
  const registered = (rank: number) => head[rank].some((l) => withoutRegistration(l.words).length < l.words.length) || bare(rows[rank + 1]);
  const out: Candidate[] = [];
  const scoreOf = (ls: Line[], rank: number) => {
    const raw = ls.map((l) => l.text).join(' ');
    // Judged without the registration number a name may carry ("... SDN BHD (CO. REG : 123456-X)").
    const text = joinText(ls.flatMap((l) => withoutRegistration(l.words))) || raw;
    const folded = fold(repairLegalForm(text));
    const ls_ = letters(text);
    if (ls_.length < 3) return -1;
    // A legal form alone ("BHD") is the tail of a wrapped name, not a name.
    if (letters(folded.replace(new RegExp(LEGAL_FORMS.source, 'g'), '')).length < 3) return -1;
    const upper = ls_.replace(/[^\p{Lu}]/gu, '').length / ls_.length;
    const digits = text.replace(/\D/g, '').length / Math.max(1, text.replace(/\s/g, '').length);
    const size = Math.max(...ls.map((l) => (l.box[3] - l.box[1]) / l.bodyHeight));
    const mean = wordConfidence(ls.flatMap((l) => l.words));
    let s = 0.2 + 0.3 * Number(LEGAL_FORMS.test(folded)) + 0.12 * Number(COMPANY_MARKERS.test(folded)) + 0.08 * upper - 0.5 * digits;
    s += 0.2 * Math.max(0, 1 - rank / 4) + 0.1 * Math.min(1, Math.max(0, size - 1));
    if (registered(rank + ls.length - 1)) s += 0.1;
    if (ADDRESS_WORDS.test(folded)) s -= 0.12;
    if (addressRank >= 0 && rank > addressRank && !LEGAL_FORMS.test(folded) && !COMPANY_MARKERS.test(folded)) s -= 0.25;
    if (POSTCODE.test(folded)) s -= 0.3;
    // Names carry no "label:" and no long numbers.
    if (/\p{L}\s*:/u.test(text)) s -= 0.3;
    // A title OCR split in two ("FACTU RA") is still the title.
    if (STOP.test(folded) || (folded.split(' ').length <= 3 && STOP.test(folded.replace(/\s+/g, '')))) s -= 0.3;
    // So is a title naming nothing but the kind of document ("CERTIFICATE OF COMPLETION", "BOARDING PASS"), or
    // ending in it ("ROD FISHING LICENCE", "VACCINATION CERTIFICATE"): no company's name ends so.
    else if (!letters(folded.replace(DOCUMENT_KIND, ' ')) || KIND_LAST.test(folded)) s -= 0.3;
    if (ls.some((l) => l.words.some((w) => parseDate(w.text) && /\d/.test(w.text)))) s -= 0.3;
    // A row that opens with the label ("Company No 123456-X"); a name may carry its number after it.
    const registration = fold(raw).match(LABELLED_REGISTRATION);
    if (registration && registration.index! < 15) s -= 0.4;
    // Words the reader itself doubts are more often noise than a name.
    s -= 0.4 * Math.max(0, 0.75 - mean);
    return s;
  };
  for (let i = 0; i < segments.length; i++) {
    const { l, rank } = segments[i];
    const words = nameWords(l.words);
    if (!words.length) continue;
    out.push({ words, literal: repairLegalForm(joinText(correctedWords(words))), score: scoreOf([l], rank) });
    // A name wrapped over the next rows: the text so far ends with "&", leaves a parenthesis open, or
    // lacks the legal form the next row starts with or carries.
    const acc = [l];
    for (let k = 1; k <= 2; k++) {
      const next = segments[i + k];
      if (!next || next.rank !== rank + k || ADDRESS_WORDS.test(next.l.folded) || STOP.test(next.l.folded)) break;
      // One name is printed in one size.
      const h = (x: Line) => x.box[3] - x.box[1];
      if (Math.max(h(l), h(next.l)) > 1.5 * Math.min(h(l), h(next.l))) break;
      // And in one case: a brand in capitals over its company's name in mixed case ("ACME CAFE" / "Acme Foods Ltd") are two names.
      if (capitals(l.text) !== capitals(next.l.text) && capitals(l.text) !== undefined && capitals(next.l.text) !== undefined) break;
      const text = acc.map((x) => x.text).join(' ');
      const folded = acc.map((x) => x.folded).join(' ');
      const open = (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
      const startsAsName = new RegExp(`^(${LEGAL_FORMS.source}|${COMPANY_MARKERS.source})`).test(next.l.folded);
      // A brand over its company's name repeats the brand's words ("ACME HARDWARE" / "ACME HARDWARE TRADING
      // SDN BHD"); a name wrapped over two rows runs on without repeating itself.
      const brandOver = [...nameTerms(folded)].some((w) => nameTerms(next.l.folded).has(w));
      // A row that opens with "&" or "and" continues the name ("SUNRISE FLORIST" / "& GIFT SHOP").
      const continues = /^(&|and|dan)(\s|$)/.test(next.l.folded);
      // A tail of plain words with the registration number under it ends the registered name: "KEDAI MAKANAN
      // DAN MINUMAN" / "SRI ANGGERIK" / "(001234567-X)".
      const registeredTail = COMPANY_MARKERS.test(folded) && bare(rows[next.rank + 1]) && !/\d/.test(next.l.text) && !LEGAL_FORMS.test(next.l.folded) && !COMPANY_MARKERS.test(next.l.folded);
      const wraps = /[&,-]$/.test(text) || open || continues || (!LEGAL_FORMS.test(folded) && !brandOver && (startsAsName || registeredTail || (COMPANY_MARKERS.test(folded) && LEGAL_FORMS.test(next.l.folded))));
      if (!wraps) break;
      acc.push(next.l);
      const all = nameWords(acc.flatMap((x) => x.words));
      out.push({ words: all, literal: repairLegalForm(joinText(correctedWords(all))), score: scoreOf(acc, rank) + 0.08 });
    }
  }
  return out;
}

/** Registration numbers, dates and times printed next to an address are not part of it. */
const NOT_ADDRESS_WORD = /^\d{1,2}[:.]\d{2}([:.]\d{2})?$|^(am|pm)$/i;

/** A phone or fax label as one word ("TEL:", "Fax.", "H/P"). */
const CONTACT_LABEL = /^(tel|telephone|phone|ph|fax|tel\/fax|h\/p|hp|mobile)\.?:?$/i;

/** A word that only separates the items of a row. */
const SEPARATOR = /^[·•|–—]$/;
/** What a contact item holds: a phone number's run of digits, an email, a web address. */
const CONTACT_AFTER = /\d[\d\s().-]{7,}\d|@|\bwww\.|https?:/i;

/** Symbols no address prints, read from specks and rules at a word's edge ("81200¢", "[LOT"). */
const EDGE_JUNK = /^[¢©®«»|~}{[\]]+|[¢©®«»|~}{[\]]+$/g;

/** The words of an address line: edge specks, registration numbers and their labels, dates and times dropped. */
export function addressWords(line: Line): Word[] {
  // (replace, not a test first: a global pattern's test() keeps its place from one word to the next)
  const all = line.words.map((w) => ({ ...w, text: w.text.replace(EDGE_JUNK, '') })).filter((w) => w.text);
  // A phone or fax number printed after the address on its row ("47170 PUCHONG. TEL: 03-8070 2211") ends it.
  // So does a separator ("·", "|") before a phone number, an email or a web address ("Dallas, TX 75266 · Customer service 1-800-555-6476").
  const contactAt = all.findIndex((w, i) => i > 0 && (CONTACT_LABEL.test(w.text) || (SEPARATOR.test(w.text) && CONTACT_AFTER.test(joinText(all.slice(i + 1))))));
  const cleaned = contactAt > 0 ? all.slice(0, contactAt) : all;
  const unregistered = withoutLeadingLabel(withoutRegistration(cleaned));
  // What is left beside a registration number is its label ("Company No"), not an address.
  if (unregistered.length < cleaned.length && !/\d/.test(joinText(unregistered)) && !ADDRESS_WORDS.test(fold(joinText(unregistered)).replace(/\bno\b\.?/g, '')) && unregistered.length <= 3) return [];
  const words = unregistered.filter((w) => !NOT_ADDRESS_WORD.test(w.text));
  // (Unpadded numbers joined by dashes open a Japanese address, "4-6-16 Ginza": a block and house, no date.)
  if (/^[1-9]\d?-[1-9]\d?-[1-9]\d?,?$/.test(words[0]?.text ?? '')) return words;
  for (let n = Math.min(4, words.length); n > 0; n--) if (parseDate(joinText(words.slice(0, n)))) return words.slice(n);
  return words;
}

/** Labels of the other party an invoice prints beside the issuer. */
const OTHER_PARTY = [...LABELS.customer, ...SHIP_TO, 'destinatario'];

/** A postcode in the row, as printed or with a British outward code's lost digit read back ("YOl 8SP"). */
const hasPostcode = (l: Line) => POSTCODE.test(l.folded) || POSTCODE.test(fold(joinText(withPostcodeDigits(l.words))));
/**
 * Four digits and a one-word town alone on a row (Belgium, Switzerland, Austria: "2000 Antwerpen"): a postcode only
 * under a street row, as a row that opens the address it is the street ("1650 BROADWAY").
 */
const TOWN_POSTCODE = /^[1-9]\d{3} [a-z][a-z'-]{3,}$/;
const postcodeRow = (l: Line, underStreet: boolean) => hasPostcode(l) || (underStreet && TOWN_POSTCODE.test(l.folded));
const evidence = (l: Line, underStreet = false) => (ADDRESS_WORDS.test(l.folded) ? 1 : 0) + (postcodeRow(l, underStreet) ? 1.2 : 0) + (/\d/.test(l.text) ? 0.3 : 0) + (/,/.test(l.text) ? 0.3 : 0);
/** A place name closing an address ("KLANG SELANGOR, MALAYSIA"): letters only, short, no contact words, no label ("Rechnungsempfänger:"). */
const placeName = (l: Line) => !/:$/.test(l.text) && !/\d/.test(l.text) && letters(l.text).length >= 3 && l.text.length <= 40 && !STOP.test(l.folded) && !LEGAL_FORMS.test(l.folded);

/** Specks, stray marks and words the reader itself doubts, unless they read as an address. */
const noise = (l: Line) => !/[\p{L}\p{N}]{2,}/u.test(l.text) || (wordConfidence(l.words) < 0.3 && evidence(l) < 1);
/** A time of day marks the document's date row, never an address. */
const TIME = /\b\d{1,2}:\d{2}(:\d{2})?\b/;
/** A phone number as printed locally ("03-3271 9872", "0111-558 0000"): a contact row even when its label is misread ("Tet:"). */
const PHONE = /(?:^|[\s:])\+?\(?0\d{1,3}\)?[\s-]?\d{3,4}[\s-]?\d{4}(?!\d)/;
/** A row of nothing but a number of eight digits or more, grouped any way ("023 88 93345", "(217) 555-0134"): a phone number, never part of an address. */
const NUMBER_ONLY = /^[+(]?\d[\d\s().\/-]*\d$/;
const numberOnly = (folded: string) => NUMBER_ONLY.test(folded.trim()) && folded.replace(/\D/g, '').length >= 8;
/** A row that is an international phone number alone ("+353 1 670 9087"), its label left out. */
const INTERNATIONAL_PHONE = /^\+\d[\d\s().-]{7,}\d$/;
/** A branch's own line under the company's name ("Shibuya 3-chome Store", "STORE #123"): no part of the address. */
const BRANCH = /\b(store|branch|outlet|cawangan)( ?(#|no\.?) ?\d+)?$/;
const contact = (folded: string) => STOP.test(folded) || PHONE.test(folded) || INTERNATIONAL_PHONE.test(folded.trim());
/** A postcode outside the row's phone numbers ("0111-558" has a postcode's shape too). */
const PHONES = new RegExp(PHONE.source, 'g');
/** A number after a phone label, however grouped ("Tel: 023 88 93345": its last group has a postcode's shape). */
const LABELLED_PHONES = /\b(tel|telephone|phone|ph|fax|h\/p|hp)\b\.?\s*:?\s*[+(]?\d[\d\s().\/-]*\d/g;
const postcodeIn = (folded: string) => POSTCODE.test(folded.replace(LABELLED_PHONES, ' ').replace(PHONES, ' '));

/**
 * Rows of one column once the other column's text is dropped: a row left empty between two rows printed one
 * line apart held only the other column's text, its rows set between this column's, and is no gap in it.
 */
function interleaved(rows: Line[][], keptEmpty: boolean[]): Line[][] {
  return rows.filter((r, i) => {
    if (r.length || keptEmpty[i]) return true;
    const prev = rows.slice(0, i).reverse().find((x) => x.length)?.[0];
    const next = rows.slice(i + 1).find((x) => x.length)?.[0];
    return !prev || !next || next.page !== prev.page || next.box[1] - prev.box[3] > 1.5 * (prev.box[3] - prev.box[1]);
  });
}

/**
 * The issuer's address follows its name, wherever the head prints the name: large as a letterhead and
 * again over its contact block ("Lumen Forms Ltd" top right, then over "3 Grand Canal Quay").
 */
export function addressCandidates(lines: Line[], company: Candidate | undefined): Candidate[] {
  if (!company) return addressAfter(lines, undefined);
  const compact = (t: string) => fold(t).replace(/[^\p{L}\p{N}]/gu, '');
  const again = headRows(lines)
    .flat()
    .filter((l) => compact(l.text) === compact(company.literal) && !l.words.some((w) => company.words.includes(w)))
    .map((l) => ({ ...company, words: l.words }));
  return [company, ...again].flatMap((c) => addressAfter(lines, c));
}

function addressAfter(lines: Line[], company: Candidate | undefined): Candidate[] {
  const printed = headRows(lines)
    // From a label on, a row holds a label/value pair beside the address ("Invoice No: FAC-2021-1601").
    .map((r) => r.filter((l) => !r.some((x, i) => i > 0 && isLabelLine(x) && x.box[0] <= l.box[0])))
    .map((r) => r.filter((l) => !noise(l)))
    .filter((r) => r.length);
  // A contact or registration row is no address, unless what remains once its registration is dropped is
  // free of them or carries the postcode ("... 43000 KAJANG TEL: ...").
  let rows = printed.map((r) => r.filter((l) => !TIME.test(l.text) && !numberOnly(l.folded) && !BRANCH.test(l.folded) && (!contact(l.folded) || ((rest) => !contact(rest) || postcodeIn(rest))(fold(joinText(withoutRegistration(l.words)))))));
  // Two parties side by side (the issuer left, the customer right, each with its address): when the head
  // prints another party beside the issuer's name (its label, or an organisation's name), the issuer's
  // address is the one in its name's column. (Without one, text beside is the address's: "47100   SITE 1066".)
  if (company?.words.length) {
    const x0 = Math.min(...company.words.map((w) => w.box[0]));
    const x1 = Math.max(...company.words.map((w) => w.box[2]));
    const inColumn = (l: Line) => l.box[2] > x0 && l.box[0] < x1;
    const beside = headRows(lines).flat().filter((l) => !inColumn(l));
    const otherParty = findLabels(beside, OTHER_PARTY).length > 0 || beside.some((l) => LEGAL_FORMS.test(l.folded) && !l.words.some((w) => company.words.includes(w)));
    if (otherParty) {
      // A contact row in the issuer's column (its phone between its city and its email) still ends the address.
      const contactRow = rows.map((r, i) => !r.some(inColumn) && printed[i].some(inColumn));
      rows = interleaved(rows.map((r) => r.filter(inColumn)), contactRow);
    }
  }
  const companyRow = company ? rows.findIndex((r) => r.some((l) => l.words.some((w) => company.words.includes(w)))) : -1;
  const lastCompanyRow = company ? Math.max(companyRow, ...rows.map((r, i) => (r.some((l) => l.words.some((w) => company.words.includes(w))) ? i : -1))) : -1;
  const out: Candidate[] = [];
  const start0 = lastCompanyRow + 1;
  for (let s = start0; s < Math.min(rows.length, start0 + 6); s++) {
    const block: Line[] = [];
    let ev = 0;
    let postcodeSeen = false;
    let streetSeen = false;
    for (let i = s, n = 0; i < rows.length && n < 6; i++, n++) {
      const row = rows[i];
      if (!row.length) break;
      // The row's address segment: the one with most evidence among those that hold words (a lone number beside it is a column).
      const worded = row.filter((x) => /\p{L}{2,}/u.test(x.text));
      const l = (worded.length ? worded : row).reduce((a, b) => (evidence(b) > evidence(a) ? b : a));
      const underStreet = block.length > 0;
      const lineEv = evidence(l, underStreet);
      // An address starts with a number or a street word, not with a name or a slogan.
      if (!block.length && lineEv < 0.3) break;
      if (postcodeSeen && !(placeName(l) && lineEv < 1)) break;
      // Before the postcode, a line without address words continues only an address already under way.
      if (!postcodeSeen && lineEv === 0 && block.length && !(placeName(l) && streetSeen)) break;
      // A company's name (a legal form, no street or postcode) is not part of an address; nor is the heading of
      // the other party's block under it ("Service for", "Bill to").
      if (LEGAL_FORMS.test(l.folded) && lineEv < 1) break;
      if (block.length && isLabelLine(l) && findLabels([l], OTHER_PARTY).length) break;
      // An address is printed line under line: a gap of several lines, or a row of table headings, ends it.
      const last = block[block.length - 1];
      if (last && (l.box[1] - last.box[3] > 2.5 * (last.box[3] - last.box[1] || last.bodyHeight) || row.length >= 3)) break;
      // The row's other segments belong to the address too ("53300 KL    SITE 1066").
      block.push(...row.filter((x) => x === l || (/\p{L}{2,}/u.test(x.text) && (/\d/.test(x.text) || placeName(x)))));
      ev += lineEv;
      if (lineEv >= 1) streetSeen = true;
      if (postcodeRow(l, underStreet)) postcodeSeen = true;
    }
    const kept = block.map(addressWords).filter((ws) => ws.length);
    if (!kept.length || ev < 1) continue;
    const skipped = s - start0;
    // Read again as one text: a word printed twice in the address is context for itself.
    const read = addressReading(kept.flat());
    let at = 0;
    const literal = kept.map((ws) => joinText(read.slice(at, (at += ws.length)))).join(' ');
    out.push({ words: kept.flat(), literal, score: Math.min(0.85, 0.3 + 0.12 * ev) + (postcodeSeen ? 0.1 : 0) - 0.08 * skipped });
  }
  return out;
}
