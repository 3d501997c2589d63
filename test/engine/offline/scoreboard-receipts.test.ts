// The offline extractor's scoreboard for receipts in CI (the rest in scoreboard.test.ts): the same command as
// `npm run eval -- <dir> --json`, with the real reader (no cache): every receipt here is OCR'd.
import { describe, expect, it } from 'vitest';
import { evalJson } from '../../support/eval-cli.ts';

describe('npm run eval on receipts', () => {
  it('reads and extracts real scanned receipts (first 6 of sroie-dev, OCR) above a floor', async () => {
    const report = await evalJson('../shared/eval/sroie-dev', '--limit', '6');
    expect(report.n).toBe(6);
    // Measured 0.625 overall, date 0.83, total 1.0, every wrong value flagged on these six low-resolution
    // scans; a broken reader or extractor drops far below.
    expect(report.overall).toBeGreaterThanOrEqual(0.55);
    expect(report.fields.date).toBeGreaterThanOrEqual(0.66);
    expect(report.fields.total).toBeGreaterThanOrEqual(0.8);
    expect(report.wrongFlaggedShare).toBeGreaterThanOrEqual(0.75);
  }, 240_000);

  it('reads generated thermal receipts from nine countries (eval/receipts, OCR) above a floor', async () => {
    const report = await evalJson('eval/receipts');
    expect(report.n).toBe(16);
    // Measured 0.953 overall (company 0.94, date 1, address 0.88, total 1) on 16 scanned-looking receipts from the
    // UK, US, Ireland, Australia, Spain, France, Germany, Italy and Portugal, read with the default English OCR;
    // 0.8125 before the fixes for their wording, postcodes, phone rows and monospaced print.
    expect(report.overall).toBeGreaterThanOrEqual(0.92);
    expect(report.fields.date).toBeGreaterThanOrEqual(0.93);
    expect(report.fields.total).toBeGreaterThanOrEqual(0.93);
    // 16 images OCR'd without the cache take about 20 seconds.
  }, 180_000);

  it('reads generated Malaysian and Singaporean receipts (eval/receipts-sea, OCR) above a floor', async () => {
    const report = await evalJson('eval/receipts-sea');
    expect(report.n).toBe(30);
    // Measured 0.983 overall (company 1, date 1, address 0.93, total 1) on 30 receipts in the style of Malaysian and
    // Singaporean shops none of which SROIE holds (the last ten with harder heads and totals); 0.842 before the fixes
    // they prompted (a brand over the registered name, a name wrapped over two rows, Singapore postcodes, a phone on
    // the postcode's row, a 5 read as S, Malay wording). The two misses left are OCR misreads of an address.
    // 30 images OCR'd without the cache take 40 to 65 seconds on the shared 2-vCPU machine.
    expect(report.overall).toBeGreaterThanOrEqual(0.95);
    expect(report.fields.company).toBeGreaterThanOrEqual(0.9);
    expect(report.fields.date).toBeGreaterThanOrEqual(0.9);
    expect(report.fields.total).toBeGreaterThanOrEqual(0.9);
  }, 240_000);

  it('reads generated receipts from Canada, US restaurants, India, the Philippines, Hong Kong, New Zealand, Latin America, the Low Countries and Japan (eval/receipts-intl, OCR) above a floor', async () => {
    // The first 16 of 22 (all 22 take about 40 s uncached on the shared machine; the Dutch, Belgian and Japanese-style
    // ones left out here have unit tests of their own). Measured on all 22 with the default English OCR: 0.841
    // before the fixes they prompted (address 0.41: Indian PINs, Latin-American tax-id rows and street
    // abbreviations, Dutch, Belgian, Argentine and Japanese postcodes; a total after a tip), 0.989 after (address
    // 0.95, the one miss an OCR misreading of a Canadian postcode); these 16 score 0.984.
    const report = await evalJson('eval/receipts-intl', '--limit', '16');
    expect(report.n).toBe(16);
    expect(report.overall).toBeGreaterThanOrEqual(0.95);
    expect(report.fields.company).toBeGreaterThanOrEqual(0.9);
    expect(report.fields.date).toBeGreaterThanOrEqual(0.9);
    expect(report.fields.address).toBeGreaterThanOrEqual(0.85);
    expect(report.fields.total).toBeGreaterThanOrEqual(0.9);
  }, 180_000);
});
