// The offline provider on invoices printed in French and German, asked for with schemas named in those
// languages (and in Italian and Portuguese): compound names, umlauts, "HT"/"TTC", "MwSt.", "Rechnungsempfänger".
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { roleOf } from '../../../src/engine/offline/vocabulary.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { Page, SchemaDef } from '../../../src/engine/types.ts';
import { pageOf, textOf } from './pages.ts';

const run = (schema: SchemaDef, page: Page) => runExtraction(createOfflineProvider(), { schema, pages: [page], text: textOf(page), mode: 'advanced' });
const fields = (names: [string, 'string' | 'number' | 'date'][]): SchemaDef => ({ fields: names.map(([name, type]) => ({ name, type })) });

const facture = pageOf([
  [40, [60, 'Atelier Lumière SARL'], [360, 'Facture n° FA-2024-118']],
  [54, [60, '14 rue des Tanneurs'], [360, 'Date de facture : 03/05/2024']],
  [68, [60, '69002 Lyon'], [360, "Date d'échéance : 02/06/2024"]],
  [100, [60, 'Client :']],
  [114, [60, 'Boulangerie Martin SAS']],
  [150, [60, 'Désignation'], [300, 'Qté'], [360, 'Prix unitaire'], [460, 'Montant HT']],
  [168, [60, 'Lampe de bureau'], [300, '4'], [360, '45,00'], [460, '180,00']],
  [182, [60, 'Installation'], [300, '1'], [360, '120,00'], [460, '120,00']],
  [220, [300, 'Total HT'], [460, '300,00']],
  [234, [300, 'TVA 20 %'], [460, '60,00']],
  [248, [300, 'Total TTC'], [460, '360,00']],
  [262, [300, 'Acompte versé'], [460, '100,00']],
  [276, [300, 'Reste à payer'], [460, '260,00']],
]);

const rechnung = pageOf([
  [40, [60, 'Nordlicht Technik GmbH'], [360, 'Rechnung Nr. RE-55120']],
  [54, [60, 'Hafenstraße 8'], [360, 'Rechnungsdatum: 12.03.2024']],
  [68, [60, '20457 Hamburg'], [360, 'Fälligkeitsdatum: 11.04.2024']],
  [100, [60, 'Rechnungsempfänger:']],
  [114, [60, 'Bäckerei Sommer KG']],
  [150, [60, 'Beschreibung'], [300, 'Menge'], [360, 'Einzelpreis'], [460, 'Betrag']],
  [168, [60, 'Wartung Kältetechnik'], [300, '2'], [360, '250,00'], [460, '500,00']],
  [182, [60, 'Ersatzteile'], [300, '5'], [360, '18,00'], [460, '90,00']],
  [220, [300, 'Nettobetrag'], [460, '590,00']],
  [234, [300, 'MwSt. 19 %'], [460, '112,10']],
  [248, [300, 'Gesamtbetrag'], [460, '702,10']],
]);

describe('offline provider: a French invoice asked for in French', () => {
  it('reads HT as the subtotal, TTC as the total, the deposit and what is left to pay, and the client under "Client"', async () => {
    const out = await run(
      fields([['numero_facture', 'string'], ['date_facture', 'date'], ['date_echeance', 'date'], ['fournisseur', 'string'], ['client', 'string'],
        ['montant_ht', 'number'], ['tva', 'number'], ['montant_ttc', 'number'], ['acompte', 'number'], ['reste_a_payer', 'number']]),
      facture,
    );
    expect(out.results).toEqual({
      numero_facture: 'FA-2024-118', date_facture: '2024-05-03', date_echeance: '2024-06-02', fournisseur: 'Atelier Lumière SARL', client: 'Boulangerie Martin SAS',
      montant_ht: 300, tva: 60, montant_ttc: 360, acompte: 100, reste_a_payer: 260,
    });
  });

  it('reads the line items under French column names', async () => {
    const schema: SchemaDef = { fields: [{ name: 'lignes', type: 'list', items: { name: 'ligne', type: 'object', fields: [{ name: 'designation', type: 'string' }, { name: 'quantite', type: 'integer' }, { name: 'prix_unitaire', type: 'number' }, { name: 'montant', type: 'number' }] } }] };
    expect((await run(schema, facture)).results.lignes).toEqual([
      { designation: 'Lampe de bureau', quantite: 4, prix_unitaire: 45, montant: 180 },
      { designation: 'Installation', quantite: 1, prix_unitaire: 120, montant: 120 },
    ]);
  });
});

describe('offline provider: a German invoice asked for in German', () => {
  it('reads compound names by the noun they end in, umlauts written or spelled out, and the recipient under "Rechnungsempfänger"', async () => {
    const out = await run(
      fields([['rechnungsnummer', 'string'], ['rechnungsdatum', 'date'], ['faelligkeitsdatum', 'date'], ['lieferant', 'string'], ['lieferantenanschrift', 'string'],
        ['kunde', 'string'], ['nettobetrag', 'number'], ['mwst', 'number'], ['gesamtbetrag', 'number']]),
      rechnung,
    );
    expect(out.results).toEqual({
      rechnungsnummer: 'RE-55120', rechnungsdatum: '2024-03-12', faelligkeitsdatum: '2024-04-11', lieferant: 'Nordlicht Technik GmbH', lieferantenanschrift: 'Hafenstraße 8 20457 Hamburg',
      kunde: 'Bäckerei Sommer KG', nettobetrag: 590, mwst: 112.1, gesamtbetrag: 702.1,
    });
  });

  it('reads the line items under German column names', async () => {
    const schema: SchemaDef = { fields: [{ name: 'positionen', type: 'list', items: { name: 'position', type: 'object', fields: [{ name: 'beschreibung', type: 'string' }, { name: 'menge', type: 'integer' }, { name: 'einzelpreis', type: 'number' }, { name: 'betrag', type: 'number' }] } }] };
    expect((await run(schema, rechnung)).results.positionen).toEqual([
      { beschreibung: 'Wartung Kältetechnik', menge: 2, einzelpreis: 250, betrag: 500 },
      { beschreibung: 'Ersatzteile', menge: 5, einzelpreis: 18, betrag: 90 },
    ]);
  });
});

describe('field roles of Italian and Portuguese names', () => {
  it('reads what each name asks for; a tax registration number is no tax, an Italian "data" a date only when it names one', () => {
    const roles = (names: string[]) => names.map((n) => roleOf(n));
    expect(roles(['numero_fattura', 'data_fattura', 'data_scadenza', 'fornitore', 'indirizzo_fornitore', 'imponibile', 'iva', 'totale', 'partita_iva', 'prezzo_unitario', 'quantita', 'importo']))
      .toEqual(['documentNumber', 'date', 'dueDate', 'company', 'address', 'subtotal', 'tax', 'total', 'taxId', 'unitPrice', 'quantity', 'amount']);
    expect(roles(['nota_fiscal', 'data_emissao', 'fornecedor', 'endereco', 'valor_sem_iva', 'valor_iva', 'valor_total', 'numero_tva', 'ust_idnr', 'raw_data']))
      .toEqual(['documentNumber', 'date', 'company', 'address', 'subtotal', 'tax', 'total', 'taxId', 'taxId', 'generic']);
  });
});

describe('offline provider: the total after a discount, asked for in other languages', () => {
  const page = pageOf([
    [40, [60, 'Orbit Office Ltd'], [360, 'Invoice No: INV-7781']],
    [200, [300, 'Subtotal'], [460, '400.00']],
    [214, [300, 'Discount'], [460, '-100.00']],
    [228, [300, 'Net total'], [460, '300.00']],
    [242, [300, 'VAT 20%'], [460, '60.00']],
    [256, [300, 'Total'], [460, '360.00']],
  ]);

  it('reads "after discount" in French, German, Italian and Portuguese names as the net total', async () => {
    const names = ['total_apres_remise', 'summe_nach_rabatt', 'totale_scontato', 'total_com_desconto'];
    const out = await run(fields(names.map((n) => [n, 'number'])), page);
    expect(out.results).toEqual(Object.fromEntries(names.map((n) => [n, 300])));
  });
});

describe('offline provider: a Portuguese and an Austrian invoice', () => {
  const fatura = pageOf([
    [40, [60, 'Distribuidora Atlântico S.A.'], [360, 'Fatura n.º FT-2024/118']],
    [54, [60, 'Rua Augusta 120']],
    [68, [60, '1100-053 Lisboa']],
    [100, [60, 'Encomenda n.º:'], [200, '021857']],
    [200, [300, 'Total sem IVA'], [460, '5.433,70 €']],
    [214, [300, 'IVA 23%'], [460, '1.249,75 €']],
    [228, [300, 'Valor total'], [460, '6.683,45 €']],
  ]);

  it("takes the tax from its own row, not from the total printed without it, and the order number after 'Encomenda n.º'", async () => {
    const out = await run(fields([['numero_fatura', 'string'], ['numero_encomenda', 'string'], ['valor_sem_iva', 'number'], ['valor_iva', 'number'], ['valor_total', 'number']]), fatura);
    expect(out.results).toEqual({ numero_fatura: 'FT-2024/118', numero_encomenda: '021857', valor_sem_iva: 5433.7, valor_iva: 1249.75, valor_total: 6683.45 });
  });

  it('reads an address by its street word where the postcode has four digits ("Bahnhofstraße 31, 6020 Innsbruck")', async () => {
    const rechnung = pageOf([
      [40, [60, 'Alpenblick Handels AG'], [340, 'Kunde:']],
      [54, [60, 'Bahnhofstraße 31'], [340, 'Praxis Dr. Weber']],
      [68, [60, '6020 Innsbruck'], [340, 'Marktplatz 9']],
      [82, [60, 'Tel. +43 512 555 0101'], [340, '80331 München']],
    ]);
    const out = await run(fields([['lieferant', 'string'], ['anschrift', 'string'], ['kunde', 'string']]), rechnung);
    expect(out.results).toEqual({ lieferant: 'Alpenblick Handels AG', anschrift: 'Bahnhofstraße 31 6020 Innsbruck', kunde: 'Praxis Dr. Weber' });
  });
});

describe("offline provider: French 'Net à payer' is the total", () => {
  it("never reads a net amount (the subtotal) from the row of the net to pay", async () => {
    const page = pageOf([
      [40, [60, 'Imprimerie Garnier SAS']],
      [214, [300, 'dont TVA (20 %)'], [460, '653,14 €']],
      [228, [300, 'Net à payer'], [460, '3 918,85 €']],
    ]);
    const out = await run(fields([['net', 'number'], ['total', 'number']]), page);
    expect(out.results).toEqual({ net: null, total: 3918.85 });
  });
});

describe('Dutch', () => {
  const factuur = pageOf([
    [40, [60, 'Dierenartsenpraktijk De Linde'], [360, 'FACTUUR']],
    [54, [60, 'Lindelaan 12, 3511 AB Utrecht'], [360, 'Factuurnummer: 20240318']],
    [68, [60, 'KvK 12345678 · Btw-nr. NL123456789B01'], [360, 'Factuurdatum: 4 maart 2024']],
    [82, [360, 'Vervaldatum: 18 maart 2024']],
    [110, [60, 'Klant:'], [140, 'Anna de Vries']],
    [124, [60, 'Patiënt:'], [140, 'Max (hond, Labrador, reu)']],
    [150, [60, 'Omschrijving'], [300, 'Aantal'], [360, 'Prijs'], [460, 'Bedrag']],
    [168, [60, 'Consult'], [300, '1'], [360, '€ 42,50'], [460, '€ 42,50']],
    [182, [60, 'Vaccinatie'], [300, '1'], [360, '€ 48,00'], [460, '€ 48,00']],
    [220, [300, 'Subtotaal'], [460, '€ 90,50']],
    [234, [300, 'Btw 21%'], [460, '€ 19,01']],
    [248, [300, 'Totaal te betalen'], [460, '€ 109,51']],
  ]);

  it('reads an invoice printed in Dutch for a schema named in English', async () => {
    const schema: SchemaDef = {
      fields: [
        { name: 'invoice_number', type: 'string' },
        { name: 'invoice_date', type: 'date' },
        { name: 'due_date', type: 'date' },
        { name: 'customer_name', type: 'string' },
        { name: 'subtotal', type: 'number' },
        { name: 'tax_amount', type: 'number' },
        { name: 'total_amount', type: 'number' },
      ],
    };
    expect((await run(schema, factuur)).results).toEqual({
      invoice_number: '20240318', invoice_date: '2024-03-04', due_date: '2024-03-18', customer_name: 'Anna de Vries', subtotal: 90.5, tax_amount: 19.01, total_amount: 109.51,
    });
  });

  it('reads a pet\'s name without the aside describing it, and its species from the Dutch word', async () => {
    const schema: SchemaDef = { fields: [{ name: 'pet_name', type: 'string' }, { name: 'species', type: 'enum', values: ['Dog', 'Cat', 'Horse', 'Other'] }] };
    expect((await run(schema, factuur)).results).toEqual({ pet_name: 'Max', species: 'Dog' });
  });

  it('takes no word one letter from a Dutch label for it ("Plant" is no "klant")', async () => {
    const page = pageOf([
      [40, [60, 'Brennan Plant & Tool Hire Ltd', 14]],
      [90, [60, 'Hirer'], [300, 'Site address']],
      [104, [60, 'Fenland Landscapes Ltd'], [300, 'Rear of 22 High Street']],
    ]);
    expect((await run({ fields: [{ name: 'hirer_name', type: 'string', description: 'Who is hiring the equipment (customer)?' }] }, page)).results).toEqual({ hirer_name: 'Fenland Landscapes Ltd' });
  });
});
