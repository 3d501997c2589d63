// What a file is, from its bytes alone (never its name or declared type).
import { fileTypeFromBuffer } from 'file-type';

export const EXTRACTABLE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/tiff', 'image/bmp']);

export async function sniff(data: Buffer): Promise<{ mimeType: string; extractable: boolean }> {
  if (data.length === 0) return { mimeType: 'application/x-empty', extractable: false };
  // A PDF header may follow some junk bytes (the spec allows up to 1024).
  if (data.subarray(0, 1024).includes('%PDF-')) return { mimeType: 'application/pdf', extractable: true };
  const type = await fileTypeFromBuffer(data);
  const mimeType = type?.mime ?? 'application/octet-stream';
  return { mimeType, extractable: EXTRACTABLE_TYPES.has(mimeType) };
}
