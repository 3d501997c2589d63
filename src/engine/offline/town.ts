// A town asked for where the document prints a whole address ("Moving to: 56 Wellington Street, Bath BA1 5QR"
// for destination_city): the town is the last part of the address that is neither a number, a postcode nor a
// state's code ("Eugene, OR 97401" → Eugene; "12 rue Alsace, 31000 Toulouse" → Toulouse).
import type { FieldDef, Word } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { fold, nameWords } from './vocabulary.ts';

const TOWN_WORD = /^(city|town|ciudad|localidad|municipio|poblacion|ville|commune|stadt|ort|wohnort|citta|comune|cidade|localidade|plaats|woonplaats)$/;

/** A field asking a town or city: its name says so, or its description opens with it ("Town or city where…"). */
export function asksTown(field: FieldDef): boolean {
  return nameWords(field.name).some((w) => TOWN_WORD.test(w)) || /^(the )?(town|city)\b/.test(fold(field.description ?? ''));
}

/** A word of an address that is no town's: a number, a postcode ("BA1", "5QR", "31000"), a state's code ("OR", "NSW"). */
const notTown = (w: Word) => /\d/.test(w.text) || /^\p{Lu}{2,3}[.,]?$/u.test(w.text);

/** The town of an address read for a field asking one; the candidate as it is when it reads as no address. */
export function townOf(c: Candidate): Candidate {
  if (!/\d/.test(c.literal) || c.words.length < 2) return c;
  const parts: Word[][] = [[]];
  for (const w of c.words) {
    // A postcode opens the town's part, a comma before it or not ("… Carmes 31000 Toulouse").
    if (/^\d{4,5}$/.test(w.text) && parts[parts.length - 1].length) parts.push([]);
    parts[parts.length - 1].push(w);
    if (/,$/.test(w.text)) parts.push([]);
  }
  for (const part of parts.reverse()) {
    const words = part.filter((w) => !notTown(w));
    // A street is no town: a part opening with a house number is the street's ("56 Cable Street"; a postcode
    // opening the town's part has four digits or more: "31000 Toulouse", "3511 AZ Utrecht").
    if (!words.length || (/^\d{1,3}[\p{L},/-]*$/u.test(part[0].text) && parts.length > 1)) continue;
    if (words.some((w) => /\d/.test(w.text))) continue;
    return { ...c, words, literal: words.map((w) => w.text).join(' ').replace(/[,.;]$/, '') };
  }
  return c;
}
