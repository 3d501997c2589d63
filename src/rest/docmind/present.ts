// One Docmind extraction: the list row, the full answer with `fields` and `usage`, and /detailed.
import type { SchemaDef, FieldValue, Usage, Page } from '../../engine/types.ts';
import { finalResults } from '../../resolvers/extractions.ts';
import { readKeyOf, storedPages, textOf } from '../../resolvers/pages.ts';
import type { Actor } from '../../resolvers/principal.ts';
import type { ReadingMode } from '../../engine/types.ts';
import { docmindFields } from './fields.ts';
import { estado, fecha } from './vocabulary.ts';

type Row = Awaited<ReturnType<Actor['db']['extraction']['findUniqueOrThrow']>>;

/** Users and skills named by a page of rows, fetched once. */
export async function namesFor(actor: Actor, rows: Row[]) {
  const userIds = [...new Set(rows.map((r) => r.lastUserId).filter((x): x is string => !!x))];
  const skillIds = [...new Set(rows.map((r) => r.skillId).filter((x): x is string => !!x))];
  const [users, skills] = await Promise.all([
    userIds.length ? actor.db.user.findMany({ where: { id: { in: userIds } } }) : [],
    skillIds.length ? actor.db.skill.findMany({ where: { id: { in: skillIds } } }) : [],
  ]);
  return { users: new Map(users.map((u) => [u.id, u])), skills: new Map(skills.map((s) => [s.id, s])) };
}

export function presentRow(row: Row, names: Awaited<ReturnType<typeof namesFor>>) {
  const user = row.lastUserId ? names.users.get(row.lastUserId) : undefined;
  const skill = row.skillId ? names.skills.get(row.skillId) : undefined;
  return {
    id: row.id,
    origin_name: row.filename,
    extraction_date: fecha(row.createdAt),
    last_modification: fecha(row.updatedAt),
    last_user_id: row.lastUserId,
    last_user_name: user?.name ?? null,
    last_user_email: user?.email ?? null,
    status: estado(row),
    skill_name: skill?.name ?? null,
    habilidad_id: row.skillId,
  };
}

function usageOf(row: Row) {
  const u = row.usage as Usage | null;
  if (!u) return null;
  return {
    tokens_consumidos: u.promptTokens + u.completionTokens,
    prompt_tokens: u.promptTokens,
    response_tokens: u.completionTokens,
    duration: Math.round(u.durationMs / 100) / 10,
    model: u.model ?? row.model ?? u.provider,
  };
}

/** GET /extractions/{id}: without `fields` and `usage` while queued or processing. */
export async function presentExtraction(actor: Actor, row: Row, detailed: boolean) {
  const { habilidad_id: _h, ...head } = presentRow(row, await namesFor(actor, [row]));
  const finished = row.status === 'COMPLETED' || row.status === 'FAILED';
  if (!finished) return head;
  const body: Record<string, unknown> = {
    ...head,
    ...(row.status === 'FAILED' || row.completionMessage ? { error_message: row.error ?? row.completionMessage } : {}),
    fields: docmindFields({
      extractionId: row.id,
      schema: row.schemaSnapshot as unknown as SchemaDef,
      fields: row.fields as unknown as FieldValue[] | null,
      current: finalResults(row) as Record<string, unknown> | null,
      detailed,
    }),
  };
  if (detailed) {
    const pages: Page[] = (await storedPages(actor.db, row.documentId, readKeyOf(row.readingMode as ReadingMode, row.language))) ?? [];
    body.words = Object.fromEntries(
      pages.map((p) => [String(p.number), p.words.map((w) => ({ id: w.id, word: w.text, x0: w.box[0], y0: w.box[1], x1: w.box[2], y1: w.box[3], page: p.number }))]),
    );
    body.full_text = textOf(pages);
    body.num_pages = pages.length;
  }
  body.usage = usageOf(row);
  return body;
}
