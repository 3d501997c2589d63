// Someone's name: which fields ask for one (applicant_name, "Name of the borrower"; not test_name), the name a form
// prints in two boxes ("Surname" / "First name(s)", "Nombre" / "Apellidos": given names, then the family name), and
// the person a letter is addressed to when no label gives the name.
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

/** Labels of a whole name ("Nombre y apellidos", "Full name"). */
export const FULL_NAME = ['full name', 'nombre y apellidos', 'nombre completo', 'apellidos y nombre', 'nom et prenom', 'nom complet', 'vor- und nachname', 'vollstandiger name', 'nome completo', 'nome e cognome'];

/** Words for someone: agent nouns ("applicant", "patient", "employee", "holder", "technician") and a few more. */
const SOMEONE = /^(\p{L}+(ant|ent|er|or|ee|ist|ian)|person|guest|member|contact|user|client|customer|child|spouse|witness|signatory)$/u;
/** Things whose words end like someone's. */
const THING = /^(event|document|content|component|parameter|container|folder|order|number|letter|filter|center|centre|file|product|item|test|course|project|account|plan|model|brand|title|company|vendor|supplier|lab|clinic)$/;

/** A field asking for someone's name ("applicant_name", "Full name of the patient", "name"), not an organisation's nor a thing's. */
export function asksPersonName(field: FieldDef): boolean {
  if (field.type !== 'string') return false;
  const name = nameWords(field.name);
  const of = /^(?:full )?name(?: of (?:the |a |an )?((?:\p{L}+ )?\p{L}+))?\b/u.exec(fold(field.description ?? ''));
  const whose = name.includes('name') ? name.filter((w) => w !== 'name' && w !== 'full') : of ? (of[1] ?? '').split(' ').filter(Boolean) : null;
  return !!whose && whose.every((w) => !THING.test(w)) && (whose.length === 0 || whose.some((w) => SOMEONE.test(w)));
}

/** A field named for someone ("payer", "beneficiary_holder", "applicant"), whatever it asks of them. */
export const namesSomeone = (field: FieldDef) => nameWords(field.name).some((w) => SOMEONE.test(w) && !THING.test(w));

type Labelled = (labels: string[]) => Candidate[];
const leftOf = (c: Candidate) => c.words[0].box[0];

/**
 * Given names with the family name printed nearest them (the same row or the next), in reading order; a form
 * naming several people (an applicant, a referee) names its subject first. A label of the field's own says more.
 */
export function givenAndFamily(lines: Line[], labelled: Labelled): Candidate[] {
  const given = labelled(GIVEN_NAME).filter((c) => /^\p{Lu}/u.test(c.literal) && !/\d/.test(c.literal));
  const family = labelled(FAMILY_NAME).filter((c) => /^\p{Lu}/u.test(c.literal) && !/\d/.test(c.literal));
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

/**
 * The person a letter or a statement is addressed to, under no label: a name (two to four capitalised words, no
 * digit) over a street line opening with a number and a town line with a postcode, in the upper half of the first
 * page, left of its centre; not the page's first line (the issuer's) nor an organisation. Weak evidence.
 */
export function addressee(lines: Line[]): Candidate[] {
  const page = lines.filter((l) => l.page === lines[0]?.page);
  const out: Candidate[] = [];
  for (const l of page.slice(1)) {
    if (l.y > 0.5 || l.box[0] > l.pageWidth / 2 || l.words.length < 2 || l.words.length > 4 || /\d/.test(l.text)) continue;
    if (!l.words.every((w) => /^\p{Lu}[\p{L}'’.-]*,?$/u.test(w.text)) || LEGAL_FORMS.test(l.folded) || COMPANY_MARKERS.test(l.folded)) continue;
    const street = below(lines, l)[0];
    if (!street || !/^\d/.test(street.text) || Math.abs(street.box[0] - l.box[0]) > 2 * l.bodyHeight) continue;
    const town = below(lines, street)[0];
    if (town && /\d{3,}/.test(town.text)) out.push({ words: l.words, literal: l.text, score: 0.4 });
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
