// What a field is about, from the names and descriptions schemas really use.
import { describe, expect, it } from 'vitest';
import { columnRole, labelsFor, roleOf } from '../../../src/engine/offline/vocabulary.ts';

describe('roleOf', () => {
  it.each([
    // What is left to pay: the total until a payment is printed (balance.ts); an amount due is that balance.
    ['amount_due', '', 'balance'],
    ['balanceDue', '', 'balance'],
    ['amount_paid', '', 'paid'],
    ['total_paid', '', 'total'],
    ['due_amount', '', 'balance'],
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
    // Terse and conventional names with no description.
    ['from', '', 'company'],
    ['to', '', 'customer'],
    ['addr', '', 'address'],
    ['dated', '', 'date'],
    ['pay_by', '', 'dueDate'],
    ['taxes', '', 'tax'],
    ['net', '', 'subtotal'],
    ['count', '', 'quantity'],
    ['destinatario', '', 'customer'],
    // The customer's order is not the document's own number.
    ['po_number', '', 'orderNumber'],
    ['purchase_order', '', 'orderNumber'],
    ['numero_pedido', '', 'orderNumber'],
    ['invoice_number', '', 'documentNumber'],
    // Names a proposed schema gives French and English labels: "Net à payer" is the total, "N° TVA" a tax
    // number, "Votre référence" the customer's reference, "Billed to" the customer.
    ['net_a_payer', '', 'total'],
    ['number_tva', '', 'taxId'],
    ['votre_reference', '', 'orderNumber'],
    ['your_reference', '', 'orderNumber'],
    ['billed_to', '', 'customer'],
  ])('%s (%s) is about %s', (name, description, role) => {
    expect(roleOf(name, description)).toBe(role);
  });
});

describe('roleOf: opaque names, the meaning in the description', () => {
  it.each([
    // The role word that comes first is what the field is: a relative clause ("that issued...") only qualifies it.
    ['Name of the company or store that issued the receipt', 'company'],
    ['Company that issued the invoice', 'company'],
    ['Address of the company that issued the invoice', 'address'],
    ['Date the invoice was issued', 'date'],
    ["The store's street address", 'address'],
    // A date that is due is the due date; a bare amount yields to the kind of amount named after it.
    ['Date the payment is due', 'dueDate'],
    ['Amount before tax', 'subtotal'],
    ['Tax amount', 'tax'],
    ['Total amount paid', 'total'],
    ['Line total', 'amount'],
    // A relative clause names whose the value is, not what it is: a name, not the tax.
    ['Name of the employer who withheld the tax', 'generic'],
    // "Issued" in a clause opening with "that" says who issued it, not an issue date: an authority, the issuer.
    ['Authority that issued the licence', 'company'],
  ])('field_x "%s" is about %s', (description, role) => {
    expect(roleOf('field_x', description)).toBe(role);
  });
});

describe('labelsFor', () => {
  it('keeps a name whole as printed, small words too ("bill to" is not "bill")', () => {
    const labels = labelsFor('bill_to', undefined, roleOf('bill_to'));
    expect(labels).toContain('bill to');
    expect(labels).not.toContain('bill');
  });

  it('reads a phrase by its initials ("R.O." for a repair order), but not one ending in a label word ("SA" is no store address)', () => {
    expect(labelsFor('order_number', 'Repair order / job number', roleOf('order_number', 'Repair order / job number'))).toContain('ro');
    const address = labelsFor('address', 'Address of the company or store', 'address');
    expect(address).toEqual(expect.arrayContaining(['company address', 'store address']));
    expect(address).not.toContain('sa');
    expect(address).not.toContain('ca');
  });
});

describe('columnRole', () => {
  it("reads a line item's 'total' or 'subtotal' as that line's amount, other columns as their role", () => {
    expect(columnRole('total')).toBe('amount');
    expect(columnRole('subtotal')).toBe('amount');
    expect(columnRole('rate')).toBe('unitPrice');
  });
});

describe('labelsFor: translations', () => {
  it("gives a name the translations do not know the words other languages print for its description's", () => {
    expect(labelsFor('item', 'Vehicle or device being repaired', roleOf('item', 'Vehicle or device being repaired'))).toEqual(expect.arrayContaining(['fahrzeug', 'vehiculo', 'appliance', 'gerat']));
    expect(labelsFor('certificate_id', 'Certificate number', roleOf('certificate_id', 'Certificate number'))).toContain("numero d'attestation");
  });

  it("translates a name's head alone where the translations know it: the vehicle of vehicle_plate says whose plate", () => {
    const labels = labelsFor('vehicle_plate', 'Licence plate of the vehicle', roleOf('vehicle_plate', 'Licence plate of the vehicle'));
    expect(labels).toEqual(expect.arrayContaining(['kennzeichen', 'targa']));
    expect(labels).not.toContain('veicolo');
    expect(labels).not.toContain('fahrzeug');
  });
});
