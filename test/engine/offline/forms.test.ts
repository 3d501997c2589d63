// Documents that are not invoices, read with the user's own schema (eval/forms): ticked boxes, periods
// printed as ranges, boxed cells with their labels in small print, labels printed under a filled-in line,
// codes printed in groups, quantities in the unit the field's name carries, one balance among several.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef, Page } from '../../../src/engine/types.ts';
import { pageOf, textOf, type Row } from './pages.ts';

async function extract(fields: FieldDef[], page: Page) {
  const out = await runExtraction(createOfflineProvider(), { schema: { fields }, pages: [page], text: textOf(page), mode: 'advanced' });
  return out.results;
}
const field = (name: string, type: FieldDef['type'], description?: string, values?: string[]): FieldDef => ({ name, type, ...(description ? { description } : {}), ...(values ? { values } : {}) });

describe('ticked boxes', () => {
  it('chooses the option whose box is marked, not the first option printed', async () => {
    const rows: Row[] = [[60, [40, 'Type of claim:'], [120, 'Auto'], [190, 'Home'], [260, 'Travel'], [330, 'X'], [342, 'Health']]];
    expect(await extract([field('claimType', 'enum', 'Kind of claim', ['Auto', 'Home', 'Travel', 'Health'])], pageOf(rows))).toEqual({ claimType: 'Health' });
  });

  it('answers a yes/no question by the box ticked after it', async () => {
    const yes: Row[] = [[60, [40, 'Was the incident reported to the police?'], [260, 'X'], [272, 'Yes'], [320, 'No']]];
    const no: Row[] = [[60, [40, 'POLICE NOTIFIED?'], [150, 'Yes'], [200, 'X'], [212, 'No']]];
    const police = field('policeReportFiled', 'boolean', 'Whether a police report was filed');
    expect(await extract([police], pageOf(yes))).toEqual({ policeReportFiled: true });
    expect(await extract([police], pageOf(no))).toEqual({ policeReportFiled: false });
  });

  it('reads a duration chosen among boxed options ("☒ 6 months ☐ 12 months")', async () => {
    const rows: Row[] = [[60, [40, 'Fixed term:'], [122, '6 months'], [188, 'X'], [200, '12 months'], [290, '24 months']]];
    expect(await extract([field('term_months', 'integer', 'Length of the lease in months')], pageOf(rows))).toEqual({ term_months: 12 });
  });
});

describe('a period printed as a range', () => {
  const rows: Row[] = [[60, [40, 'Statement period'], [140, '1 February 2024 to 29 February 2024']], [76, [40, 'Zeitraum:'], [140, '01.12.2023 bis 31.12.2023']]];
  it('gives the start field the first date and the end field the second', async () => {
    const schema = [field('statement_period_start', 'date', 'First day of the statement period'), field('statement_period_end', 'date', 'Last day of the statement period')];
    expect(await extract(schema, pageOf(rows.slice(0, 1)))).toEqual({ statement_period_start: '2024-02-01', statement_period_end: '2024-02-29' });
    expect(await extract(schema, pageOf(rows.slice(1)))).toEqual({ statement_period_start: '2023-12-01', statement_period_end: '2023-12-31' });
  });
});

describe('labels printed under a filled-in line', () => {
  it('takes the date whose caption names the field over one captioned only "Date"', async () => {
    // The one captioned "Date" printed higher up, where a document's own date usually is.
    const rows: Row[] = [[100, [300, '06/08/2023']], [112, [300, 'Date', 6.5]], [300, [40, '03/08/2023'], [230, '£8,019.38']], [312, [40, 'Date of loss (DD/MM/YYYY)', 6.5], [230, 'Estimated amount claimed', 6.5]]];
    expect(await extract([field('dateOfLoss', 'date', 'Date the loss or accident happened')], pageOf(rows))).toEqual({ dateOfLoss: '2023-08-03' });
  });

  it('reads an amount over its caption ("£850" over "Rent per calendar month")', async () => {
    const rows: Row[] = [[100, [40, 'Mrs Eleanor Price'], [300, 'Peter Hamilton']], [112, [40, 'Landlord', 6.5], [300, 'Tenant', 6.5]], [190, [40, '19 August 2023'], [220, '£850'], [400, '£980']], [202, [40, 'Start of tenancy', 6.5], [220, 'Rent per calendar month', 6.5], [400, 'Deposit', 6.5]]];
    expect(await extract([field('monthly_rent', 'number', 'Rent per month')], pageOf(rows))).toEqual({ monthly_rent: 850 });
  });

  it('reads an address over its caption ("Address of the property"), not the issuer\'s, and without the caption', async () => {
    const rows: Row[] = [[60, [40, 'ASSURED SHORTHOLD TENANCY — PARTICULARS', 13]], [110, [40, 'Ashdown Lettings Ltd'], [310, 'Peter Hamilton']], [122, [40, 'Landlord', 6.5], [310, 'Tenant', 6.5]], [150, [40, '9 Mill Street, York YO1 6BT']], [162, [40, 'Address of the property', 6.5]]];
    expect(await extract([field('property_address', 'string', 'Address of the rented property')], pageOf(rows))).toEqual({ property_address: '9 Mill Street, York YO1 6BT' });
  });

  it('takes nothing from a blank left to fill in ("Shipper\'s signature ______")', async () => {
    const rows: Row[] = [[60, [40, 'From: Kestrel Components Ltd']], [400, [40, "Shipper's signature ______________________"]]];
    expect(await extract([field('shipper', 'string', 'Company sending the goods')], pageOf(rows))).toEqual({ shipper: 'Kestrel Components Ltd' });
  });
});

describe('boxed cells, each label in small print over its value', () => {
  const cells: Row[] = [
    [40, [40, 'AIR WAYBILL', 18]],
    [92, [43, "SHIPPER'S NAME AND ADDRESS", 6.5], [303, "CONSIGNEE'S NAME AND ADDRESS", 6.5]],
    [103, [44, 'Northgate Textiles Ltd'], [304, 'Harbor Medical Supply Co']],
    [152, [43, 'ACCOUNT NUMBER', 6.5], [173, 'NO. OF PIECES', 6.5], [258, 'GROSS WEIGHT (KG)', 6.5], [373, 'SERVICE', 6.5]],
    [163, [44, '332587-415'], [174, '2'], [259, '57.0'], [374, 'Economy']],
  ];

  it('reads the value under the label, not the next cell\'s label beside it', async () => {
    expect(await extract([field('account_number', 'string', 'Customer account number')], pageOf(cells))).toEqual({ account_number: '332587-415' });
  });

  it('reads an amount alone in its cell though the row holds other cells\' words', async () => {
    expect(await extract([field('pieces', 'integer', 'Number of packages')], pageOf(cells))).toEqual({ pieces: 2 });
  });

  it('reads the party under a cell label that prints the field\'s own name, over a title', async () => {
    const schema = [field('shipper', 'string', 'Company sending the goods'), field('consignee', 'string', 'Company or person receiving the goods')];
    expect(await extract(schema, pageOf(cells))).toEqual({ shipper: 'Northgate Textiles Ltd', consignee: 'Harbor Medical Supply Co' });
  });

  it('takes no label word for a value ("Employee" of "Employee No.")', async () => {
    const rows: Row[] = [[70, [43, 'Employee', 6.5], [228, 'Employee No.', 6.5]], [84, [44, 'Peter Hamilton'], [229, 'E28935']]];
    expect(await extract([field('employeeName', 'string', 'Employee full name')], pageOf(rows))).toEqual({ employeeName: 'Peter Hamilton' });
  });
});

describe('values as printed', () => {
  it('keeps a code printed in groups whole ("1Z 599 A67 60 7751 6236")', async () => {
    const rows: Row[] = [[60, [40, 'UPS GROUND']], [80, [40, 'TRACKING #: 1Z 599 A67 60 7751 6236']]];
    expect(await extract([field('tracking_number', 'string', 'Tracking / waybill number')], pageOf(rows))).toEqual({ tracking_number: '1Z 599 A67 60 7751 6236' });
  });

  it('keeps the dash between a range\'s ends, and drops the rest of a label up to its colon', async () => {
    const rows: Row[] = [[60, [40, 'Billing period'], [140, '1 June 2024 - 1 July 2024']], [80, [40, 'Vehicle make and model: Peugeot 208']]];
    expect(await extract([field('billing_period', 'string', 'Billing period as printed')], pageOf(rows.slice(0, 1)))).toEqual({ billing_period: '1 June 2024 - 1 July 2024' });
    expect(await extract([field('vehicle', 'string', 'Insured vehicle')], pageOf(rows.slice(1)))).toEqual({ vehicle: 'Peugeot 208' });
  });
});

describe('quantities and amounts that are not the money to pay', () => {
  it('reads a quantity by the unit its name carries, not as the total', async () => {
    const rows: Row[] = [[40, [40, 'FROM: Pinecrest Candle Co.'], [240, '8.8 KG']], [60, [240, '1 OF 1']], [200, [40, 'Amount due'], [240, '$12.50']]];
    expect(await extract([field('weight_kg', 'number', 'Total weight in kg')], pageOf(rows))).toEqual({ weight_kg: 8.8 });
  });

  it('reads a number under a column heading that names the unit', async () => {
    const rows: Row[] = [[60, [40, 'Meter'], [150, 'Previous reading'], [260, 'Current reading'], [380, 'Units used (kWh)']], [80, [40, 'E12345678'], [150, '20502'], [260, '20778'], [400, '276']]];
    expect(await extract([field('usage_kwh', 'number', 'Energy used in the period, kWh')], pageOf(rows))).toEqual({ usage_kwh: 276 });
  });

  it('tells the opening balance from the closing one by the word the name holds, a card payment no payment on account', async () => {
    const rows: Row[] = [
      [60, [40, 'Opening balance'], [180, '£3,846.15']],
      [74, [40, 'Money in'], [180, '£572.62']],
      [88, [40, 'Money out'], [180, '£96.55']],
      [102, [40, 'Closing balance'], [180, '£4,322.22']],
      [140, [40, 'Date'], [100, 'Description'], [400, 'Paid out'], [480, 'Paid in'], [555, 'Balance']],
      [160, [40, '01 Feb'], [100, 'BALANCE BROUGHT FORWARD'], [520, '3,846.15']],
      [175, [40, '03 Feb'], [100, 'CARD PAYMENT TESCO'], [377, '96.55'], [520, '3,749.60']],
      [190, [40, '05 Feb'], [100, 'SALARY ACME LTD'], [450, '572.62'], [520, '4,322.22']],
      [205, [40, '28 Feb'], [100, 'BALANCE CARRIED FORWARD'], [520, '4,322.22']],
    ];
    const schema = [field('opening_balance', 'number', 'Balance at the start of the period'), field('closing_balance', 'number', 'Balance at the end of the period')];
    expect(await extract(schema, pageOf(rows))).toEqual({ opening_balance: 3846.15, closing_balance: 4322.22 });
  });
});

describe('fields the vocabulary knows nothing of', () => {
  it('reads the column whose heading the description names ("Current reading", not "Previous reading")', async () => {
    const rows: Row[] = [[60, [40, 'Meter'], [150, 'Previous reading'], [260, 'Current reading']], [80, [40, 'E23860285'], [150, '20502'], [260, '20778 (A)']]];
    expect(await extract([field('meter_reading', 'integer', 'Current (latest) meter reading')], pageOf(rows))).toEqual({ meter_reading: 20778 });
  });

  it('takes no code for an amount ("Tax code 1257L")', async () => {
    const rows: Row[] = [[70, [300, 'Tax Code', 6.5]], [80, [300, '1257L']], [160, [310, 'Deductions'], [520, 'Amount']], [180, [310, 'Income Tax'], [520, '358.29']]];
    expect(await extract([field('taxWithheld', 'number', 'Income tax deducted')], pageOf(rows))).toEqual({ taxWithheld: 358.29 });
  });

  it('reads the net pay as paid, under its label in the corner of its box', async () => {
    const rows: Row[] = [[200, [40, 'Total Payments'], [200, '2,838.46']], [230, [40, 'Pension'], [200, '141.92']], [280, [406, 'NET PAY', 7]], [294, [480, '£2,195.01', 12]]];
    expect(await extract([field('netPay', 'number', 'Net pay (take-home)')], pageOf(rows))).toEqual({ netPay: 2195.01 });
  });

  it('takes no word of a title for a label, nor the label\'s own next word for its value ("Account name")', async () => {
    const rows: Row[] = [[40, [360, 'Current Account Statement', 12.5]], [100, [300, 'Account name'], [390, 'Margaret Ellison']], [114, [300, 'Sort code'], [390, '03-57-99']], [220, [40, 'Your account summary']]];
    expect(await extract([field('account_holder', 'string', 'Name of the account holder')], pageOf(rows))).toEqual({ account_holder: 'Margaret Ellison' });
  });
});

describe('English field names on documents in other languages', () => {
  it('reads a German statement\'s holder and balances ("Kontoinhaber", "Alter/Neuer Kontostand")', async () => {
    const rows: Row[] = [
      [50, [40, 'Sparkasse Rheinland']],
      [110, [40, 'Kontoinhaber:'], [130, 'Thomas Brenner']],
      [125, [40, 'IBAN:'], [130, 'DE42 7364 7045 5571 5706 27']],
      [200, [40, 'Alter Kontostand vom 01.12.2023'], [500, '5.612,62 H']],
      [222, [40, '04.12.'], [90, 'Lastschrift Stadtwerke'], [500, '1.539,45 S']],
      [250, [40, 'Neuer Kontostand vom 31.12.2023'], [500, '4.073,17 H']],
    ];
    const schema = [field('account_holder', 'string', 'Name of the account holder'), field('opening_balance', 'number', 'Balance at the start of the period'), field('closing_balance', 'number', 'Balance at the end of the period')];
    expect(await extract(schema, pageOf(rows))).toEqual({ account_holder: 'Thomas Brenner', opening_balance: 5612.62, closing_balance: 4073.17 });
  });

  it('reads the column whose heading says the field in French ("Nouvel index", not "Ancien index")', async () => {
    const rows: Row[] = [[220, [40, 'N° compteur'], [150, 'Ancien index'], [270, 'Nouvel index'], [380, 'Consommation (kWh)']], [240, [40, '12345678901234'], [165, '11478'], [285, '11996'], [420, '518']]];
    expect(await extract([field('meter_reading', 'integer', 'Current (latest) meter reading')], pageOf(rows))).toEqual({ meter_reading: 11996 });
  });

  it('reads a Spanish lease\'s rent and deposit ("Renta mensual", "Fianza")', async () => {
    const rows: Row[] = [[60, [40, 'CONTRATO DE ARRENDAMIENTO DE VIVIENDA']], [150, [40, 'Renta mensual:'], [165, '1.100,00 €']], [167, [40, 'Fianza:'], [165, '2.200,00 €']]];
    const schema = [field('monthly_rent', 'number', 'Rent per month'), field('security_deposit', 'number', 'Security deposit')];
    expect(await extract(schema, pageOf(rows))).toEqual({ monthly_rent: 1100, security_deposit: 2200 });
  });

  it('takes no number for a name its label qualifies ("Employee No.: 2543" for the employee\'s name)', async () => {
    const rows: Row[] = [[100, [40, 'Employee No.: 2543']], [115, [40, 'Employee: Carmen Ruiz Ortega']]];
    expect(await extract([field('employeeName', 'string', 'Employee full name')], pageOf(rows))).toEqual({ employeeName: 'Carmen Ruiz Ortega' });
  });
});
