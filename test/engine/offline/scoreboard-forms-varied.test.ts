// The forms scoreboard's newest sets and the newest held-out one, in a file of their own so the cores score them
// beside the older sets (scoreboard-forms.test.ts): the same command as `npm run eval -- <dir> --json`, the real
// reader, no cache.
import { describe, it } from 'vitest';
import { aboveFloors } from '../../support/eval-cli.ts';

describe('npm run eval on forms written with varied layouts', () => {
  it('reads twelve more kinds written without reading the extractor (eval/forms-extra, eval/forms-novel), above a floor per kind', async () => {
    // Insurance schedules, vehicle inspection certificates, library cards, fishing and hunting licences, discharge
    // summaries, parking permits; bills of lading, venue bookings, phone bills, scholarship letters, blood donor cards,
    // equipment hire: written by two helpers told to vary layouts and label wording more than the sets before. Measured
    // on arrival: 0.413 and 0.383 of fields (0.435 and 0.376 with the extractor as it was before this round of fixes);
    // 0.435 and 0.411 after a first pass of fixes (units in a name, blanks to fill in, dates of birth, "Our ref.:",
    // no sentence for a name); 0.478 and 0.489 after a second (the addressee of a letter, options spelled out, a
    // written yes or no, day/month order from long dates, deadlines in sentences, print dates, contracts, stays);
    // 0.536 and 0.525 after a third (a period's dates with hours between, answers of their own type, "None", option
    // boxes marked or empty, a street or a heading for a name, a period's end on a tie); 0.659 and 0.617 after a
    // fourth (words printed once answer one field, options and numbers in the document's language, a vehicle's
    // registration, an issuing authority, yes/no from the text, "Donor ID").
    // No longer held out: they are tuning sets now. Floors one value under the fourth pass's figures, or a later
    // round's (0.688 and 0.688: shipping words and a consultant in other languages, a company's name no label).
    const extra: Record<string, number> = { 'fishing-or-hunting-licence': 0.79, 'hospital-discharge-summary': 0.7, 'insurance-policy-schedule': 0.62, 'library-membership-form': 0.54, 'parking-permit': 0.52, 'vehicle-inspection-certificate': 0.57 };
    await aboveFloors('eval/forms-extra', extra);
    const novel: Record<string, number> = { 'bill-of-lading': 0.75, 'blood-donor-card': 0.57, 'equipment-hire-agreement': 0.58, 'mobile-phone-bill': 0.7, 'scholarship-award-letter': 0.54, 'venue-booking-confirmation': 0.54 };
    await aboveFloors('eval/forms-novel', novel);
  }, 400_000);

  it('reads six more kinds written blind (eval/forms-unmet), above a floor per kind', async () => {
    // Dog licence renewals, boat mooring permits, birth certificates, pension statements, removal quotations, food
    // hygiene inspections: written blind by a helper that opened nothing under src/ or test/. Measured on arrival:
    // 0.405 of fields (confidence >= 90 right 26 of 28); 0.536 after the fixes it prompted (a quantity in two units, a
    // town from an address, "previous" dates, initials headings, listed alternatives, dates years ahead, names in parts,
    // an animal's particulars, numbered boxes, lengths in metres; 36 of 36 at >= 90). A tuning set from then on: 0.569
    // after a later round (a move's loading and delivery addresses, a town on the postcode line under its street).
    // Floors one value under those figures.
    const floors: Record<string, number> = { 'birth-certificate': 0.25, 'boat-mooring-permit': 0.59, 'dog-licence-renewal': 0.7, 'food-hygiene-inspection': 0.37, 'pension-statement': 0.41, 'removal-quotation': 0.66 };
    await aboveFloors('eval/forms-unmet', floors);
  }, 300_000);

  it('reads six more kinds written blind (eval/forms-unsought), above a floor per kind', async () => {
    // Veterinary invoices, marriage certificates, grain weighbridge tickets, clinical trial consent forms, student visa
    // letters, water quality reports: written blind by a helper that opened nothing under src/ or test/. Measured on
    // arrival: 0.458 of fields (confidence >= 90 right 28 of 33); 0.597 after the fixes it prompted (counts in figures
    // and words, formulas, names that are sentences, dates or businesses, bounds, Dutch, a number in a sentence, an
    // addressee without a postcode, a period a sentence states, a laboratory's words, paid in full from the balance;
    // 37 of 37 at >= 90). A tuning set from then on: 0.618 after a later round (crops and acceptance in German, a passport
    // number in a Spanish sentence; 39 of 39). Floors one value under those figures.
    const floors: Record<string, number> = { 'clinical-trial-consent-form': 0.58, 'grain-weighbridge-ticket': 0.62, 'marriage-certificate': 0.25, 'student-visa-letter': 0.37, 'veterinary-invoice': 0.91, 'water-quality-test-report': 0.7 };
    await aboveFloors('eval/forms-unsought', floors);
  }, 300_000);

  it('reads six kinds held out from every fix (eval/forms-untold), above a floor per kind', async () => {
    // Jury summonses, baggage irregularity reports, job offer letters, used-vehicle bills of sale, gas safety records,
    // childcare fee statements: written blind by a helper that opened nothing under src/ or test/ and ran nothing on
    // them. Measured once on arrival, aggregates only: 0.465 of fields with the extractor as it was before this round,
    // 0.479 with it (confidence ≥ 90 right 35 of 40 both times). Held out beside eval/forms-sealed: leave it untuned.
    const floors: Record<string, number> = { 'baggage-irregularity-report': 0.41, 'childcare-fee-statement': 0.45, 'gas-safety-record': 0.41, 'job-offer-letter': 0.33, 'jury-summons': 0.5, 'vehicle-bill-of-sale': 0.5 };
    await aboveFloors('eval/forms-untold', floors);
  }, 300_000);
});
