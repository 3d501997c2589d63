// What the generators of printed documents (forms, invoices, tables) do to the pages they render to images.
import sharp from 'sharp';

/** Mild scan damage for the image documents: greyscale, a slight tilt, a touch of blur, greyish paper. */
export async function degrade(png: Buffer, tilt: number) {
  return sharp(png).greyscale().rotate(tilt, { background: '#ffffff' }).blur(0.6).linear(0.85, 22).png({ palette: true, colors: 16 }).toBuffer();
}
