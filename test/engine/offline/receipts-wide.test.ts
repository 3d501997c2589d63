// Shop receipts beyond the Malaysian ones the extractor was first tuned on: thermal slips from the UK,
// Ireland, Australia, Germany, France, Italy and Portugal, with their own wording for cash, card and change,
// their postcodes and unlabelled phone rows, monospaced print and a brand printed over the company's name.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import { SROIE_SCHEMA } from '../../../src/engine/eval/dataset.ts';
import { pageOf, textOf, type Row } from './pages.ts';

async function extract(rows: Row[]) {
  const page = pageOf(rows, 90);
  return runExtraction(createOfflineProvider(), { schema: SROIE_SCHEMA, pages: [page], text: textOf(page), mode: 'advanced' });
}
const receiptOf = async (rows: Row[]) => (await extract(rows)).results as { company?: string; address?: string; date?: string; total?: number };

const ITEMS: Row[] = [
  [150, [40, 'Butter 250g'], [200, '2,29']],
  [164, [40, 'Roggenbrot 750g'], [200, '8,49']],
  [178, [40, 'Kaffee 500g'], [200, '6,99']],
];

describe('cash, card and change in other languages', () => {
  it('takes a German "SUMME" for the total\'s label: the total is not left for review', async () => {
    const out = await extract([
      [20, [60, 'Frischmarkt Handels GmbH']],
      [34, [70, 'Hauptstraße 112']],
      [48, [70, '10827 Berlin']],
      [80, [40, '12.03.2025 13:41']],
      ...ITEMS,
      [200, [40, 'SUMME'], [180, 'EUR 17,77']],
      [214, [40, 'EC-Karte'], [200, '17,77']],
    ]);
    expect(out.results.total).toBe(17.77);
    expect(out.confidenceScores.total).toBeGreaterThanOrEqual(80);
  });

  it('does not take the cash handed over for the total (German "Gegeben Bar", "Rückgeld")', async () => {
    const out = await receiptOf([
      [20, [60, 'Frischmarkt Handels GmbH']],
      [34, [70, 'Hauptstraße 112']],
      [48, [70, '10827 Berlin']],
      [80, [40, '12.03.2025 13:41']],
      ...ITEMS,
      [200, [40, 'SUMME'], [180, 'EUR 17,77']],
      [214, [40, 'Gegeben Bar'], [200, '40,00']],
      [228, [40, 'Rückgeld'], [200, '22,23']],
    ]);
    expect(out.total).toBe(17.77);
  });

  it('reads French, Italian and Portuguese cash and change rows as such: tendered − change proves a total whose label was lost', async () => {
    for (const [cash, change] of [['ESPECES', 'RENDU MONNAIE'], ['CONTANTI', 'RESTO'], ['Numerário', 'Troco']]) {
      const out = await receiptOf([
        [20, [60, 'Le Petit Marché SARL']],
        [34, [70, '12 rue des Martyrs']],
        [48, [70, '75009 Paris']],
        [80, [40, '10/06/2024 12:15']],
        ...ITEMS,
        // The total's label lost to a fold in the paper: only the receipt's arithmetic tells it.
        [200, [200, '17,77']],
        [214, [40, cash], [200, '50,00']],
        [228, [40, change], [200, '32,23']],
      ]);
      expect(out.total, cash).toBe(17.77);
    }
  });
});

describe('monospaced print', () => {
  it('reads thousands grouped with a space a whole character wide ("1 078,98")', async () => {
    const out = await receiptOf([
      [20, [60, 'Electro Plus SAS']],
      [34, [70, '1 place de la Gare']],
      [48, [70, '69003 Lyon']],
      [80, [40, 'Le 16/07/24']],
      [150, [40, 'TELEVISEUR 55P'], [200, '899,00']],
      [164, [40, 'CASQUE'], [200, '179,98']],
      // A space in a monospaced font is as wide as a digit: the gap between the glyphs of "1" and "078,98" is wider than a proportional font's.
      [200, [40, 'TOTAL TTC EUR'], [185, '1'], [198, '078,98']],
    ]);
    expect(out.total).toBe(1078.98);
  });
});

describe('the end of a shop address', () => {
  it('stops at a phone number printed without a label, or after one whose last group looks like a postcode', async () => {
    const unlabelled = await receiptOf([
      [20, [60, 'The Copper Kettle']],
      [34, [70, '14 Market Street']],
      [48, [70, 'York']],
      [62, [70, '(01904) 000805']],
      [80, [40, '24 Nov 2025']],
      [200, [40, 'TOTAL'], [200, '9.60']],
    ]);
    expect(unlabelled.address).toBe('14 Market Street York');
    const labelled = await receiptOf([
      [20, [60, 'The Harbour Bar Ltd']],
      [34, [70, 'Main Street']],
      [48, [70, 'Clonakilty']],
      [62, [70, 'Tel: 023 88 93345']],
      [80, [40, '24/11/2025']],
      [200, [40, 'TOTAL'], [200, '9.60']],
    ]);
    expect(labelled.address).toBe('Main Street Clonakilty');
  });

  it('stops at an Australian Business Number and a "Ph:" row', async () => {
    const out = await receiptOf([
      [20, [60, 'Bean There Pty Ltd']],
      [34, [70, 'Shop 3, 88 Glebe Point Rd']],
      [48, [70, 'Glebe 2037']],
      [62, [70, 'ABN 27 694 423 348']],
      [76, [70, 'Ph: 091 123456']],
      [90, [40, '24/11/2025']],
      [200, [40, 'TOTAL'], [200, '9.60']],
    ]);
    expect(out.address).toBe('Shop 3, 88 Glebe Point Rd Glebe 2037');
  });

  it('knows Irish Eircodes and Australian state postcodes: the address ends with them', async () => {
    for (const [street, town] of [['Main Street', 'Co. Cork P85 X267'], ['88 Glebe Point Rd', 'Glebe NSW 2037']]) {
      const out = await receiptOf([
        [20, [60, 'Harbour Foods Ltd']],
        [34, [70, street]],
        [48, [70, town]],
        [62, [70, 'Open 7 days']],
        [90, [40, '24/11/2025']],
        [200, [40, 'TOTAL'], [200, '9.60']],
      ]);
      expect(out.address, town).toBe(`${street} ${town}`);
    }
  });
});

describe('British postcodes', () => {
  it('reads the 1 of an outward code read as an l back ("YOl 8SP"): an outward code always carries a digit', async () => {
    const rows = (town: string): Row[] => [
      [20, [60, 'The Copper Kettle']],
      [34, [70, '14 Market Street']],
      [48, [70, town]],
      [80, [40, '24 Nov 2025']],
      [200, [40, 'TOTAL'], [200, '9.60']],
    ];
    expect((await receiptOf(rows('York YOl 8SP'))).address).toBe('14 Market Street York YO1 8SP');
    // A letter where an outward code may print one stays as printed.
    expect((await receiptOf(rows('London SW1A 1AA'))).address).toBe('14 Market Street London SW1A 1AA');
  });

  it('reads the 0 opening an inward code read as an O back ("BS2 OJN"): an inward code opens with a digit', async () => {
    const rows: Row[] = [
      [20, [60, 'The Copper Kettle']],
      [34, [70, 'Unit 4, Brunel Court']],
      [48, [70, 'Bristol BS2 OJN']],
      [80, [40, '24 Nov 2025']],
      [200, [40, 'TOTAL'], [200, '9.60']],
    ];
    expect((await receiptOf(rows)).address).toBe('Unit 4, Brunel Court Bristol BS2 0JN');
  });
});

describe('Irish Eircodes', () => {
  it('reads the 0 of a routing key read as an O back ("DO2 X576"): a routing key is a letter and two digits', async () => {
    const rows = (code: string): Row[] => [
      [20, [60, 'Liffey Print Works Ltd']],
      [34, [70, '3 Grand Canal Quay']],
      [48, [70, `Dublin 2, ${code}`]],
      [80, [40, '24 Nov 2025']],
      [200, [40, 'TOTAL'], [200, '9.60']],
    ];
    expect((await receiptOf(rows('DO2 X576'))).address).toBe('3 Grand Canal Quay Dublin 2, D02 X576');
    // "D6W" is a routing key as printed.
    expect((await receiptOf(rows('D6W FH23'))).address).toBe('3 Grand Canal Quay Dublin 2, D6W FH23');
  });
});

describe('German street names', () => {
  it('reads the ß of "-straße" an English reader took for an f or a B back', async () => {
    for (const street of ['Hauptstrafe 112', 'HauptstraBe 112']) {
      const out = await receiptOf([
        [20, [60, 'Frischmarkt Handels GmbH']],
        [34, [70, street]],
        [48, [70, '10827 Berlin']],
        [80, [40, '12.03.2025 13:41']],
        [200, [40, 'SUMME'], [180, 'EUR 17,77']],
      ]);
      expect(out.address, street).toBe('Hauptstraße 112 10827 Berlin');
    }
  });
});

describe('a brand over the company name', () => {
  it('takes the company name, not the brand in capitals above it joined to it', async () => {
    const out = await receiptOf([
      [20, [60, "O'SULLIVAN'S PHARMACY"]],
      [34, [60, "O'Sullivan Healthcare Ltd"]],
      [48, [70, 'Main Street']],
      [62, [70, 'Clonakilty P85 X267']],
      [90, [40, '24/11/2025']],
      [200, [40, 'TOTAL'], [200, '9.60']],
    ]);
    expect(out.company).toBe("O'Sullivan Healthcare Ltd");
  });

  it('still joins a name wrapped over two rows in one case', async () => {
    const out = await receiptOf([
      [20, [60, 'SYARIKAT PERNIAGAAN MAJU JAYA']],
      [34, [60, 'SDN BHD']],
      [48, [70, 'NO 7, JALAN UTAMA,']],
      [62, [70, '47100 PUCHONG']],
      [90, [40, '24/11/2025']],
      [200, [40, 'TOTAL'], [200, '9.60']],
    ]);
    expect(out.company).toBe('SYARIKAT PERNIAGAAN MAJU JAYA SDN BHD');
  });
});
