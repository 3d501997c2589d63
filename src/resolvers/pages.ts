// Pages are read once per document and reading configuration, stored, and reused by every extraction.
import type { Db } from '../db/client.ts';
import { readDocument, type ReadLimits } from '../engine/read/index.ts';
import type { Page, ReadingMode, Word } from '../engine/types.ts';
import type { Storage } from '../storage/index.ts';

export const readKeyOf = (mode: ReadingMode, language: string) => `${mode}:${language}`;

interface DocumentRow {
  id: string;
  organizationId: string;
  storageKey: string;
}

export async function storedPages(db: Db, documentId: string, readKey: string): Promise<Page[] | null> {
  const rows = await db.page.findMany({ where: { documentId, readKey }, orderBy: { number: 'asc' } });
  if (rows.length === 0) return null;
  return rows.map((r) => ({
    number: r.number,
    width: r.width,
    height: r.height,
    unit: 'pt',
    rotation: r.rotation,
    source: r.source as Page['source'],
    words: r.words as unknown as Word[],
    ...(r.error ? { error: r.error } : {}),
  }));
}

export const textOf = (pages: Page[]) =>
  pages
    .map((p) => {
      const lines = new Map<number, string[]>();
      for (const w of p.words) lines.set(w.line, [...(lines.get(w.line) ?? []), w.text]);
      return [...lines.values()].map((l) => l.join(' ')).join('\n');
    })
    .join('\f');

/** The document's pages for a reading configuration: stored ones, or read now and stored. */
export async function pagesFor(
  db: Db,
  storage: Storage,
  document: DocumentRow,
  options: { mode: ReadingMode; language: string; limits?: ReadLimits; signal?: AbortSignal },
): Promise<{ pages: Page[]; text: string }> {
  const readKey = readKeyOf(options.mode, options.language);
  const cached = await storedPages(db, document.id, readKey);
  if (cached) return { pages: cached, text: textOf(cached) };
  const data = await storage.read(document.storageKey);
  try {
    const result = await readDocument(data, { mode: options.mode, language: options.language, limits: options.limits, signal: options.signal });
    await db.page.createMany({
      data: result.pages.map((p) => ({
        organizationId: document.organizationId,
        documentId: document.id,
        readKey,
        number: p.number,
        width: p.width,
        height: p.height,
        unit: p.unit,
        rotation: p.rotation,
        source: p.source,
        words: p.words as never,
        text: textOf([p]),
        error: p.error ?? null,
      })),
    }).catch((e: { code?: string }) => {
      // Another extraction of the same document stored them first: same pages, keep theirs.
      if (e.code !== 'P2002') throw e;
    });
    await db.document.update({ where: { id: document.id }, data: { pageCount: result.pages.length, readStatus: 'READ', readError: null } });
    return { pages: result.pages, text: result.text };
  } catch (error) {
    await db.document.update({ where: { id: document.id }, data: { readStatus: 'FAILED', readError: (error as Error).message } });
    throw error;
  }
}
