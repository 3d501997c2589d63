// Schema variants for the scoreboard: the same labelled folder asked for with the names, descriptions and
// dialects users really write, so the extractor is measured on how it reads a schema, not on our names.
// A variant renames every field (recursively), keeps or drops descriptions and renders the schema in one
// dialect, which is parsed back exactly as an uploaded schema would be; the labels are renamed alike and
// compared with the original field types (a date asked for as a plain string still has to be that date).
import { toCanonical, toDocmind, toDocParse, toDocumind, toJsonSchema } from '../schema/index.ts';
import type { FieldDef, FieldType, SchemaDef } from '../types.ts';

type Naming = { name: string; description?: string };
type Dialect = 'canonical' | 'documind' | 'docparse' | 'docmind' | 'jsonschema';

export interface SchemaVariant {
  name: string;
  dialect: Dialect;
  /** The new name and description of a field, from its original ones; its position among its siblings. */
  rename: (field: FieldDef, index: number) => Naming;
  /** Dates asked for as plain strings (hand-written JSON Schema and Documind schemas often do). */
  datesAsText?: boolean;
}

const words = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s_\-.]+/).filter(Boolean).map((w) => w.toLowerCase());
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const humanised = (name: string) => cap(words(name).join(' '));

/**
 * Names other schemas give the fields of our labelled sets (conventions, not document text): per original
 * name, [alternative A, alternative B, terse, Spanish name, Spanish description].
 */
const SYNONYMS: Record<string, [string, string, string, string, string]> = {
  // SROIE receipts
  company: ['vendor', 'merchant_name', 'business', 'empresa', 'Nombre de la empresa o tienda que emite el ticket'],
  date: ['purchased_on', 'transaction_date', 'dated', 'fecha', 'Fecha del ticket'],
  address: ['location', 'store_address', 'addr', 'direccion', 'Dirección de la empresa o tienda'],
  total: ['amount', 'total_paid', 'total_due', 'importe_total', 'Importe total pagado'],
  // Invoices
  invoice_number: ['invoice_id', 'document_number', 'number', 'numero_factura', 'Número de la factura'],
  invoice_date: ['issued_on', 'date', 'issued', 'fecha_emision', 'Fecha de emisión de la factura'],
  due_date: ['payment_due', 'pay_by', 'due', 'fecha_vencimiento', 'Fecha de vencimiento del pago'],
  vendor_name: ['supplier', 'seller', 'from', 'proveedor', 'Empresa que emite la factura'],
  vendor_address: ['supplier_address', 'seller_address', 'from_address', 'direccion_proveedor', 'Dirección del proveedor'],
  customer_name: ['bill_to', 'client', 'to', 'cliente', 'Cliente al que se factura'],
  subtotal: ['net_amount', 'total_before_tax', 'net', 'base_imponible', 'Importe antes de impuestos'],
  tax_amount: ['vat', 'taxes', 'tax', 'iva', 'Importe del impuesto'],
  // Not "amount_due": an amount due is what is left to pay after a payment (the balance), not the invoice's total.
  total_amount: ['invoice_total', 'grand_total', 'total', 'total_factura', 'Total a pagar'],
  line_items: ['items', 'products', 'lines', 'conceptos', 'Líneas de la factura'],
  description: ['desc', 'product', 'item', 'descripcion', 'Descripción del concepto'],
  quantity: ['qty', 'units', 'count', 'cantidad', 'Cantidad'],
  unit_price: ['price', 'unit_cost', 'rate', 'precio_unitario', 'Precio por unidad'],
  amount: ['line_total', 'line_amount', 'total', 'importe', 'Importe de la línea'],
  // Fields invoices print that the base schema does not ask for
  vendor_email: ['supplier_email', 'contact_email', 'email', 'correo', 'Correo electrónico del proveedor'],
  vendor_phone: ['supplier_phone', 'phone_number', 'tel', 'telefono', 'Teléfono del proveedor'],
  vendor_tax_id: ['vat_number', 'supplier_tax_id', 'tax_id', 'nif_proveedor', 'NIF o CIF del proveedor'],
  iban: ['bank_account', 'iban_number', 'account', 'cuenta_bancaria', 'IBAN de la cuenta para el pago'],
  po_number: ['purchase_order', 'order_number', 'po', 'numero_pedido', 'Número de pedido del cliente'],
  net_total: ['total_after_discount', 'discounted_total', 'after_discount', 'total_neto', 'Total neto: importe tras descuentos, antes de impuestos'],
  amount_paid: ['paid_amount', 'payments_received', 'paid', 'importe_pagado', 'Importe ya pagado'],
  balance_due: ['amount_due', 'outstanding_balance', 'balance', 'saldo_pendiente', 'Saldo pendiente de pago'],
  currency: ['currency_code', 'ccy', 'cur', 'moneda', 'Moneda de los importes'],
};

/**
 * Names (and descriptions) French, German, Italian and Portuguese schemas give the same fields, as their
 * users write them: German compounds ("rechnungsnummer"), umlauts kept or spelled out, accents dropped in names.
 */
type Translations = Record<string, [string, string]>;
const FRENCH: Translations = {
  company: ['enseigne', 'Nom du commerce qui émet le ticket'],
  date: ['date_achat', 'Date du ticket'],
  address: ['adresse', 'Adresse du commerce'],
  total: ['montant_total', 'Montant total payé'],
  invoice_number: ['numero_facture', 'Numéro de la facture'],
  invoice_date: ['date_facture', "Date d'émission de la facture"],
  due_date: ['date_echeance', "Date d'échéance du paiement"],
  vendor_name: ['fournisseur', 'Société qui émet la facture'],
  vendor_address: ['adresse_fournisseur', 'Adresse du fournisseur'],
  customer_name: ['client', 'Client facturé'],
  subtotal: ['montant_ht', 'Montant hors taxes'],
  tax_amount: ['tva', 'Montant de la TVA'],
  total_amount: ['montant_ttc', 'Montant toutes taxes comprises à payer'],
  line_items: ['lignes', 'Lignes de la facture'],
  description: ['designation', 'Désignation de l’article'],
  quantity: ['quantite', 'Quantité'],
  unit_price: ['prix_unitaire', 'Prix unitaire'],
  amount: ['montant', 'Montant de la ligne'],
  vendor_email: ['courriel', 'Adresse électronique du fournisseur'],
  vendor_phone: ['telephone', 'Téléphone du fournisseur'],
  vendor_tax_id: ['numero_tva', 'Numéro de TVA intracommunautaire du fournisseur'],
  iban: ['iban', 'IBAN du compte à créditer'],
  po_number: ['bon_de_commande', 'Numéro du bon de commande du client'],
  net_total: ['total_apres_remise', 'Total après remise, hors taxes'],
  amount_paid: ['acompte', 'Acompte déjà versé'],
  balance_due: ['reste_a_payer', 'Reste à payer'],
  currency: ['devise', 'Devise des montants'],
};
const GERMAN: Translations = {
  company: ['geschaeft', 'Name des Geschäfts, das den Beleg ausstellt'],
  date: ['belegdatum', 'Datum des Belegs'],
  address: ['anschrift', 'Anschrift des Geschäfts'],
  total: ['gesamtbetrag', 'Gezahlter Gesamtbetrag'],
  invoice_number: ['rechnungsnummer', 'Nummer der Rechnung'],
  invoice_date: ['rechnungsdatum', 'Ausstellungsdatum der Rechnung'],
  due_date: ['fälligkeitsdatum', 'Fälligkeitsdatum der Zahlung'],
  vendor_name: ['lieferant', 'Firma, die die Rechnung ausstellt'],
  vendor_address: ['lieferantenanschrift', 'Anschrift des Lieferanten'],
  customer_name: ['kunde', 'Rechnungsempfänger'],
  subtotal: ['nettobetrag', 'Betrag vor Steuern'],
  tax_amount: ['mwst', 'Mehrwertsteuerbetrag'],
  total_amount: ['gesamtbetrag', 'Zu zahlender Gesamtbetrag'],
  line_items: ['positionen', 'Rechnungspositionen'],
  description: ['beschreibung', 'Beschreibung der Position'],
  quantity: ['menge', 'Menge'],
  unit_price: ['einzelpreis', 'Preis pro Einheit'],
  amount: ['betrag', 'Betrag der Position'],
  vendor_email: ['lieferant_email', 'E-Mail-Adresse des Lieferanten'],
  vendor_phone: ['lieferant_telefon', 'Telefonnummer des Lieferanten'],
  vendor_tax_id: ['ust_idnr', 'Umsatzsteuer-Identifikationsnummer des Lieferanten'],
  iban: ['bankverbindung', 'IBAN des Kontos für die Zahlung'],
  po_number: ['bestellnummer', 'Bestellnummer des Kunden'],
  net_total: ['summe_nach_rabatt', 'Summe nach Rabatt, vor Steuern'],
  amount_paid: ['anzahlung', 'Bereits gezahlte Anzahlung'],
  balance_due: ['restbetrag', 'Noch offener Restbetrag'],
  currency: ['waehrung', 'Währung der Beträge'],
};
const ITALIAN: Translations = {
  company: ['esercente', 'Nome del negozio che emette lo scontrino'],
  date: ['data_acquisto', 'Data dello scontrino'],
  address: ['indirizzo', 'Indirizzo del negozio'],
  total: ['totale', 'Importo totale pagato'],
  invoice_number: ['numero_fattura', 'Numero della fattura'],
  invoice_date: ['data_fattura', 'Data di emissione della fattura'],
  due_date: ['data_scadenza', 'Data di scadenza del pagamento'],
  vendor_name: ['fornitore', 'Azienda che emette la fattura'],
  vendor_address: ['indirizzo_fornitore', 'Indirizzo del fornitore'],
  customer_name: ['cliente', 'Cliente a cui è intestata la fattura'],
  subtotal: ['imponibile', 'Importo prima delle imposte'],
  tax_amount: ['iva', "Importo dell'IVA"],
  total_amount: ['totale_fattura', 'Totale da pagare'],
  line_items: ['righe', 'Righe della fattura'],
  description: ['descrizione', "Descrizione dell'articolo"],
  quantity: ['quantita', 'Quantità'],
  unit_price: ['prezzo_unitario', 'Prezzo unitario'],
  amount: ['importo', 'Importo della riga'],
  vendor_email: ['email_fornitore', 'Indirizzo email del fornitore'],
  vendor_phone: ['telefono_fornitore', 'Telefono del fornitore'],
  vendor_tax_id: ['partita_iva', 'Partita IVA del fornitore'],
  iban: ['iban', 'IBAN del conto per il pagamento'],
  po_number: ['numero_ordine', "Numero dell'ordine del cliente"],
  net_total: ['totale_scontato', 'Totale dopo lo sconto, prima delle imposte'],
  amount_paid: ['acconto', 'Acconto già versato'],
  balance_due: ['saldo_da_pagare', 'Saldo ancora da pagare'],
  currency: ['valuta', 'Valuta degli importi'],
};
const PORTUGUESE: Translations = {
  company: ['estabelecimento', 'Nome do estabelecimento que emite o recibo'],
  date: ['data_compra', 'Data do recibo'],
  address: ['endereco', 'Endereço do estabelecimento'],
  total: ['valor_total', 'Valor total pago'],
  invoice_number: ['numero_fatura', 'Número da fatura'],
  invoice_date: ['data_emissao', 'Data de emissão da fatura'],
  due_date: ['data_vencimento', 'Data de vencimento do pagamento'],
  vendor_name: ['fornecedor', 'Empresa que emite a fatura'],
  vendor_address: ['morada_fornecedor', 'Morada do fornecedor'],
  customer_name: ['cliente', 'Cliente faturado'],
  subtotal: ['valor_sem_iva', 'Valor antes de impostos'],
  tax_amount: ['valor_iva', 'Valor do IVA'],
  total_amount: ['valor_total', 'Total a pagar'],
  line_items: ['itens', 'Itens da fatura'],
  description: ['descricao', 'Descrição do artigo'],
  quantity: ['quantidade', 'Quantidade'],
  unit_price: ['preco_unitario', 'Preço unitário'],
  amount: ['valor', 'Valor da linha'],
  vendor_email: ['email_fornecedor', 'Email do fornecedor'],
  vendor_phone: ['telefone_fornecedor', 'Telefone do fornecedor'],
  vendor_tax_id: ['nif_fornecedor', 'NIF do fornecedor'],
  iban: ['iban', 'IBAN da conta para pagamento'],
  po_number: ['numero_encomenda', 'Número da encomenda do cliente'],
  net_total: ['total_com_desconto', 'Total após desconto, antes de impostos'],
  amount_paid: ['valor_pago', 'Valor já pago'],
  balance_due: ['saldo_em_divida', 'Saldo em dívida'],
  currency: ['moeda', 'Moeda dos valores'],
};
const translated = (t: Translations, withDescription: boolean) => (f: FieldDef): Naming => {
  const [name, description] = t[f.name] ?? [f.name, f.description];
  return withDescription ? { name, description } : { name };
};

const synonym = (k: 0 | 1 | 2 | 3) => (f: FieldDef): string => SYNONYMS[f.name]?.[k] ?? f.name;
const snake = (name: string) => words(name).join('_');
const camel = (name: string) => words(name).map((w, i) => (i ? cap(w) : w)).join('');

export const SCHEMA_VARIANTS: SchemaVariant[] = [
  { name: 'original', dialect: 'canonical', rename: (f) => ({ name: f.name, description: f.description }) },
  { name: 'camelCase', dialect: 'canonical', rename: (f) => ({ name: camel(f.name), description: f.description }) },
  { name: 'kebab-case', dialect: 'canonical', rename: (f) => ({ name: words(f.name).join('-'), description: f.description }) },
  { name: 'Title Case', dialect: 'canonical', rename: (f) => ({ name: words(f.name).map(cap).join(' '), description: f.description }) },
  { name: 'UPPER_SNAKE', dialect: 'canonical', rename: (f) => ({ name: snake(f.name).toUpperCase(), description: f.description }) },
  { name: 'names only', dialect: 'canonical', rename: (f) => ({ name: f.name }) },
  { name: 'opaque names + descriptions', dialect: 'canonical', rename: (f, i) => ({ name: `field_${String.fromCharCode(97 + i)}`, description: f.description ?? humanised(f.name) }) },
  { name: 'synonyms A', dialect: 'canonical', rename: (f) => ({ name: synonym(0)(f), description: f.description }) },
  { name: 'synonyms A (names only)', dialect: 'canonical', rename: (f) => ({ name: synonym(0)(f) }) },
  { name: 'synonyms B camelCase', dialect: 'canonical', rename: (f) => ({ name: camel(synonym(1)(f)), description: f.description }) },
  { name: 'synonyms B (names only)', dialect: 'canonical', rename: (f) => ({ name: synonym(1)(f) }) },
  { name: 'terse (names only)', dialect: 'canonical', rename: (f) => ({ name: synonym(2)(f) }) },
  { name: 'Spanish names + descriptions', dialect: 'canonical', rename: (f) => ({ name: synonym(3)(f), description: SYNONYMS[f.name]?.[4] }) },
  { name: 'Spanish (names only)', dialect: 'canonical', rename: (f) => ({ name: synonym(3)(f) }) },
  { name: 'French names + descriptions', dialect: 'canonical', rename: translated(FRENCH, true) },
  { name: 'French (names only)', dialect: 'canonical', rename: translated(FRENCH, false) },
  { name: 'German names + descriptions', dialect: 'canonical', rename: translated(GERMAN, true) },
  { name: 'German (names only)', dialect: 'canonical', rename: translated(GERMAN, false) },
  { name: 'Italian (names only)', dialect: 'canonical', rename: translated(ITALIAN, false) },
  { name: 'Portuguese (names only)', dialect: 'canonical', rename: translated(PORTUGUESE, false) },
  { name: 'Documind', dialect: 'documind', rename: (f) => ({ name: f.name, description: f.description }) },
  { name: 'DocParse', dialect: 'docparse', rename: (f) => ({ name: f.name, description: f.description }) },
  { name: 'Docmind', dialect: 'docmind', rename: (f) => ({ name: f.name, description: f.description }) },
  { name: 'JSON Schema', dialect: 'jsonschema', rename: (f) => ({ name: f.name, description: f.description }) },
  { name: 'JSON Schema (dates as text)', dialect: 'jsonschema', datesAsText: true, rename: (f) => ({ name: f.name, description: f.description }) },
];

export interface AppliedVariant {
  /** The schema as the extractor sees it after the dialect round trip. */
  schema: SchemaDef;
  /** Labels keyed by the variant's names. */
  relabel: (labels: Record<string, unknown>) => Record<string, unknown>;
  /** Top-level variant name → original name. */
  originalName: Record<string, string>;
  /** Top-level variant name → the original type the values are compared as. */
  compareAs: Record<string, FieldType>;
}

interface Renamed { field: FieldDef; from: string; children?: Renamed[] }

function renameTree(fields: FieldDef[], v: SchemaVariant): Renamed[] {
  return fields.map((f, i) => {
    const { name, description } = v.rename(f, i);
    const base: FieldDef = { ...f, name, ...(description ? { description } : {}) };
    if (!description) delete base.description;
    if (v.datesAsText && f.type === 'date') base.type = 'string';
    if (f.type === 'object' && f.fields) {
      const children = renameTree(f.fields, v);
      return { field: { ...base, fields: children.map((c) => c.field) }, from: f.name, children };
    }
    if (f.type === 'list' && f.items?.type === 'object' && f.items.fields) {
      const children = renameTree(f.items.fields, v);
      return { field: { ...base, items: { ...f.items, fields: children.map((c) => c.field) } }, from: f.name, children };
    }
    return { field: base, from: f.name };
  });
}

function relabelWith(tree: Renamed[], labels: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const node of tree) {
    if (!(node.from in labels)) continue;
    const value = labels[node.from];
    const sub = (x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? relabelWith(node.children!, x as Record<string, unknown>) : x);
    out[node.field.name] = node.children ? (Array.isArray(value) ? value.map(sub) : sub(value)) : value;
  }
  return out;
}

const RENDER: Record<Dialect, (s: SchemaDef) => unknown> = { canonical: (s) => s, documind: toDocumind, docparse: toDocParse, docmind: toDocmind, jsonschema: toJsonSchema };

export function applyVariant(schema: SchemaDef, variant: SchemaVariant): AppliedVariant {
  const tree = renameTree(schema.fields, variant);
  const renamed: SchemaDef = { ...schema, fields: tree.map((n) => n.field) };
  const parsed = toCanonical(JSON.parse(JSON.stringify(RENDER[variant.dialect](renamed))));
  return {
    schema: parsed,
    relabel: (labels) => relabelWith(tree, labels),
    originalName: Object.fromEntries(tree.map((n) => [n.field.name, n.from])),
    compareAs: Object.fromEntries(tree.map((n, i) => [n.field.name, schema.fields[i].type])),
  };
}
