// API keys: random, shown once, stored as SHA-256, looked up by hash on every request so a revocation
// takes effect on the next one.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { scopedDb } from '../db/tenant.ts';
import { NotFoundError } from './errors.ts';
import { parseScopes, type Actor, type Principal, type Scope } from './principal.ts';

const KEY_PREFIX = 'dsk_';
/** lastUsedAt is written at most this often per key, so reads do not turn into writes. */
const LAST_USED_RESOLUTION_MS = 30_000;

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

function generateKey() {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { key: `${KEY_PREFIX}${id}_${secret}`, prefix: `${KEY_PREFIX}${id}` };
}

export interface CreateKeyInput {
  organizationId: string;
  userId?: string | null;
  name?: string;
  scopes: Scope[];
  globalAdmin?: boolean;
}

/** Returns the row and the plaintext key, which is never stored and never shown again. */
export async function createApiKey(db: Db, input: CreateKeyInput) {
  const { key, prefix } = generateKey();
  const row = await scopedDb(db, input.organizationId).apiKey.create({
    data: {
      organizationId: input.organizationId,
      userId: input.userId ?? null,
      name: input.name ?? '',
      prefix,
      hash: hashKey(key),
      scopes: [...new Set(input.scopes)].join(','),
      globalAdmin: input.globalAdmin ?? false,
    },
  });
  return { apiKey: row, key };
}

export async function authenticate(db: Db, rawKey: string | null | undefined): Promise<Principal | null> {
  if (!rawKey || !rawKey.startsWith(KEY_PREFIX)) return null;
  const row = await db.apiKey.findUnique({ where: { hash: hashKey(rawKey) } });
  if (!row || row.revokedAt) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return {
    apiKeyId: row.id,
    keyPrefix: row.prefix,
    organizationId: row.organizationId,
    userId: row.userId,
    scopes: new Set(parseScopes(row.scopes)),
    globalAdmin: row.globalAdmin,
  };
}

/** A key that exists but was revoked: doors that tell this apart from an unknown key ask. */
export async function isRevokedKey(db: Db, rawKey: string | null | undefined): Promise<boolean> {
  if (!rawKey || !rawKey.startsWith(KEY_PREFIX)) return false;
  const row = await db.apiKey.findUnique({ where: { hash: hashKey(rawKey) }, select: { revokedAt: true } });
  return !!row?.revokedAt;
}

const activeChecks = new Map<string, { at: number; active: Promise<boolean> }>();
/** Many connections share a key: one look-up per key per this period serves them all. */
const ACTIVE_CHECK_TTL_MS = 1000;

/** Still valid? Long-lived connections (subscriptions) re-check with this. */
export function isKeyActive(db: Db, apiKeyId: string): Promise<boolean> {
  const cached = activeChecks.get(apiKeyId);
  if (cached && Date.now() - cached.at < ACTIVE_CHECK_TTL_MS) return cached.active;
  const active = db.apiKey.findUnique({ where: { id: apiKeyId }, select: { revokedAt: true } }).then((row) => !!row && !row.revokedAt);
  activeChecks.set(apiKeyId, { at: Date.now(), active });
  if (activeChecks.size > 10_000) activeChecks.clear();
  return active;
}

export async function revokeApiKey(actor: Actor, id: string) {
  const row = await actor.db.apiKey.findUnique({ where: { id } });
  if (!row) throw new NotFoundError('API key', id);
  if (row.revokedAt) return row;
  const revoked = await actor.db.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  actor.services.bus.publish('keyRevoked', id);
  return revoked;
}

export function listApiKeys(actor: Actor) {
  return actor.db.apiKey.findMany({ orderBy: { createdAt: 'asc' } });
}

/** Keys by prefix, for the CLI (which acts as the operator, outside any tenant). */
export async function revokeApiKeyByPrefix(db: Db, prefix: string) {
  const row = await db.apiKey.findUnique({ where: { prefix } });
  if (!row) throw new NotFoundError('API key', prefix);
  return db.apiKey.update({ where: { id: row.id }, data: { revokedAt: row.revokedAt ?? new Date() } });
}
