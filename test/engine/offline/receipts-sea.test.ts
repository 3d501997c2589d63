// Malaysian and Singaporean shop receipts beyond the SROIE dev ones: a brand printed over the registered
// name, a name wrapped over two rows, a registration number read with stray brackets, Singapore's six-digit
// postcodes, a phone number on the postcode's row, and receipts worded in Malay.
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
  [120, [40, 'TAX INVOICE']],
  [134, [40, 'DATE : 14/05/2018 10:21:44']],
  [160, [40, 'FLOOR TILE 30X30'], [200, '45.00']],
  [174, [40, 'TILE GROUT 1KG'], [200, '8.50']],
  [200, [40, 'TOTAL (INCLUSIVE GST)'], [200, '53.50']],
  [214, [40, 'CASH'], [200, '60.00']],
  [228, [40, 'CHANGE'], [200, '6.50']],
];

describe('the registered name under a brand', () => {
  it('takes the legal name, not the brand over it joined to it, when the brand repeats its words', async () => {
    const out = await receiptOf([
      [20, [70, 'SENG FATT HARDWARE']],
      [34, [30, 'SENG FATT HARDWARE TRADING SDN BHD (998877-X)']],
      [48, [40, 'NO. 12, JALAN KENANGA 4,']],
      [62, [40, '70200 SEREMBAN, NEGERI SEMBILAN']],
      [76, [40, 'TEL : 06-761 2230']],
      [90, [40, 'GST REG NO : 000712345678']],
      ...TAIL,
    ]);
    expect(out.company).toBe('SENG FATT HARDWARE TRADING SDN BHD');
  });

  it('takes the name that carries the registration number below it over a brand above it', async () => {
    const out = await receiptOf([
      [20, [60, 'RESTORAN MUTIARA SELERA']],
      [34, [60, 'MUTIARA SELERA ENTERPRISE']],
      [48, [80, '(001122334-W)']],
      [62, [40, 'NO. 3, JALAN MELATI 2,']],
      [76, [40, '31400 IPOH, PERAK']],
      [90, [40, 'TEL: 05-545 1120']],
      ...TAIL,
    ]);
    expect(out.company).toBe('MUTIARA SELERA ENTERPRISE');
  });

  it('joins a name wrapped onto a second row that its registration number follows', async () => {
    const out = await receiptOf([
      [20, [50, 'KEDAI RUNCIT DAN BORONG']],
      [34, [70, 'PERMATA INDAH']],
      [48, [70, '(003456789-T)']],
      [62, [40, 'NO. 14, JALAN SULTAN,']],
      [76, [40, '25200 KUANTAN, PAHANG']],
      ...TAIL,
    ]);
    expect(out.company).toBe('KEDAI RUNCIT DAN BORONG PERMATA INDAH');
  });

  it('joins a name continued on a row that opens with "&"', async () => {
    const out = await receiptOf([
      [20, [60, 'SUNRISE FLORIST']],
      [34, [60, '& GIFT SHOP']],
      [48, [40, 'NO. 4, JALAN IMBI,']],
      [62, [40, '55100 KUALA LUMPUR']],
      ...TAIL,
    ]);
    expect(out.company).toBe('SUNRISE FLORIST & GIFT SHOP');
  });
});

describe('the address', () => {
  it('leaves out a registration number read with stray brackets', async () => {
    const out = await receiptOf([
      [20, [40, 'KEDAI BATU BATA JAYA SDN BHD']],
      [34, [70, '({778899-K}']],
      [48, [40, 'LOT 7, JALAN PERUSAHAAN 2,']],
      [62, [40, '08000 SUNGAI PETANI, KEDAH']],
      [76, [40, 'TEL: 04-421 7788']],
      ...TAIL,
    ]);
    expect(out.address).toBe('LOT 7, JALAN PERUSAHAAN 2, 08000 SUNGAI PETANI, KEDAH');
  });

  it('stops at a phone number printed on the postcode\'s row', async () => {
    const out = await receiptOf([
      [20, [40, 'SINAR GEMILANG OPTICAL SDN BHD']],
      [34, [40, 'NO. 6, JALAN KENARI 3,']],
      [48, [40, '47170 PUCHONG, SELANGOR. TEL: 03-8070 2211']],
      ...TAIL,
    ]);
    expect(out.address).toBe('NO. 6, JALAN KENARI 3, 47170 PUCHONG, SELANGOR.');
  });

  it('leaves out the Malay heading "RESIT" printed under it', async () => {
    const out = await receiptOf([
      [20, [40, 'KEDAI KASUT ZAINAL ENTERPRISE']],
      [34, [40, 'NO. 9, JALAN TUN RAZAK,']],
      [48, [40, '15000 KOTA BHARU, KELANTAN']],
      [76, [70, 'RESIT']],
      [120, [40, 'TARIKH: 14/05/2018']],
      [160, [40, 'KASUT SEKOLAH'], [200, '25.90']],
      [200, [40, 'JUMLAH'], [200, '25.90']],
    ]);
    expect(out.address).toBe('NO. 9, JALAN TUN RAZAK, 15000 KOTA BHARU, KELANTAN');
  });

  it('reads back a 5 taken for an S in the lot number and the postcode of a faint print', async () => {
    const out = await receiptOf([
      [20, [40, 'CAHAYA BULAN TRADING SDN BHD']],
      [34, [40, 'LOT S, JALAN MAWAR 2,']],
      [48, [40, 'S2100 KLANG, SELANGOR']],
      [62, [40, 'TEL: 03-3341 2290']],
      ...TAIL,
    ]);
    expect(out.address).toBe('LOT 5, JALAN MAWAR 2, 52100 KLANG, SELANGOR');
  });

  it('keeps a Singapore postcode printed beside the phone number', async () => {
    const out = await receiptOf([
      [20, [40, 'TEMBUSU BOOKS PTE LTD']],
      [34, [40, '50 JURONG GATEWAY ROAD #02-11']],
      [48, [40, 'Singapore 608549 TEL: 6565 3321']],
      [62, [40, 'GST REG NO: 201412345K']],
      ...TAIL,
    ]);
    expect(out.address).toBe('50 JURONG GATEWAY ROAD #02-11 Singapore 608549');
  });

  it('ends with a Singapore postcode', async () => {
    const out = await receiptOf([
      [20, [40, 'ORCHID LANE PTE. LTD.']],
      [34, [40, '391 ORCHARD ROAD #03-12']],
      [48, [40, 'NGEE ANN CITY']],
      [62, [40, 'Singapore 238872']],
      [76, [40, 'TEL: 6735 0012']],
      [90, [40, 'GST REG NO: 200512345M']],
      ...TAIL,
    ]);
    expect(out.address).toBe('391 ORCHARD ROAD #03-12 NGEE ANN CITY Singapore 238872');
  });
});

describe('the total on a receipt worded in Malay', () => {
  it('takes "JUMLAH BESAR" after rounding, not the cash handed over ("TUNAI") or the change ("BAKI")', async () => {
    const out = await receiptOf([
      [20, [40, 'GERAI MAKAN PAK LONG']],
      [34, [40, 'NO. 1, JALAN PASAR,']],
      [48, [40, '06000 JITRA, KEDAH']],
      [80, [40, 'TARIKH: 03.06.18']],
      [110, [40, 'NASI AYAM x2'], [200, '14.00']],
      [124, [40, 'TEH AIS x2'], [200, '4.42']],
      [150, [40, 'JUMLAH'], [200, '18.42']],
      [164, [40, 'PENGGENAPAN'], [200, '-0.02']],
      [178, [40, 'JUMLAH BESAR'], [200, '18.40']],
      [192, [40, 'TUNAI'], [200, '50.00']],
      [206, [40, 'BAKI'], [200, '31.60']],
    ]);
    expect(out.total).toBe(18.4);
  });
});
