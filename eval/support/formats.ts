// Money and date helpers the printed-document generators (forms, invoices, tables) share.

export const cents = (x: number) => Math.round(x * 100) / 100;
/** `v` with two decimals (or `places`), thousands grouped by `thousands`, the decimal mark `decimal`. */
export const group = (v: number, thousands: string, decimal: string, places = 2) => {
  const [i, d] = Math.abs(v).toFixed(places).split('.');
  const whole = `${v < 0 ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, thousands)}`;
  return d === undefined ? whole : `${whole}${decimal}${d}`;
};
export const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};
export const ymd = (iso: string) => iso.split('-').map(Number);
export const pad = (x: number) => String(x).padStart(2, '0');
export const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
/** An IBAN for `country` and its account number `bban`, with the check digits ISO 13616 computes (mod 97). */
export const ibanWithCheck = (country: string, bban: string) => {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  return `${country}${String(98n - (BigInt(numeric) % 97n)).padStart(2, '0')}${bban}`;
};
/** An IBAN as printed, in groups of four. */
export const inFours = (iban: string) => iban.replace(/(.{4})/g, '$1 ').trim();
