// Organisations and users: created by the operator (CLI, bootstrap), not through the tenant API.
import type { Db } from '../db/client.ts';
import { createApiKey } from './api-keys.ts';
import { ValidationError } from './errors.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export async function ensureOrganization(db: Db, slug: string, name?: string) {
  if (!SLUG.test(slug)) throw new ValidationError(`Invalid organisation slug "${slug}": lowercase letters, digits and dashes`);
  return db.organization.upsert({ where: { slug }, create: { slug, name: name ?? slug }, update: {} });
}

export async function ensureUser(db: Db, organizationId: string, email: string, name?: string) {
  return db.user.upsert({
    where: { organizationId_email: { organizationId, email } },
    create: { organizationId, email, name: name ?? email.split('@')[0] },
    update: name ? { name } : {},
  });
}

/** On a fresh database: one organisation, its admin user and an admin key (returned once). */
export async function bootstrap(db: Db): Promise<{ organization: string; key: string } | null> {
  if ((await db.organization.count()) > 0) return null;
  const org = await ensureOrganization(db, 'default', 'Default organisation');
  const user = await ensureUser(db, org.id, 'admin@localhost', 'Administrator');
  const { key } = await createApiKey(db, { organizationId: org.id, userId: user.id, name: 'bootstrap admin', scopes: ['admin'] });
  return { organization: org.slug, key };
}
