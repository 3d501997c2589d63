// A pdf-lib page in Helvetica measured from the top, as the form and invoice generators lay pages out.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export interface Canvas {
  pdf: PDFDocument;
  page: PDFPage;
  font: PDFFont;
  bold: PDFFont;
  height: number;
  text(t: string, x: number, yTop: number, size?: number, f?: PDFFont, grey?: boolean): void;
  right(t: string, x: number, yTop: number, size?: number, f?: PDFFont): void;
  box(x: number, yTop: number, w: number, h: number, fill?: number): void;
  rule(x1: number, x2: number, yTop: number): void;
  newPage(): void;
}
export async function canvas(size: [number, number] = [595, 842]): Promise<Canvas> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const c: Canvas = {
    pdf, font, bold, height: size[1], page: pdf.addPage(size),
    text: (t, x, yTop, s = 9, f = font, grey = false) => c.page.drawText(t, { x, y: size[1] - yTop, size: s, font: f, color: grey ? rgb(0.4, 0.4, 0.4) : rgb(0, 0, 0) }),
    right: (t, x, yTop, s = 9, f = font) => c.text(t, x - f.widthOfTextAtSize(t, s), yTop, s, f),
    box: (x, yTop, w, h, fill) => c.page.drawRectangle({ x, y: size[1] - yTop - h, width: w, height: h, borderWidth: fill === undefined ? 0.6 : 0, borderColor: rgb(0.3, 0.3, 0.3), color: fill === undefined ? undefined : rgb(fill, fill, fill) }),
    rule: (x1, x2, yTop) => c.page.drawLine({ start: { x: x1, y: size[1] - yTop }, end: { x: x2, y: size[1] - yTop }, thickness: 0.5 }),
    newPage: () => { c.page = pdf.addPage(size); },
  };
  return c;
}
