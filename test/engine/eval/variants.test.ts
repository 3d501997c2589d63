// Schema variants of the scoreboard: every naming renames the schema and its labels alike, through the
// dialect it is rendered in, so a variant scores the extractor and not the renaming.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/engine/eval/dataset.ts';
import { applyVariant, SCHEMA_VARIANTS } from '../../../src/engine/eval/variants.ts';
import { roleOf } from '../../../src/engine/offline/vocabulary.ts';
import type { SchemaDef } from '../../../src/engine/types.ts';

const schema: SchemaDef = {
  fields: [
    { name: 'invoice_date', type: 'date', description: 'Date the invoice was issued' },
    { name: 'total_amount', type: 'number' },
    { name: 'line_items', type: 'list', items: { name: 'item', type: 'object', fields: [{ name: 'description', type: 'string' }, { name: 'unit_price', type: 'number' }] } },
  ],
};
const labels = { invoice_date: '2024-03-01', total_amount: 12.5, line_items: [{ description: 'Pens', unit_price: 2.5 }] };
const variant = (name: string) => SCHEMA_VARIANTS.find((v) => v.name === name)!;

describe('schema variants', () => {
  it('renames nested fields and their labels alike (camelCase through the canonical dialect)', () => {
    const applied = applyVariant(schema, variant('camelCase'));
    expect(applied.schema.fields.map((f) => f.name)).toEqual(['invoiceDate', 'totalAmount', 'lineItems']);
    expect(applied.schema.fields[2].items?.fields?.map((f) => f.name)).toEqual(['description', 'unitPrice']);
    expect(applied.relabel(labels)).toEqual({ invoiceDate: '2024-03-01', totalAmount: 12.5, lineItems: [{ description: 'Pens', unitPrice: 2.5 }] });
    expect(applied.originalName).toEqual({ invoiceDate: 'invoice_date', totalAmount: 'total_amount', lineItems: 'line_items' });
  });

  it('opaque names keep the meaning in descriptions, written from the name when there was none', () => {
    const applied = applyVariant(schema, variant('opaque names + descriptions'));
    expect(applied.schema.fields.map((f) => [f.name, f.description])).toEqual([
      ['field_a', 'Date the invoice was issued'],
      ['field_b', 'Total amount'],
      ['field_c', 'Line items'],
    ]);
  });

  it('goes through the dialect an uploaded schema would (JSON Schema, dates as plain strings), compared as the original types', () => {
    const applied = applyVariant(schema, variant('JSON Schema (dates as text)'));
    expect(applied.schema.fields.map((f) => f.type)).toEqual(['string', 'number', 'list']);
    expect(applied.compareAs).toEqual({ invoice_date: 'date', total_amount: 'number', line_items: 'list' });
  });

  it('names only drops every description', () => {
    const applied = applyVariant(schema, variant('synonyms A (names only)'));
    expect(applied.schema.fields.map((f) => [f.name, f.description])).toEqual([
      ['issued_on', undefined],
      ['invoice_total', undefined],
      ['items', undefined],
    ]);
    expect(applied.schema.fields[2].items?.fields?.map((f) => f.name)).toEqual(['desc', 'price']);
  });

  const invoices = loadDataset('eval/invoices').schema;

  it('names the net total, the amount paid and the balance due their own way in every synonym variant, no two fields alike', () => {
    for (const v of SCHEMA_VARIANTS.filter((x) => /synonyms|terse|Spanish|French|German|Italian|Portuguese/.test(x.name))) {
      const names = applyVariant(invoices, v).schema.fields.map((f) => f.name);
      expect(new Set(names).size, v.name).toBe(names.length);
      for (const original of ['net_total', 'amount_paid', 'balance_due']) expect(names, v.name).not.toContain(original);
    }
  });

  it('renames every field to a name (or description) of the same kind of value: an invoice total is no amount due', () => {
    for (const v of SCHEMA_VARIANTS) {
      const renamed = applyVariant(invoices, v).schema.fields;
      // Values, not lists: a list's rows say what they are by their own fields.
      invoices.fields.forEach((f, i) => f.type !== 'list' && expect(roleOf(renamed[i].name, renamed[i].description), `${v.name}: ${f.name} as ${renamed[i].name}`).toBe(roleOf(f.name, f.description)));
    }
  });

  it('names the fields of a French, German, Italian or Portuguese schema as their users do, each read as the same kind of value', () => {
    const names = (v: string) => applyVariant(invoices, variant(v)).schema.fields.map((f) => f.name);
    expect(names('French (names only)')).toEqual(expect.arrayContaining(['numero_facture', 'fournisseur', 'montant_ht', 'tva', 'montant_ttc']));
    expect(names('German (names only)')).toEqual(expect.arrayContaining(['rechnungsnummer', 'fälligkeitsdatum', 'nettobetrag', 'mwst', 'gesamtbetrag']));
    expect(names('Italian (names only)')).toEqual(expect.arrayContaining(['numero_fattura', 'fornitore', 'imponibile', 'iva', 'partita_iva']));
    expect(names('Portuguese (names only)')).toEqual(expect.arrayContaining(['numero_fatura', 'fornecedor', 'valor_iva', 'valor_total']));
  });
});
