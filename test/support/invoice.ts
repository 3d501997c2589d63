// A small text-layer invoice PDF with known values and layout, made in code.
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface InvoiceLine {
  description: string;
  qty: string;
  price: string;
  amount: string;
}

export interface InvoiceSpec {
  company?: string;
  number?: string;
  date?: string;
  total?: string;
  labels?: { number: string; date: string; total: string; description: string; qty: string; price: string; amount: string };
  lines?: InvoiceLine[];
}

export const ENGLISH = { number: 'Invoice number:', date: 'Date:', total: 'Total:', description: 'Description', qty: 'Qty', price: 'Price', amount: 'Amount' };
export const SPANISH = { number: 'Factura nº:', date: 'Fecha:', total: 'Total a pagar:', description: 'Descripción', qty: 'Cantidad', price: 'Precio', amount: 'Importe' };

export async function makeInvoice(spec: InvoiceSpec = {}): Promise<Buffer> {
  const s = {
    company: 'Northwind Traders Ltd',
    number: 'INV-2024-001',
    date: '15/06/2024',
    total: '1,250.00',
    labels: ENGLISH,
    lines: [
      { description: 'Consulting services', qty: '10', price: '100.00', amount: '1,000.00' },
      { description: 'Travel expenses', qty: '1', price: '250.00', amount: '250.00' },
    ],
    ...spec,
  };
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  const text = (t: string, x: number, yTop: number, size = 11, f = font) => page.drawText(t, { x, y: 842 - yTop, size, font: f });
  text(s.company, 50, 60, 18, bold);
  text('12 Harbour Road, Springfield 10001', 50, 85);
  text(`${s.labels.number} ${s.number}`, 50, 130);
  text(`${s.labels.date} ${s.date}`, 50, 150);
  text(s.labels.description, 50, 200, 11, bold);
  text(s.labels.qty, 300, 200, 11, bold);
  text(s.labels.price, 380, 200, 11, bold);
  text(s.labels.amount, 480, 200, 11, bold);
  s.lines.forEach((l, i) => {
    const y = 225 + i * 20;
    text(l.description, 50, y);
    text(l.qty, 300, y);
    text(l.price, 380, y);
    text(l.amount, 480, y);
  });
  text(`${s.labels.total} ${s.total}`, 380, 225 + s.lines.length * 20 + 40, 12, bold);
  return Buffer.from(await pdf.save());
}
