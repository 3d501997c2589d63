import { describe, expect, it } from 'vitest';
import { inferDayFirst, matchEnum, normalizeValue, parseBoolean, parseDate, parseNumber } from '../../../src/engine/normalize/index.ts';

describe('literal → parsed', () => {
  it.each([
    ['15 de junio de 2024', '2024-06-15'],
    ['15/06/2024', '2024-06-15'],
    ['June 15, 2024', '2024-06-15'],
    ['2024-06-15', '2024-06-15'],
    ['15-Jun-24', '2024-06-15'],
    ['15.06.2024', '2024-06-15'],
    ['3rd March 2019', '2019-03-03'],
    ['Fecha: 1 de septiembre de 2023', '2023-09-01'],
    ['25/12/2018 8:13:39 PM', '2018-12-25'],
    ['05 Mar 2018 18:24', '2018-03-05'],
    ['15/06/24', '2024-06-15'],
    ['15 jun. 2024', '2024-06-15'],
    ['15-JUN-2024', '2024-06-15'],
    ['Jun 15 2024', '2024-06-15'],
    ['Sept. 3, 2021', '2021-09-03'],
    ['lunes, 15 de junio de 2024', '2024-06-15'],
    ['junio 15, 2024', '2024-06-15'],
    ['1 de enero del 2025', '2025-01-01'],
    ['31 dic 2023', '2023-12-31'],
    // "December" and "décembre" open with "de", no Spanish "de" between day and month ("4 de diciembre").
    ['4 December 2025', '2025-12-04'],
    ['20 décembre 2025', '2025-12-20'],
    ['5-ago-2023', '2023-08-05'],
    // Dutch month names.
    ['11 maart 2023', '2023-03-11'],
    ['3 mei 2024', '2024-05-03'],
    ['12 januari 2024', '2024-01-12'],
    ['28 augustus 2025', '2025-08-28'],
    ['Monday, June 15th, 2024', '2024-06-15'],
    ['15th of June 2024', '2024-06-15'],
    ['2024-06-15T10:00:00Z', '2024-06-15'],
    ['Date: 2024/6/5', '2024-06-05'],
    ['01/01/99', '1999-01-01'],
    ['01/01/05', '2005-01-01'],
    ['31/02/2024', null],
    ['March 2024', null],
    ['INV-2024-001', null],
  ])('date %s → %s', (literal, iso) => expect(parseDate(literal)).toBe(iso));

  it('resolves day/month order from the document', () => {
    expect(inferDayFirst(['Issued 06/15/2024', 'Due 07/01/2024'])).toBe(false);
    expect(parseDate('07/01/2024', { dayFirst: false })).toBe('2024-07-01');
    expect(parseDate('07/01/2024', { dayFirst: true })).toBe('2024-01-07');
    expect(inferDayFirst(['25/12/2018'])).toBe(true);
    expect(inferDayFirst(['01/02/2024', 'Total 12.00'])).toBeUndefined();
    // With no unambiguous numeric date, the dates written with a month's name say the order: month first
    // ("Aug 31, 2025") or day first ("31 Aug 2025", "5 de marzo de 2024"); numeric dates outvote them.
    expect(inferDayFirst(['Date of birth 11/07/1961', 'Eligible again on or after: Aug 31, 2025'])).toBe(false);
    expect(inferDayFirst(['Issued 03/04/2024', 'Valid until 31 Aug 2025'])).toBe(true);
    expect(inferDayFirst(['Fecha 03/04/2024', 'Vence el 5 de marzo de 2024'])).toBe(true);
    expect(inferDayFirst(['Issued 25/12/2018', 'March 5, 2024'])).toBe(true);
    expect(inferDayFirst(['Total 12.00 May 2024'])).toBeUndefined();
    // With no unambiguous date, a United States address ("Columbus, OH 43215") says month first; other addresses say nothing.
    expect(inferDayFirst(['1450 Commerce Way, Columbus, OH 43215 · Collected: 03/10/2025'])).toBe(false);
    expect(inferDayFirst(['12 Rue Leblanc, 75015 Paris · 03/10/2025', 'NO.53, JALAN BESAR, 45600 BATANG BERJUNTAI SELANGOR'])).toBeUndefined();
    expect(inferDayFirst(['Columbus, OH 43215', 'Issued 25/12/2018'])).toBe(true);
    expect(inferDayFirst(['Via Solferino 18 20121 Milano · Bright Path Consulting LLC 900 Lakeshore Drive Chicago, IL 60611 Data: 09/10/2025'])).toBeUndefined();
    // An unambiguous date is read the only way it can be, whatever the hint.
    expect(parseDate('25/12/2018', { dayFirst: false })).toBe('2018-12-25');
    expect(parseDate('12/25/2018', { dayFirst: true })).toBe('2018-12-25');
    // With no hint from the document, the locale decides; without either, day first.
    expect(parseDate('07/01/2024', { locale: 'en-US' })).toBe('2024-07-01');
    expect(parseDate('07/01/2024', { locale: 'es-ES' })).toBe('2024-01-07');
    expect(parseDate('07/01/2024')).toBe('2024-01-07');
  });

  it.each([
    ['€1,250.00', 1250],
    ['1.250,00 €', 1250],
    ['RM 9.00', 9],
    ['(1,200.00)', -1200],
    ['1 234,5', 1234.5],
    ['12,50', 12.5],
    ['1,250', 1250],
    ['-12.5%', -12.5],
    ['1.234.567,89', 1234567.89],
    ['USD 1,234.56', 1234.56],
    ['1,234.56 USD', 1234.56],
    ['-€12.30', -12.3],
    ['5.00-', -5],
    ['1 234 567,89', 1234567.89],
    ["CHF 1'234.50", 1234.5],
    ['MXN$ 1,000', 1000],
    ['Total: 1,250.00', 1250],
    ['0.125', 0.125],
    ['.5', 0.5],
    ['1234.567', 1234.567],
    ['45', 45],
    ['TOTAL', null],
    ['--', null],
  ])('number %s → %s', (literal, n) => expect(parseNumber(literal)).toBe(n));

  it.each([
    ['Yes', true], ['NO', false], ['sí', true], ['Verdadero', true], ['falso', false], ['✓', true], ['☐', false], ['x', true], ['maybe', null],
    // A written answer opening with its yes or no; not a number's "No." nor a word that starts alike.
    ['No hospital follow-up is needed.', false], ['Yes, booked for 4 July', true], ['non sono previsti controlli', false], ['No. 4411', null], ['Nothing to declare', null], ['Outpatient appointment booked', null],
    // Nothing of the kind asked is a no.
    ['None', false], ['Ninguna', false], ['aucune', false],
  ])('boolean %s → %s', (literal, b) => expect(parseBoolean(literal)).toBe(b));

  it('enums match by case, accents, containment and small typos', () => {
    expect(matchEnum('credit card', ['Cash', 'Credit Card'])).toBe('Credit Card');
    // A sign is part of the value: "O-" is not "O+".
    expect(matchEnum('O-', ['A+', 'A-', 'O+', 'O-'])).toBe('O-');
    expect(matchEnum('Tarjeta de crédito', ['Efectivo', 'Tarjeta de Credito'])).toBe('Tarjeta de Credito');
    expect(matchEnum('Paid by Cash', ['Cash', 'Credit Card'])).toBe('Cash');
    expect(matchEnum('Efectvo', ['Efectivo', 'Tarjeta'])).toBe('Efectivo');
    expect(matchEnum('E', ['EUR', 'USD'])).toBeNull();
  });

  it('normalises by field type', () => {
    expect(normalizeValue({ type: 'date' }, '15 de junio de 2024')).toEqual({ parsed: '2024-06-15', ok: true });
    expect(normalizeValue({ type: 'date' }, '07/01/2024', { dayFirst: false })).toEqual({ parsed: '2024-07-01', ok: true });
    expect(normalizeValue({ type: 'number' }, 'RM 9.00')).toEqual({ parsed: 9, ok: true });
    expect(normalizeValue({ type: 'integer' }, '3.00')).toEqual({ parsed: 3, ok: true });
    expect(normalizeValue({ type: 'string' }, '  ACME   S.L. ')).toEqual({ parsed: 'ACME S.L.', ok: true });
    expect(normalizeValue({ type: 'string' }, null)).toEqual({ parsed: null, ok: false });
    expect(normalizeValue({ type: 'date' }, '   ')).toEqual({ parsed: null, ok: false });
    expect(normalizeValue({ type: 'date' }, 'soon')).toEqual({ parsed: null, ok: false });
  });

  it('booleans, enums and failures', () => {
    expect(normalizeValue({ type: 'boolean' }, 'Sí')).toEqual({ parsed: true, ok: true });
    expect(normalizeValue({ type: 'boolean' }, 'no')).toEqual({ parsed: false, ok: true });
    // Yes and no in each language read, alone: French, German, Portuguese, Italian, Dutch.
    for (const yes of ['Oui', 'Ja', 'Sim', 'Vero', 'Vrai']) expect(parseBoolean(yes)).toBe(true);
    for (const no of ['Non', 'Nein', 'Não', 'Nee', 'Faux', 'Geen']) expect(parseBoolean(no)).toBe(false);
    expect(matchEnum('pagado', ['Pagado', 'Pendiente'])).toBe('Pagado');
    expect(matchEnum('PENDIENTE', ['Pagado', 'Pendiente'])).toBe('Pendiente');
    expect(matchEnum('Pendinte', ['Pagado', 'Pendiente'])).toBe('Pendiente');
    expect(normalizeValue({ type: 'enum', values: ['A', 'B'] }, 'zzz')).toEqual({ parsed: null, ok: false });
    expect(normalizeValue({ type: 'integer' }, '3.5')).toEqual({ parsed: null, ok: false });
    expect(normalizeValue({ type: 'number' }, 'n/a')).toEqual({ parsed: null, ok: false });
  });
});
