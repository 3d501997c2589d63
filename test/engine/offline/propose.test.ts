// Offline schema proposals: from a document's label/value pairs and table, and from a sentence.
import { describe, expect, it } from 'vitest';
import { proposeSchemaFromDescription, proposeSchemaFromDocument } from '../../../src/engine/offline/propose.ts';
import { pageOf } from './pages.ts';

describe('proposeSchemaFromDocument', () => {
  it('proposes typed fields from label/value pairs and a line-item list from the table', () => {
    const page = pageOf([
      [40, [60, 'Invoice number: INV-001']],
      [56, [60, 'Invoice date: 15/06/2024']],
      [72, [60, 'Total due: 1,200.00']],
      [100, [60, 'Description'], [300, 'Qty'], [360, 'Unit price'], [460, 'Amount']],
      [118, [60, 'Chairs'], [300, '2'], [360, '600.00'], [460, '1,200.00']],
    ]);
    const schema = proposeSchemaFromDocument([page]);
    const byName = Object.fromEntries(schema.fields.map((f) => [f.name, f]));
    expect(byName.invoice_number.type).toBe('string');
    expect(byName.invoice_date.type).toBe('date');
    expect(byName.total_due.type).toBe('number');
    expect(byName.line_items.type).toBe('list');
    expect(byName.line_items.items?.fields?.map((f) => [f.name, f.type])).toEqual([
      ['description', 'string'],
      ['qty', 'integer'],
      ['unit_price', 'number'],
      ['amount', 'number'],
    ]);
  });
});

describe('proposeSchemaFromDescription', () => {
  it('splits a sentence into named fields with types from their names', () => {
    const schema = proposeSchemaFromDescription('contract', 'Extract the supplier name, the contract date, the total amount and the payment due date');
    expect(schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['supplier_name', 'string'],
      ['contract_date', 'date'],
      ['total_amount', 'number'],
      ['payment_due_date', 'date'],
    ]);
  });

  it('understands Spanish', () => {
    const schema = proposeSchemaFromDescription('factura', 'Extraer el número de factura, la fecha, el proveedor y el importe total');
    expect(schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['numero_de_factura', 'string'],
      ['fecha', 'date'],
      ['proveedor', 'string'],
      ['importe_total', 'number'],
    ]);
  });
});
