// Receipts from places the other receipt sets leave out: Indian PIN codes, Latin-American tax-id rows and street
// abbreviations, Argentine, Dutch, Belgian and Japanese postcodes, a Japanese block-and-house number, a branch line
// under the name, and a restaurant card slip whose tip is added under the amount.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import { SROIE_SCHEMA } from '../../../src/engine/eval/dataset.ts';
import { pageOf, textOf, type Row } from './pages.ts';

async function receiptOf(rows: Row[]) {
  const page = pageOf(rows, 90);
  const out = await runExtraction(createOfflineProvider(), { schema: SROIE_SCHEMA, pages: [page], text: textOf(page), mode: 'advanced' });
  return out.results as { company?: string; address?: string; date?: string; total?: number };
}

const TAIL: Row[] = [
  [130, [40, 'DATE: 21/03/2023 12:40']],
  [160, [40, 'ITEM ONE'], [200, '120.00']],
  [174, [40, 'ITEM TWO'], [200, '80.00']],
  [200, [40, 'TOTAL'], [200, '200.00']],
  [214, [40, 'CASH'], [200, '500.00']],
  [228, [40, 'CHANGE'], [200, '300.00']],
];

describe('Indian PIN codes', () => {
  it('ends the address at a six-digit PIN after a dash, and keeps the PIN', async () => {
    const out = await receiptOf([
      [20, [40, 'ANNAPURNA SWEETS PVT. LTD.']],
      [34, [40, 'PLOT 7, SECTOR 22-B']],
      [48, [40, 'NOIDA - 201301']],
      [62, [40, 'GSTIN: 09AAACA1234F1Z5']],
      ...TAIL,
    ]);
    expect(out.address).toBe('PLOT 7, SECTOR 22-B NOIDA - 201301');
  });

  it('keeps a PIN after the state name rather than taking it for a registration number', async () => {
    const out = await receiptOf([
      [20, [40, 'KAVERI BOOK HOUSE']],
      [34, [40, '45, CHURCH STREET,']],
      [48, [40, 'MYSURU, KARNATAKA 570001']],
      [62, [40, 'DL NO: KA-M12345']],
      ...TAIL,
    ]);
    expect(out.address).toBe('45, CHURCH STREET, MYSURU, KARNATAKA 570001');
  });
});

describe('Latin-American receipts', () => {
  it('skips an R.F.C. row under the name and reads "AV." and "COL." as street words', async () => {
    const out = await receiptOf([
      [20, [40, 'PAPELERIA LA ESTRELLA S.A. DE C.V.']],
      [34, [40, 'R.F.C. PES010203AB4']],
      [48, [40, 'AV. REVOLUCION 880']],
      [62, [40, 'COL. SAN ANGEL']],
      [76, [40, 'PUEBLA, PUE. C.P. 72000']],
      ...TAIL,
    ]);
    expect(out.address).toBe('AV. REVOLUCION 880 COL. SAN ANGEL PUEBLA, PUE. C.P. 72000');
  });

  it('skips a NIT row and reads a Colombian "CRA" street', async () => {
    const out = await receiptOf([
      [20, [40, 'DROGUERIA EL ROBLE S.A.S.']],
      [34, [40, 'NIT 900.123.456-7']],
      [48, [40, 'CRA 15 # 93-47']],
      [62, [40, 'BOGOTA, CUNDINAMARCA']],
      ...TAIL,
    ]);
    expect(out.address).toBe('CRA 15 # 93-47 BOGOTA, CUNDINAMARCA');
  });

  it('takes an Argentine CPA postcode for one when the street has no street word', async () => {
    const out = await receiptOf([
      [20, [40, 'PANADERIA EL MOLINO S.R.L.']],
      [34, [40, 'SARMIENTO 1230']],
      [48, [40, 'C1041AAZ CABA']],
      ...TAIL,
    ]);
    expect(out.address).toBe('SARMIENTO 1230 C1041AAZ CABA');
  });

  it('ends an Argentine address before the IVA status row', async () => {
    const out = await receiptOf([
      [20, [40, 'LIBRERIA DEL SUR S.A.']],
      [34, [40, 'C.U.I.T. 30-71234567-8']],
      [48, [40, 'AV. SANTA FE 2100']],
      [62, [40, 'C1123AAP CABA']],
      [76, [40, 'IVA RESPONSABLE INSCRIPTO']],
      ...TAIL,
    ]);
    expect(out.address).toBe('AV. SANTA FE 2100 C1123AAP CABA');
  });
});

describe('Dutch and Belgian receipts', () => {
  it('reads a "-straat" street and a Dutch postcode', async () => {
    const out = await receiptOf([
      [20, [40, 'Fietsenwinkel De Ster B.V.']],
      [34, [40, 'Molenstraat 14']],
      [48, [40, '6511 HX Nijmegen']],
      [62, [40, 'Tel. 024-3221100']],
      ...TAIL,
    ]);
    expect(out.address).toBe('Molenstraat 14 6511 HX Nijmegen');
  });

  it('takes a Dutch postcode for one when the street has no street word', async () => {
    const out = await receiptOf([
      [20, [40, 'Boekhandel Het Anker B.V.']],
      [34, [40, 'Markt 5']],
      [48, [40, '5611 EB Eindhoven']],
      ...TAIL,
    ]);
    expect(out.address).toBe('Markt 5 5611 EB Eindhoven');
  });

  it('takes four digits and a town alone on a row for a postcode', async () => {
    const out = await receiptOf([
      [20, [40, 'Slagerij Janssens BV']],
      [34, [40, 'Kouter 12']],
      [48, [40, '9000 Gent']],
      ...TAIL,
    ]);
    expect(out.address).toBe('Kouter 12 9000 Gent');
  });

  it('does not take a street of four digits and one word for a postcode when it opens the address', async () => {
    const out = await receiptOf([
      [20, [40, 'MIDTOWN PRINT SHOP INC']],
      [34, [40, '1650 BROADWAY']],
      [48, [40, 'NEW YORK, NY 10019']],
      ...TAIL,
    ]);
    expect(out.address).toBe('1650 BROADWAY NEW YORK, NY 10019');
  });
});

describe('Japanese-style receipts', () => {
  it('keeps a block-and-house number that could read as a date, ends at the postcode', async () => {
    const out = await receiptOf([
      [20, [40, 'Hoshino Tea House Ltd.']],
      [34, [40, '3-5-12 Kita-Aoyama, Minato-ku,']],
      [48, [40, 'Tokyo 107-0061']],
      [62, [40, 'Tel 03-3400-1234']],
      ...TAIL,
    ]);
    expect(out.address).toBe('3-5-12 Kita-Aoyama, Minato-ku, Tokyo 107-0061');
  });

  it('leaves out the branch line between the name and the address', async () => {
    const out = await receiptOf([
      [20, [40, 'Midori Mart Co., Ltd.']],
      [34, [40, 'Umeda 2-chome Store']],
      [48, [40, '2-4-9 Umeda, Kita-ku,']],
      [62, [40, 'Osaka 530-0001']],
      ...TAIL,
    ]);
    expect(out.address).toBe('2-4-9 Umeda, Kita-ku, Osaka 530-0001');
  });
});

describe('a restaurant card slip', () => {
  it('takes the total after the tip over the amount before it', async () => {
    const out = await receiptOf([
      [20, [40, 'HARBOR GRILL']],
      [34, [40, '77 PIER AVE']],
      [48, [40, 'SEATTLE, WA 98101']],
      [70, [40, 'SERVER: JO'], [180, 'TABLE: 4']],
      [84, [40, '03/21/2023 7:15 PM']],
      [110, [40, 'SALMON'], [200, '28.00']],
      [124, [40, 'CHOWDER'], [200, '12.00']],
      [150, [40, 'SUBTOTAL'], [200, '40.00']],
      [164, [40, 'SALES TAX'], [200, '4.10']],
      [178, [40, 'AMOUNT'], [200, '44.10']],
      [200, [40, 'VISA'], [160, 'XXXXXXXXXXXX1234']],
      [224, [40, 'TIP'], [200, '8.00']],
      [244, [40, 'TOTAL'], [200, '52.10']],
      [270, [40, 'X______________________']],
    ]);
    expect(out.total).toBe(52.1);
  });
});
