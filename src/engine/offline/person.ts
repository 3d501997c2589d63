// Someone's name: which fields ask for one (applicant_name, "Name of the borrower"; not test_name), the name a form
// prints in two boxes ("Surname" / "First name(s)", "Nombre" / "Apellidos": given names, then the family name), and
// the person a letter is addressed to when no label gives the name.
import { parseDate } from '../normalize/index.ts';
import type { FieldDef, Word } from '../types.ts';
import { type Candidate, rowOf } from './candidate.ts';
import { above, below } from './layout.ts';
import type { Line } from './lines.ts';
import { COMPANY_MARKERS, fold, LEGAL_FORMS, nameWords } from './vocabulary.ts';

/** Labels of the given names: English, Spanish, French, German, Italian, Portuguese. */
const GIVEN_NAME = ['first name', 'first names', 'given name', 'given names', 'forename', 'forenames', 'nombre', 'nombres', 'prenom', 'prenoms', 'vorname', 'vornamen', 'nome', 'primeiro nome'];
/** Labels of the family name. */
const FAMILY_NAME = ['surname', 'surnames', 'last name', 'family name', 'apellido', 'apellidos', 'nom de famille', 'nachname', 'familienname', 'cognome', 'apelido', 'apelidos', 'sobrenome'];

/** "Name" alone in each language: whose name, the block's heading says ("Name:" under "EMERGENCY CONTACT"). */
export const NAME_ALONE = ['name', 'nombre', 'nom', 'nome'];

/** Labels of a name someone was born with, printed beside the family name they bear. */
const BIRTH_NAME = ['maiden name', 'birth name', 'nee', 'apellido de soltera', 'nom de naissance', 'nom de jeune fille', 'geburtsname', 'cognome da nubile', 'nome de solteira', 'meisjesnaam'];

/** Labels of a whole name ("Nombre y apellidos", "Full name"). */
export const FULL_NAME = ['full name', 'nombre y apellidos', 'nombre completo', 'apellidos y nombre', 'nom et prenom', 'nom complet', 'vor- und nachname', 'vollstandiger name', 'nome completo', 'nome e cognome', 'cognome e nome', 'cognome nome', 'nom prenom', 'nom et prenoms', 'name vorname', 'nachname vorname', 'apellidos nombre'];

/** Words for someone: agent nouns ("applicant", "patient", "employee", "holder", "technician") and a few more. */
const SOMEONE = /^(\p{L}+(ant|ent|er|or|ee|ist|ian)|person|guest|member|contact|user|client|customer|child|spouse|witness|signatory)$/u;
/** Things whose words end like someone's. */
const THING = /^(\p{L}+ment|event|document|content|component|parameter|container|folder|order|number|letter|filter|center|centre|file|product|item|test|course|project|account|plan|model|brand|title|company|vendor|supplier|lab|clinic)$/u;

/** A field asking for someone's name ("applicant_name", "Full name of the patient", "name"), not an organisation's nor a thing's. */
export function asksPersonName(field: FieldDef): boolean {
  if (field.type !== 'string') return false;
  const name = nameWords(field.name);
  const of = /^(?:full )?name(?: of (?:the |a |an )?((?:\p{L}+ )?\p{L}+))?\b/u.exec(fold(field.description ?? ''));
  const whose = name.includes('name') ? name.filter((w) => w !== 'name' && w !== 'full') : of ? (of[1] ?? '').split(' ').filter(Boolean) : null;
  // Of a compound, the last word says what it is: an "account holder" is someone, an "account" is not.
  const head = whose?.[whose.length - 1];
  return !!whose && (!head || (SOMEONE.test(head) && !THING.test(head)));
}

/** A field named for someone ("payer", "beneficiary_holder", "applicant"), whatever it asks of them. */
export const namesSomeone = (field: FieldDef) => nameWords(field.name).some((w) => SOMEONE.test(w) && !THING.test(w));

/** Every label of a name or a part of one. */
const NAME_LABELS = new Set([...GIVEN_NAME, ...FAMILY_NAME, ...FULL_NAME, ...BIRTH_NAME]);

type Labelled = (labels: string[]) => Candidate[];
const leftOf = (c: Candidate) => c.words[0].box[0];

/**
 * Given names with the family name printed nearest them (the same row or the next), in reading order; a form
 * naming several people (an applicant, a referee) names its subject first. A label of the field's own says more.
 */
export function givenAndFamily(lines: Line[], labelled: Labelled): Candidate[] {
  // (A label of the other part printed under this one's, "Familienname" over "Vornamen", is no name.)
  const aName = (c: Candidate) => /^\p{Lu}/u.test(c.literal) && !/\d/.test(c.literal) && !NAME_LABELS.has(fold(c.literal).replace(/[^\p{L} -]/gu, '').trim());
  const given = labelled(GIVEN_NAME).filter(aName);
  const family = labelled(FAMILY_NAME).filter(aName);
  const out: Candidate[] = [];
  for (const g of given) {
    const row = rowOf(g, lines);
    const near = family
      .filter((f) => Math.abs(rowOf(f, lines) - row) <= 1 && !f.words.some((w) => g.words.includes(w)))
      .sort((a, b) => Math.abs(rowOf(a, lines) - row) - Math.abs(rowOf(b, lines) - row) || Math.abs(leftOf(a) - leftOf(g)) - Math.abs(leftOf(b) - leftOf(g)))[0];
    if (!near) continue;
    const words: Word[] = [...g.words, ...near.words];
    out.push({ words, literal: `${g.literal} ${near.literal}`, score: Math.min(g.score, near.score) - 0.05 - 0.02 * out.length });
  }
  return out;
}

/** A street line: a number before the street's name ("19 Beech Grove") or after it ("Lindenstraße 12", "Via Roma 5a"). */
const STREET = /^\d|\p{L}\s+\d{1,4}[a-z]?$/u;
/** A line with a postcode: digits ("50674 Köln", "Columbus, OH 43215") or a British one ("WF1 9HC"). */
const POSTCODE = /\d{4,}|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;
/** Courtesy titles an address prints before a name, no part of the name a form asks for ("Ms", "Herr", "Mme"). */
const COURTESY = /^(mr|mrs|ms|miss|mx|herr|frau|m|mme|mlle|sr|sra|srta|sig|sigra)\.?$/i;

/**
 * The person a letter or a statement is addressed to, under no label: a name (two to four capitalised words, no
 * digit) over a street line (a number before or after the street's name) and, on that line or one of the two under
 * it, a postcode, in the upper half of the first page, left of its centre; not the page's first line (the
 * issuer's) nor an organisation. Weak evidence. A courtesy title before the name is left out.
 */
export function addressee(lines: Line[]): Candidate[] {
  const page = lines.filter((l) => l.page === lines[0]?.page);
  const out: Candidate[] = [];
  for (const l of page.slice(1)) {
    if (l.y > 0.5 || l.box[0] > l.pageWidth / 2 || l.words.length < 2 || l.words.length > 4 || /\d/.test(l.text)) continue;
    if (!l.words.every((w) => /^\p{Lu}[\p{L}'’.-]*,?$/u.test(w.text)) || LEGAL_FORMS.test(l.folded) || COMPANY_MARKERS.test(l.folded)) continue;
    // A box's caption in small capitals ("STRAAT EN HUISNUMMER" over "Molenweg 58") is no name.
    if (l.box[3] - l.box[1] < 0.85 * l.bodyHeight) continue;
    const street = below(lines, l)[0];
    // (A row of dates or numbers under a heading, "25/06/2024 27/06/2024 80/731056", is no street.)
    if (!street || !STREET.test(street.text.trim()) || parseDate(street.text) || Math.abs(street.box[0] - l.box[0]) > 2 * l.bodyHeight) continue;
    const town = below(lines, street)[0];
    const postcode = town && below(lines, town)[0];
    // An address with a postcode; or one without (many countries print none) whose name the letter's text says again.
    const namedAgain = page.some((o) => o !== l && o.words.length > l.words.length && o.folded.includes(l.folded));
    if (![street, town, postcode].some((t) => t && POSTCODE.test(t.text)) && !namedAgain) continue;
    const words = COURTESY.test(l.words[0].text) && l.words.length > 2 ? l.words.slice(1) : l.words;
    out.push({ words, literal: words.map((w) => w.text).join(' '), score: 0.4 });
  }
  return out;
}

/** Words a certificate prints before the name of whom it is for ("awarded to", "certify that", "décerné à"). */
const PRESENTED = /\b(to|that|a|à|an|que)$/;
const CERTIFYING = /\b(award\w*|present\w*|certif\w*|grant\w*|issued|confer\w*|otorga\w*|expid\w*|decern\w*|delivr\w*|atribu\w*|verliehen|bescheinig\w*|rilasciat\w*|attest\w*)\b/;

/**
 * A certificate's holder: a name printed larger than the body right under a phrase that presents it ("This certificate
 * is awarded to" over "Fiona Gallagher"), when no label gives the name.
 */
export function presentedName(lines: Line[]): Candidate[] {
  const out: Candidate[] = [];
  for (const l of lines) {
    if (l.words.length < 2 || l.words.length > 5 || /\d/.test(l.text) || !l.words.every((w) => /^\p{Lu}[\p{L}'’.-]*,?$/u.test(w.text))) continue;
    if (LEGAL_FORMS.test(l.folded) || COMPANY_MARKERS.test(l.folded)) continue;
    const phrase = above(lines, l)[0];
    if (!phrase || !PRESENTED.test(phrase.folded.trim()) || !CERTIFYING.test(phrase.folded)) continue;
    if (l.box[3] - l.box[1] < 1.2 * l.bodyHeight) continue;
    out.push({ words: l.words, literal: l.text, score: 0.5 });
  }
  return out;
}
