// A calendar year the field asks for ("tax_year", "model_year", "fiscalYear"): a four-digit year printed
// after a year label ("Tax year: 2023", "Ano: 2023", "Exercice 2023"), in a title ("Wage and Tax Statement 2023"),
// or as the year of a date when nothing better is printed. A duration in years ("term_years") is a unit's.
import type { FieldDef, Word } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { findLabels } from './labels.ts';
import type { Line } from './lines.ts';
import { fold, nameWords } from './vocabulary.ts';

/** "Year" and the fiscal year, as forms print them (folded). */
const YEAR_LABELS = ['year', 'tax year', 'fiscal year', 'ano', 'ano fiscal', 'ejercicio', 'annee', 'exercice', 'jahr', 'steuerjahr', 'anno', 'esercizio', 'exercicio'];
const YEAR = /^(19|20)\d{2}[.,:;)]?$/;

/** The field asks for a calendar year: its name holds "year" (or its translation) in the singular. */
export const asksYear = (field: FieldDef) => nameWords(field.name).some((w) => /^(year|ano|anio|annee|jahr|anno|ejercicio|exercice|esercizio)$/.test(w));

export function yearCandidates(lines: Line[], field: FieldDef): Candidate[] {
  const hits = findLabels(lines, [...YEAR_LABELS, fold(nameWords(field.name).join(' '))]);
  const out: Candidate[] = [];
  for (const line of lines) {
    line.words.forEach((w: Word, i) => {
      if (!YEAR.test(w.text)) return;
      // The year of a date ("5 April 2022", "31/12/2023" is one word and no match) says less than a year alone.
      const inDate = i > 0 && /^(\d{1,2}|\p{L}{3,}\.?)$/u.test(line.words[i - 1].text) && !/:$/.test(line.words[i - 1].text) && /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(line.words.slice(Math.max(0, i - 2), i).map((x) => x.text).join(' '));
      const labelled = hits.some((h) => h.line.row === line.row && (h.line !== line || i >= h.after));
      // A title is the largest print of the page's top; a year alone in it names the document's year.
      const title = line.y < 0.2 && !inDate;
      const score = 0.35 + (labelled ? 0.4 : 0) + (title ? 0.15 : 0) - (inDate ? 0.1 : 0);
      out.push({ words: [w], literal: w.text.replace(/\D/g, ''), score });
    });
  }
  return out;
}
