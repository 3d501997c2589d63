// What is left to pay (a field named like "amount due", "balance", "payable"): the balance line printed
// after a payment; the total less the payment when only the payment is printed; the total when no
// payment is.
import { parseNumber } from '../normalize/index.ts';
import type { FieldDef } from '../types.ts';
import { amountCandidates, isChangeRow, TOTAL_FIELD } from './amounts.ts';
import { bestOf, type Candidate } from './candidate.ts';
import { findLabels, printsName } from './labels.ts';
import type { Line } from './lines.ts';
import { distinctWords } from './vocabulary.ts';

/** A payment's evidence at least this: its own label on its row (an unlabelled amount scores far less). */
const LABELLED = 0.6;
/** A balance the document's figures give but does not print: surer than an unlabelled amount, less than a balance line. */
const DERIVED = 0.7;
/** OCR confidence of a payment's words read without doubt (a text layer's words carry 100). */
const SURE_READING = 90;

const cents = (x: number) => Math.round(x * 100);
/** An amount printed with its cents ("0,00", "1.234,50"). */
const MONEY_PRINTED = /\d[.,]\d{2}(?!\d)/;
const valueOf = (c: Candidate) => parseNumber(c.literal) ?? NaN;

export function balanceCandidates(lines: Line[], field: FieldDef): Candidate[] {
  // A balance the field names by a word of its own, printed as a label ("closing_balance": "Closing balance"),
  // is the amount that label gives, not what is left to pay after a payment.
  // So is a label printing every word of its name ("BALANCE OUTSTANDING" for outstanding_balance).
  const named = distinctWords(field.name);
  if ((named.length && findLabels(lines, named).length) || lines.some((l) => printsName(l, field.name))) return amountCandidates(lines, field, 'balance');
  const total = bestOf(amountCandidates(lines, TOTAL_FIELD, 'total'));
  const paid = bestOf(amountCandidates(lines, { name: 'amount_paid', type: 'number' }, 'paid'));
  // Money handed over at a till, its change given back, is a tender, not a payment on account.
  const tendered = lines.some((l) => isChangeRow(l.folded));
  const payment = paid && paid.score >= LABELLED && !tendered && total && valueOf(paid) > 0 && valueOf(paid) <= valueOf(total) ? paid : undefined;
  if (!payment || !total) {
    // A deduction no amount-paid label names (Italy's split payment), its balance line proven by total − deduction = balance.
    const own = amountCandidates(lines, field, 'balance');
    if (total && own.some((c) => (c.support ?? 0) >= 1 && cents(valueOf(c)) !== cents(valueOf(total)))) return own;
    // No payment printed: what is left to pay is the total, looked for as the total is (the field's own name a label too).
    return amountCandidates(lines, field, 'total');
  }
  const own = amountCandidates(lines, field, 'balance');
  const left = cents(valueOf(total)) - cents(valueOf(payment));
  // With a payment printed, neither the total nor the payment's own row is what is left to pay.
  const others = own.map((c) => (cents(valueOf(c)) === cents(valueOf(total)) || c.words.some((w) => payment.words.includes(w)) ? { ...c, score: c.score - 0.3 } : c));
  // The balance printed as money (not an OCR scrap that parses as 0): the arithmetic (total − paid = balance) confirms it.
  if (own.some((c) => cents(valueOf(c)) === left && MONEY_PRINTED.test(c.literal))) return others;
  // As sure as the total it comes from when that total passed a check, and the payment reads without doubt.
  const proven = (total.support ?? 0) >= 1 && payment.words.every((w) => w.confidence >= SURE_READING);
  const derived: Candidate = { words: [...total.words, ...payment.words], literal: (left / 100).toFixed(2), score: DERIVED, support: proven ? 1 : 0 };
  return [...others, derived];
}
