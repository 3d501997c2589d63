// What a field is about, from the names and descriptions schemas really use.
import { describe, expect, it } from 'vitest';
import { labelsFor, roleOf } from '../../../src/engine/offline/vocabulary.ts';

describe('roleOf', () => {
  it.each([
    ['amount_due', '', 'total'],
    ['balanceDue', '', 'total'],
    ['due_amount', '', 'total'],
    ['importe_a_pagar', '', 'total'],
    ['field_d', 'How much was paid in the end', 'total'],
    ['due_date', '', 'dueDate'],
    ['fecha_vencimiento', '', 'dueDate'],
    ['payment_due', '', 'dueDate'],
    ['amount', '', 'amount'],
    ['line_total', '', 'amount'],
    ['desc', '', 'description'],
    ['vendor', '', 'company'],
    ['location', '', 'address'],
    ['purchased_on', 'Date of purchase', 'date'],
  ])('%s (%s) is about %s', (name, description, role) => {
    expect(roleOf(name, description)).toBe(role);
  });
});

describe('labelsFor', () => {
  it('keeps a name whole as printed, small words too ("bill to" is not "bill")', () => {
    const labels = labelsFor('bill_to', undefined, roleOf('bill_to'));
    expect(labels).toContain('bill to');
    expect(labels).not.toContain('bill');
  });
});
