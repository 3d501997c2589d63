// The offline extractor's scoreboard in CI, so regressions show: the same command as `npm run eval -- <dir>
// --json`, with the real reader (no cache). Invoices, tables and forms here; receipts in scoreboard-receipts.test.ts
// (two files, so the two cores score them side by side).
import { describe, expect, it } from 'vitest';
import { evalJson } from '../../support/eval-cli.ts';

/** Each kind of a form set (three documents each) scores at least its floor. */
async function aboveFloors(set: string, floors: Record<string, number>) {
  for (const [kind, floor] of Object.entries(floors)) {
    const report = await evalJson(`${set}/${kind}`, '--lang', 'spa+eng');
    expect(report.n).toBe(3);
    expect(report.overall, kind).toBeGreaterThanOrEqual(floor);
  }
}

describe('npm run eval', () => {
  it('scores the generated invoice set and prints the documented JSON', async () => {
    // English and Spanish invoices, six with German, French, Portuguese, Italian or bilingual labels and six printed wholly
    // in one of those four; seven are images the reader OCRs.
    const report = await evalJson('eval/invoices', '--lang', 'spa+eng');
    expect(Object.keys(report)).toEqual(['n', 'overall', 'fields', 'calibration', 'wrongFlaggedShare']);
    expect(report.n).toBe(48);
    // Measured 0.997 on the generated set (41 text-layer PDFs, 7 OCR'd images; 18 fields with the issuer's contact,
    // tax and bank details, the PO number, the net total, the amount paid and the balance due; the 12 harder
    // layouts 0.769 before their fixes, 0.995 after; the 6 of other wording 0.704 before theirs, 1.0 after;
    // the 6 printed wholly in French, German, Italian or Portuguese 0.694 before theirs, 0.991 after): it must stay near perfect.
    expect(report.overall).toBeGreaterThanOrEqual(0.95);
    for (const accuracy of Object.values(report.fields) as number[]) expect(accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.calibration.map((b: { min: number }) => b.min)).toEqual([0, 50, 70, 80, 90, 95]);
    // 48 documents read without the cache (7 of them OCR'd) take about a minute on a shared 2-vCPU machine.
  }, 300_000);

  it('scores invoices in layouts the extractor was not tuned on (eval/invoices-wild) above a floor', async () => {
    // 16 invoices drawn from real kinds (a US SaaS banner, a UK VAT invoice, a German letter with boxed
    // totals, a strip of four cells, a payment received, two pages carried forward, a sidebar, a prose
    // letter) in six languages; four are degraded images the reader OCRs. Measured 0.840 before the fixes
    // they prompted, 0.965 after, 0.973 once postcodes' digits read as O were read back and a street named Brunel
    // was no longer "corrected" to Brunei, 0.977 once "Your reference" in each language read as the order number
    // (the misses left: OCR misreads of addresses and accents, an email whose "@" was lost, an order number
    // labelled only "Reference"). About 15 s uncached.
    const report = await evalJson('eval/invoices-wild', '--lang', 'spa+eng');
    expect(report.n).toBe(16);
    expect(report.overall).toBeGreaterThanOrEqual(0.93);
    for (const accuracy of Object.values(report.fields) as number[]) expect(accuracy).toBeGreaterThanOrEqual(0.7);
  }, 180_000);

  it('scores the second held-out invoice family (eval/invoices-heldout) above a floor', async () => {
    // 16 invoices of kinds neither set above has (marketplace, construction progress, freelancer template, utility
    // bill, IRPF withholding, TVA summary, Leistungszeitraum, split payment, Fatura-Recibo, credit notes, pro-forma,
    // totals on the left, "Net 30", brand over legal name) in six languages, four OCR'd. Measured 0.801 before the
    // fixes they prompted, 0.891 after, 0.926 once credit notes' negative amounts, a split payment's net to pay, a VAT
    // number printed after a company number and a utility bill's service line were read (left: a brand read as the
    // issuer, addresses beside other blocks, a total in a horizontal tax table). About 15 s uncached.
    const report = await evalJson('eval/invoices-heldout', '--lang', 'spa+eng');
    expect(report.n).toBe(16);
    expect(report.overall).toBeGreaterThanOrEqual(0.9);
    // The credit note's total and the split payment's balance (both wrong before; the balance at 98.7).
    expect(report.fields.total_amount).toBe(1);
    expect(report.fields.balance_due).toBe(1);
  }, 180_000);

  it('reads item tables of varied layouts (eval/tables) above a floor', async () => {
    // 16 invoices, quotes, delivery notes and orders in six languages whose point is the item table (column
    // orders, abbreviated headers, wrapped descriptions, section and note rows, two pages); four are degraded
    // images. Measured 0.5 before the fixes they prompted (no list right), 0.875 after (line_items 0.75: the
    // misses left are OCR misreads of accents, of a decimal comma, of a ruled grid). About 15 s uncached.
    const report = await evalJson('eval/tables', '--lang', 'spa+eng');
    expect(report.n).toBe(16);
    expect(report.overall).toBeGreaterThanOrEqual(0.84);
    expect(report.fields.line_items).toBeGreaterThanOrEqual(0.68);
  }, 180_000);

  it('reads documents that are not invoices with their own schemas (eval/forms) above a floor per kind', async () => {
    // Six kinds, three documents each (one OCR'd image per kind), English, Spanish, French and German, each kind
    // with the schema a user would write for it. Measured before the fixes they prompted, then after: shipping
    // labels 0.278 → 0.833, insurance claims 0.5 → 0.833, bank statements 0.5 → 1, utility bills 0.389 → 0.944,
    // payslips 0.333 → 0.944, leases 0.476 → 0.952 (0.414 → 0.919 overall; 0.694 before the labels other
    // languages print for English field names, which were written knowing these documents). About 25 s uncached.
    const floors: Record<string, number> = { 'shipping-label': 0.8, 'insurance-claim': 0.8, 'bank-statement': 0.95, 'utility-bill': 0.9, payslip: 0.9, 'lease-agreement': 0.9 };
    await aboveFloors('eval/forms', floors);
  }, 300_000);

  it('reads six more kinds of form, generated before reading the extractor (eval/forms-heldout), above a floor per kind', async () => {
    // Six more kinds, three documents each (one OCR'd image per kind), English, Italian, German, Portuguese, French
    // and Spanish, generated before reading the extractor: the honest held-out measure. Before the fixes they
    // prompted, then after: prescriptions 0.208 → 0.375, vehicle registrations 0.524 → 0.524, tax certificates
    // 0.389 → 0.556, hotel folios 0.611 → 0.778, boarding passes 0.333 → 0.417, purchase orders 0.611 → 0.722
    // (0.431 → 0.545 of fields). Then labels a field's description gives for any field, a table's border read by
    // OCR passed over, a form's box codes and possessives, the employer not read for the employee: boarding passes
    // 0.500, tax certificates 0.667, vehicle registrations 0.571 (0.593 of fields). Then the words these kinds of
    // form print in six languages (translations.ts: Pasajero, Kennzeichen, Entidade pagadora, Rx/Sig/Disp) and a
    // table's heading no value of the heading beside it: boarding passes 0.917, tax certificates 0.944, vehicle
    // registrations 0.810 (0.905 once plates in two groups read whole), prescriptions 0.583 (0.625 with ℞), hotel
    // folios 0.944 with a folio's words (Client, Chambre, Arrivée), purchase orders 0.833 with the vendor's own block
    // (0.854 of fields). These six kinds are no longer held out from the vocabulary: eval/forms-fresh is. About 20 s uncached.
    const floors: Record<string, number> = { prescription: 0.6, 'vehicle-registration': 0.85, 'tax-certificate': 0.9, 'hotel-folio': 0.9, 'boarding-pass': 0.85, 'purchase-order': 0.8 };
    await aboveFloors('eval/forms-heldout', floors);
  }, 300_000);

  it('reads six kinds of form written without reading the extractor (eval/forms-unseen), above a floor per kind', async () => {
    // Lab reports, customs declarations, event tickets, delivery notes, bank transfer confirmations and job
    // applications, three each (English, one other language, one OCR'd image), generated by someone who had not read
    // the extractor: 0.511 of fields while untuned (the fixes eval/forms-heldout prompted did not carry over). Then
    // labels from descriptions "X of the Y", names printed as first name and surname, headings in the plural or in
    // capitals over a one-row table, a US address for month-first dates, numbers of things the vocabulary does not
    // know, titles, the words of transfers, tickets and lab reports: 0.741. No longer held out.
    const floors: Record<string, number> = { 'lab-report': 0.6, 'customs-declaration': 0.6, 'event-ticket': 0.9, 'delivery-note': 0.75, 'bank-transfer': 0.65, 'job-application': 0.85 };
    await aboveFloors('eval/forms-unseen', floors);
  }, 300_000);

  it('reads six more kinds written without reading the extractor (eval/forms-blind), above a floor per kind', async () => {
    // Traffic fines, repair orders, course certificates, timesheets, pet vaccination records and loan statements:
    // 0.434 of fields on arrival, 0.465 after the fixes eval/forms-unseen prompted (its documents unseen), 0.527 after
    // fixes of its own (percentages, an addressee's name, R.O.-style initials, a table's column of dates). No longer held out.
    const floors: Record<string, number> = { 'traffic-fine': 0.45, 'repair-order': 0.45, 'course-certificate': 0.45, timesheet: 0.75, 'pet-vaccination': 0.4, 'loan-statement': 0.55 };
    await aboveFloors('eval/forms-blind', floors);
  }, 300_000);

  it('reads six kinds of form held out from every fix (eval/forms-fresh), above a floor per kind', async () => {
    // Warranty cards, car hire agreements, gym memberships, meter readings, medical certificates and exam results,
    // written by someone who had not read the extractor and never looked at: the honest measure of forms now. 0.437
    // of fields with the extractor as it was before the fixes eval/forms-unseen and eval/forms-blind prompted, 0.496
    // after (confidence ≥ 90 right 18 of 24 before, 18 of 20 after). Leave it untuned.
    const floors: Record<string, number> = { 'warranty-card': 0.55, 'rental-car-agreement': 0.45, 'gym-membership': 0.65, 'utility-meter-reading': 0.4, 'medical-certificate': 0.35, 'exam-results': 0.45 };
    await aboveFloors('eval/forms-fresh', floors);
  }, 300_000);

  it('scores a folder under schema variants (--variants), fields under their original names', async () => {
    const rows = await evalJson('eval/invoices', '--limit', '4', '--variants', '--only', 'original,camelCase,synonyms A');
    expect(rows.map((r: { variant: string }) => r.variant)).toEqual(['original', 'camelCase', 'synonyms A']);
    for (const row of rows) {
      expect(Object.keys(row.fields)).toContain('total_amount');
      expect(row.overall).toBeGreaterThanOrEqual(0.95);
    }
  }, 120_000);
});
