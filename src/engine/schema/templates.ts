// Built-in schemas for common documents, usable as they are or copied into a skill.
import type { SchemaDef } from '../types.ts';
import { validateSchema } from './validate.ts';

const lineItems = (extra: SchemaDef['fields'] = []) => ({
  name: 'line_items',
  type: 'list' as const,
  description: 'One entry per row of the items table',
  items: {
    name: 'item',
    type: 'object' as const,
    fields: [
      { name: 'description', type: 'string' as const, description: 'What was sold or ordered' },
      { name: 'quantity', type: 'number' as const, description: 'Number of units' },
      { name: 'unit_price', type: 'number' as const, description: 'Price of one unit' },
      { name: 'amount', type: 'number' as const, description: 'Line total' },
      ...extra,
    ],
  },
});

const TEMPLATES: Record<string, SchemaDef> = {
  invoice: {
    name: 'Invoice',
    description: 'A supplier invoice with its line items',
    fields: [
      { name: 'invoice_number', type: 'string', required: true, description: 'Invoice number as printed' },
      { name: 'invoice_date', type: 'date', required: true, description: 'Date the invoice was issued' },
      { name: 'due_date', type: 'date', description: 'Date payment is due' },
      { name: 'vendor_name', type: 'string', required: true, description: 'Company that issued the invoice' },
      { name: 'vendor_tax_id', type: 'string', description: 'VAT / tax identification number of the vendor (VAT, NIF, CIF)' },
      { name: 'customer_name', type: 'string', description: 'Customer the invoice is billed to' },
      { name: 'currency', type: 'string', description: 'Currency code or symbol' },
      { name: 'subtotal', type: 'number', description: 'Amount before tax' },
      { name: 'tax_amount', type: 'number', description: 'Total tax (VAT, IVA, GST)' },
      { name: 'total_amount', type: 'number', required: true, description: 'Total amount to pay' },
      lineItems(),
    ],
  },
  receipt: {
    name: 'Receipt',
    description: 'A shop or restaurant receipt',
    fields: [
      { name: 'merchant_name', type: 'string', required: true, description: 'Name of the store that issued the receipt' },
      { name: 'merchant_address', type: 'string', description: 'Address of the store' },
      { name: 'date', type: 'date', required: true, description: 'Date of the purchase' },
      { name: 'total', type: 'number', required: true, description: 'Total amount paid' },
      { name: 'tax', type: 'number', description: 'Tax included in the total' },
      { name: 'payment_method', type: 'string', description: 'Cash, card...' },
      lineItems(),
    ],
  },
  bank_statement: {
    name: 'Bank statement',
    description: 'An account statement with its transactions',
    fields: [
      { name: 'bank_name', type: 'string', required: true, description: 'Bank that issued the statement' },
      { name: 'account_holder', type: 'string', description: 'Name of the account holder' },
      { name: 'iban', type: 'string', description: 'IBAN or account number' },
      { name: 'period_start', type: 'date', description: 'First day of the statement period' },
      { name: 'period_end', type: 'date', description: 'Last day of the statement period' },
      { name: 'opening_balance', type: 'number', description: 'Balance at the start of the period' },
      { name: 'closing_balance', type: 'number', required: true, description: 'Balance at the end of the period' },
      {
        name: 'transactions',
        type: 'list',
        description: 'One entry per transaction row',
        items: {
          name: 'item',
          type: 'object',
          fields: [
            { name: 'date', type: 'date', description: 'Transaction date' },
            { name: 'description', type: 'string', description: 'Transaction description' },
            { name: 'amount', type: 'number', description: 'Amount (negative for debits)' },
            { name: 'balance', type: 'number', description: 'Balance after the transaction' },
          ],
        },
      },
    ],
  },
  identity_document: {
    name: 'Identity document',
    description: 'A national identity card, passport or driving licence',
    fields: [
      { name: 'document_type', type: 'enum', values: ['id_card', 'passport', 'driving_licence', 'residence_permit'], description: 'Kind of document' },
      { name: 'document_number', type: 'string', required: true, description: 'Document number (DNI, passport number)' },
      { name: 'given_names', type: 'string', required: true, description: 'Given names / first name' },
      { name: 'surnames', type: 'string', required: true, description: 'Surnames / last name' },
      { name: 'date_of_birth', type: 'date', description: 'Date of birth' },
      { name: 'nationality', type: 'string', description: 'Nationality' },
      { name: 'sex', type: 'string', description: 'Sex as printed' },
      { name: 'issue_date', type: 'date', description: 'Date of issue' },
      { name: 'expiry_date', type: 'date', description: 'Date of expiry' },
    ],
  },
  purchase_order: {
    name: 'Purchase order',
    description: 'A purchase order sent to a supplier',
    fields: [
      { name: 'po_number', type: 'string', required: true, description: 'Purchase order number' },
      { name: 'order_date', type: 'date', required: true, description: 'Date of the order' },
      { name: 'buyer_name', type: 'string', description: 'Company placing the order' },
      { name: 'supplier_name', type: 'string', description: 'Supplier the order is sent to' },
      { name: 'delivery_date', type: 'date', description: 'Requested delivery date' },
      { name: 'delivery_address', type: 'string', description: 'Where to deliver' },
      { name: 'total_amount', type: 'number', required: true, description: 'Total amount of the order' },
      lineItems([{ name: 'sku', type: 'string', description: 'Article or SKU code' }]),
    ],
  },
};

// Checked once at load: a template is a reviewed, valid schema.
for (const schema of Object.values(TEMPLATES)) validateSchema(schema);

export const TEMPLATE_KEYS = Object.keys(TEMPLATES);

export function template(key: string): SchemaDef | null {
  return TEMPLATES[key] ? structuredClone(TEMPLATES[key]) : null;
}
