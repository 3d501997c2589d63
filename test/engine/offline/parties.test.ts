// The issuer's name and address from the head of generated receipts, with the OCR slips and stray
// tokens scanned receipts carry.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { repairLegalForm } from '../../../src/engine/offline/parties.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { Page } from '../../../src/engine/types.ts';
import { pageOf, textOf, type Row } from './pages.ts';

const SCHEMA = {
  fields: [
    { name: 'company', type: 'string' as const, description: 'Name of the company or store that issued the receipt' },
    { name: 'address', type: 'string' as const, description: 'Address of the company or store' },
  ],
};

async function partiesOf(page: Page) {
  const out = await runExtraction(createOfflineProvider(), { schema: SCHEMA, pages: [page], text: textOf(page), mode: 'advanced' });
  return out.results;
}

const TAIL: Row[] = [
  [120, [60, 'DATE: 02/01/2019']],
  [150, [40, 'TOTAL'], [200, '9.90']],
];

describe('legal forms read through OCR slips', () => {
  it('repairs the Malay legal form and drops a speck before it', () => {
    expect(repairLegalForm('KEDAI SEJAHTERA SDN 8HD')).toBe('KEDAI SEJAHTERA SDN BHD');
    expect(repairLegalForm('ANGKASA MAJU (M) SON BHD.')).toBe('ANGKASA MAJU (M) SDN BHD.');
    expect(repairLegalForm('PERDANA GLOBAL. SDN BHD')).toBe('PERDANA GLOBAL SDN BHD');
    // Abbreviations keep their stop; "SON" alone is a word.
    expect(repairLegalForm('LIM PRESS CO. SDN BHD')).toBe('LIM PRESS CO. SDN BHD');
    expect(repairLegalForm('FATHER AND SON BAKERY')).toBe('FATHER AND SON BAKERY');
    // A lost letter: 'SD BHD' is no word of its own.
    expect(repairLegalForm('LIGHTROOM GALLERY SD BHD')).toBe('LIGHTROOM GALLERY SDN BHD');
    // The short form S/B with its S read as a 5; a leading "5/8" is no legal form.
    expect(repairLegalForm('KEDAI RUNCIT MAJU 5/B')).toBe('KEDAI RUNCIT MAJU S/B');
    expect(repairLegalForm('5/8 JALAN MAJU')).toBe('5/8 JALAN MAJU');
  });
});

describe('issuer name', () => {
  it('prefers the line whose misread legal form still marks a company over a larger name above it', async () => {
    const page = pageOf([
      [10, [70, 'lee mei ling']],
      [30, [60, 'KEDAI SEJAHTERA SDN 8HD']],
      [44, [60, 'NO 7, JALAN UTAMA,']],
      [58, [60, '47100 PUCHONG']],
      ...TAIL,
    ], 90);
    // The person's name is printed twice as large.
    for (const w of page.words.slice(0, 3)) w.box = [w.box[0], w.box[1] - 10, w.box[2], w.box[3]];
    expect((await partiesOf(page)).company).toBe('KEDAI SEJAHTERA SDN BHD');
  });

  it('does not take a labelled registration number for the name', async () => {
    const page = pageOf([
      [20, [60, 'Sunrise Petro Station']],
      // "Company" misread: the label is still found, its value is a number.
      [34, [60, 'Conpany No 001234567-A']],
      [48, [60, 'LOT 12 JLN PERMAI']],
      [62, [60, '53300 KL']],
      ...TAIL,
    ], 90);
    expect((await partiesOf(page)).company).toBe('Sunrise Petro Station');
  });

  it('keeps a name that carries its registration number after it', async () => {
    const page = pageOf([
      [20, [60, 'PERNIAGAAN SINAR TIMUR SDN BHD (CO. REG : 123456-X)']],
      [34, [60, 'NO 3, JALAN BESI 2,']],
      [48, [60, '81300 SKUDAI']],
      ...TAIL,
    ], 90);
    expect((await partiesOf(page)).company).toBe('PERNIAGAAN SINAR TIMUR SDN BHD');
  });

  it('drops a registration number whose opening parenthesis the reader lost, and reads S/B through a 5', async () => {
    const page = pageOf([
      [20, [60, 'KEDAI RUNCIT MAJU 5/B AS12345-6)']],
      [34, [60, 'NO 3, JALAN BESI 2,']],
      [48, [60, '81300 SKUDAI']],
      ...TAIL,
    ], 90);
    expect((await partiesOf(page)).company).toBe('KEDAI RUNCIT MAJU S/B');
  });

  it('passes over a token the reader itself doubts', async () => {
    const page = pageOf([
      [20, [60, 'WRQXELTMB']],
      [34, [60, 'Owner by Harbour Grill']],
      [48, [60, 'LOT 3, JALAN BUNGA 2/1,']],
      [62, [60, '52000 KL']],
      ...TAIL,
    ], 85);
    page.words[0].confidence = 5;
    expect((await partiesOf(page)).company).toBe('Owner by Harbour Grill');
  });
});

describe('issuer name beside noise', () => {
  it('leaves out words the reader had no confidence in at all at the edges of a well-read name', async () => {
    const page = pageOf([
      [20, [10, 'Fozo dt'], [60, 'PERNIAGAAN ZHENG HUI']],
      [48, [60, 'LOT 3, JALAN BUNGA 2/1,']],
      [62, [60, '52000 KL']],
      ...TAIL,
    ], 88);
    for (const w of page.words.slice(0, 2)) w.confidence = 0;
    expect((await partiesOf(page)).company).toBe('PERNIAGAAN ZHENG HUI');
  });
});

describe('issuer address', () => {
  it('takes the region printed after the street and postcode for the end of the address, not for a name', async () => {
    // The issuer's name is a logo the reader does not see.
    const page = pageOf([
      [20, [90, '(001234567-K)']],
      [34, [50, 'NO. 9, JALAN MERANTI, 45600 BATANG KALI']],
      [48, [80, 'SELANGOR DARUL EHSAN']],
      [62, [60, 'TEL: 03-3271 9872']],
      ...TAIL,
    ], 90);
    const parties = await partiesOf(page);
    expect(parties.company).toBeNull();
    expect(parties.address).toBe('NO. 9, JALAN MERANTI, 45600 BATANG KALI SELANGOR DARUL EHSAN');
  });

  it('skips a doubtful stray token and the lines of a former name before the address', async () => {
    const page = pageOf([
      [20, [60, 'Bintang Kopi Sdn Bhd']],
      [34, [60, 'XQ7ZK2-V']],
      [48, [60, 'formerly known as']],
      [62, [60, 'Kopi Lama Sdn Bhd']],
      [76, [60, 'Level 2, Menara Cerah,']],
      [90, [60, 'No.8, Jalan Kenari 5/2,']],
      [104, [60, '46200 Bukit Permai']],
      [118, [60, 'Negeri Utama']],
      [150, [60, 'DATE: 02/01/2019']],
    ], 88);
    page.words.find((w) => w.text === 'XQ7ZK2-V')!.confidence = 3;
    expect((await partiesOf(page)).address).toBe('Level 2, Menara Cerah, No.8, Jalan Kenari 5/2, 46200 Bukit Permai Negeri Utama');
  });

  it('drops registration labels and numbers, specks at word edges, and keeps every segment of an address row', async () => {
    const page = pageOf([
      [20, [60, 'KEDAI SERBA GUNA SDN BHD']],
      [34, [60, 'Conpany No 001234567-A']],
      [48, [60, '(CO REG : 86O1-D) LOT 12, JALAN MAWAR 3,']],
      [62, [60, 'TAMAN CEMPAKA,47100¢'], [300, 'SITE 1066']],
      [76, [60, '.']],
      [90, [60, 'PUCHONG'], [300, '32']],
      [104, [60, '2 14 Mar 2018 18:40']],
      [130, [60, 'TEL: 03-1234 5678']],
    ], 88);
    expect((await partiesOf(page)).address).toBe('LOT 12, JALAN MAWAR 3, TAMAN CEMPAKA,47100 SITE 1066 PUCHONG');
  });

  it('drops the brackets and rules a scan puts at the edges of every address word', async () => {
    const page = pageOf([
      [20, [60, 'KEDAI SERBA GUNA SDN BHD']],
      [34, [60, '[LOT 12, JALAN MAWAR 3,']],
      [48, [60, '|47100 ~PUCHONG]']],
      [130, [60, 'TEL: 03-1234 5678']],
    ], 88);
    expect((await partiesOf(page)).address).toBe('LOT 12, JALAN MAWAR 3, 47100 PUCHONG');
  });

  it('stops before a contact row even when it carries "No." and numbers', async () => {
    const page = pageOf([
      [20, [60, 'RIA HARDWARE TRADING']],
      [34, [60, 'LOT 5, JALAN RIA 2,']],
      [48, [60, 'TAMAN INDAH, 86000 KLUANG']],
      [62, [60, 'Tel:07-555 1234 GST No. 4321 : Fax:07-555 4321']],
      ...TAIL,
    ], 90);
    expect((await partiesOf(page)).address).toBe('LOT 5, JALAN RIA 2, TAMAN INDAH, 86000 KLUANG');
  });

  it('stops before a phone number whose label the reader misread, though it has a postcode-like shape', async () => {
    const page = pageOf([
      [20, [60, 'RIA HARDWARE TRADING']],
      [34, [60, 'LOT 5, JALAN RIA 2,']],
      [48, [60, 'TAMAN INDAH KLUANG JOHOR']],
      [62, [60, 'Tet: 0111-558 0000']],
      ...TAIL,
    ], 90);
    expect((await partiesOf(page)).address).toBe('LOT 5, JALAN RIA 2, TAMAN INDAH KLUANG JOHOR');
  });
});

describe('glyphs read again in the issuer block', () => {
  it('reads a doubted street, area or region word through one look-alike glyph', async () => {
    const page = pageOf([
      [20, [60, 'KEDAI MAJU (JOHGR) SDN BHD']],
      [34, [60, '12, JALAN MERANTI 3, THN SER1 INDAH,']],
      [48, [60, '81100 JOHOR BAHRU, JOHOR']],
      ...TAIL,
    ], 90);
    const parties = await partiesOf(page);
    expect(parties.company).toBe('KEDAI MAJU (JOHOR) SDN BHD');
    expect(parties.address).toBe('12, JALAN MERANTI 3, TMN SERI INDAH, 81100 JOHOR BAHRU, JOHOR');
  });

  it('reads a place name printed twice in the address the way the reader was surer of', async () => {
    const page = (doubted: string) => {
      const p = pageOf([
        [20, [60, 'KEDAI MAJU SDN BHD']],
        [34, [60, '12, Jalan Tampol 7/4, Kawasan Perindustrian']],
        [48, [60, 'Tampoi, 81200 Johor Bahru']],
        ...TAIL,
      ], 90);
      p.words.find((w) => w.text === doubted)!.confidence = 80;
      return p;
    };
    expect((await partiesOf(page('Tampol'))).address).toBe('12, Jalan Tampoi 7/4, Kawasan Perindustrian Tampoi, 81200 Johor Bahru');
    expect((await partiesOf(page('Tampoi,'))).address).toBe('12, Jalan Tampol 7/4, Kawasan Perindustrian Tampol, 81200 Johor Bahru');
  });

  it('reads a dollar sign opening an address number as the S it is drawn from', async () => {
    const page = pageOf([
      [20, [60, 'KEDAI MAJU SDN BHD']],
      [34, [60, '$117, Second Floor, Plaza Cerah,']],
      [48, [60, '81100 Johor Bahru, Johor']],
      ...TAIL,
    ], 90);
    page.words[4].confidence = 66;
    expect((await partiesOf(page)).address).toBe('S117, Second Floor, Plaza Cerah, 81100 Johor Bahru, Johor');
  });

  it('leaves words the reader was sure of, names outside the vocabulary and Spanish gender endings as printed', async () => {
    const sure = pageOf([
      [20, [60, 'KEDAI MAJU SDN BHD']],
      [34, [60, '12, JALAN MERANTI 3, THN INDAH,']],
      [48, [60, '81100 JOHOR BAHRU']],
      ...TAIL,
    ], 99);
    expect((await partiesOf(sure)).address).toBe('12, JALAN MERANTI 3, THN INDAH, 81100 JOHOR BAHRU');
    const spanish = pageOf([
      [20, [60, 'Talleres Ribera S.L.']],
      [34, [60, 'Avenida del Puerto 45']],
      [48, [60, '46023 Valencia']],
      ...TAIL,
    ], 90);
    expect((await partiesOf(spanish)).address).toBe('Avenida del Puerto 45 46023 Valencia');
    // Real words one look-alike glyph from a street word ("count"/"court", "mail"/"mall").
    const words = pageOf([
      [20, [60, 'KEDAI MAJU SDN BHD']],
      [34, [60, '12, Count Road, Mail Centre,']],
      [48, [60, '81100 Johor Bahru']],
      ...TAIL,
    ], 90);
    expect((await partiesOf(words)).address).toBe('12, Count Road, Mail Centre, 81100 Johor Bahru');
  });
});
