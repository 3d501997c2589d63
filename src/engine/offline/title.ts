// The title of the thing a document is about (a ticket's show, a certificate's course): printed large near
// the top, under no label. Weak evidence, asked for only when no label gives the value.
import type { FieldDef } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { isLabelLine } from './labels.ts';
import type { Line } from './lines.ts';
import { fold, LEGAL_FORMS, nameWords } from './vocabulary.ts';

/** Things whose name a document prints as its title. */
const TITLED = /\b(event|course|show|film|movie|play|concert|performance|exhibition|conference|seminar|training|programme|program|title)\b/;

/** Words naming a kind of document ("TICKET", "ENTRADA", "CERTIFICATE OF COMPLETION"): the form's own title, not the thing's. */
export const DOCUMENT_KIND = /\b(ticket|tickets|entrada|entradas|billet|biglietto|bilhete|eintrittskarte|certificate|certificat|certificado|certificato|zertifikat|attestation|report|invoice|receipt|form|statement|confirmation|boarding pass|of|de|completion|admission|e-ticket)\b/g;

/** A field asking the name or title of such a thing: by its name ("event_name", "course_title") or its description ("Name of the event"). */
export function asksTitle(field: FieldDef): boolean {
  if (field.type !== 'string') return false;
  const name = nameWords(field.name);
  if ((name.includes('name') || name.includes('title')) && name.some((w) => TITLED.test(w))) return true;
  const m = /^(?:name|title) of (?:the |a |an |this )?(\p{L}+)/u.exec(fold(field.description ?? ''));
  return !!m && TITLED.test(m[1]);
}

/** Segments in the top third of the first page printed at least a third larger than its body text, not a company's name. */
const largeAtTop = (lines: Line[]) => lines.filter((l) => l.page === lines[0]?.page && l.y < 0.35 && l.box[3] - l.box[1] >= 1.3 * l.bodyHeight && !LEGAL_FORMS.test(l.folded));

/** Segments in the top third of the first page printed at least a third larger than its body text, largest first. */
export function titleCandidates(lines: Line[]): Candidate[] {
  // Not the issuer's name in the letterhead ("Redline Safety Training Ltd").
  const large = largeAtTop(lines).filter((l) => !isLabelLine(l) && /\p{L}{3,}/u.test(l.text) && fold(l.text).replace(DOCUMENT_KIND, '').replace(/[^\p{L}]/gu, '').length >= 3);
  return large
    .sort((a, b) => b.box[3] - b.box[1] - (a.box[3] - a.box[1]))
    .slice(0, 2)
    .map((l, k) => ({ words: l.words, literal: l.text, score: 0.4 - 0.05 * k }));
}

/**
 * Labels of the document's own number as its title names it: "Lieferschein-Nr." under the title LIEFERSCHEIN, "PCN
 * number" under PENALTY CHARGE NOTICE (its initials). The title: a few words without a digit printed large in the top
 * third of the first page.
 */
export function titleNumberLabels(lines: Line[], field: FieldDef): string[] {
  // Only for a field asking that document's number: a word of its name is in the title ("notice_number", PENALTY CHARGE NOTICE).
  const asked = nameWords(field.name).filter((w) => w.length >= 3);
  const titles = largeAtTop(lines).filter((l) => l.words.length <= 4 && !/\d/.test(l.text));
  return titles.flatMap((l) => {
    const words = fold(l.text).split(/[^\p{L}]+/u).filter(Boolean);
    if (!words.some((w) => asked.includes(w))) return [];
    const names = [words.join(' '), ...(words.length >= 2 ? [words.map((w) => w[0]).join('')] : [])];
    return names.flatMap((t) => [`${t} no`, `${t} nr`, `${t} number`, `${t} nº`, `${t.replace(/ /g, '')}nr`, `${t.replace(/ /g, '')}no`]);
  });
}
