import { parseArgs } from 'node:util';
import { createApiKey, revokeApiKeyByPrefix } from '../../resolvers/api-keys.ts';
import { ensureOrganization, ensureUser } from '../../resolvers/organizations.ts';
import { parseScopes, SCOPES, type Scope } from '../../resolvers/principal.ts';
import { withServices } from '../operator.ts';

const USAGE = `Usage:
  docsift keys create --org <slug> [--scopes a,b,...] [--admin] [--global-admin] [--name <name>] [--user <email>]
      Creates the organisation (and user) if needed; prints the new key alone on the last line.
      Default scopes: every scope but admin. Scopes: ${SCOPES.join(', ')}
  docsift keys list --org <slug> [--json]
  docsift keys revoke <prefix>`;

const DEFAULT_SCOPES = SCOPES.filter((s) => s !== 'admin');

export default async function keys(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      scopes: { type: 'string' },
      admin: { type: 'boolean', default: false },
      'global-admin': { type: 'boolean', default: false },
      name: { type: 'string' },
      user: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (action === 'create' && values.org) {
    const scopes: Scope[] = values.scopes ? parseScopes(values.scopes) : [...DEFAULT_SCOPES];
    if (values.admin) scopes.push('admin');
    return withServices(async ({ db }) => {
      const org = await ensureOrganization(db, values.org!);
      const user = values.user ? await ensureUser(db, org.id, values.user) : null;
      const { apiKey, key } = await createApiKey(db, {
        organizationId: org.id,
        userId: user?.id,
        name: values.name ?? '',
        scopes,
        globalAdmin: values['global-admin'],
      });
      console.log(`organisation: ${org.slug}\nprefix: ${apiKey.prefix}\nscopes: ${apiKey.scopes}${apiKey.globalAdmin ? '\nglobal admin: yes' : ''}`);
      console.log(key);
      return 0;
    });
  }
  if (action === 'list' && values.org) {
    return withServices(async ({ db }) => {
      const org = await db.organization.findUnique({ where: { slug: values.org } });
      const rows = org ? await db.apiKey.findMany({ where: { organizationId: org.id }, orderBy: { createdAt: 'asc' } }) : [];
      const out = rows.map((k) => ({
        prefix: k.prefix,
        name: k.name,
        scopes: k.scopes.split(','),
        globalAdmin: k.globalAdmin,
        createdAt: k.createdAt.toISOString(),
        lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
        revokedAt: k.revokedAt?.toISOString() ?? null,
      }));
      if (values.json) console.log(JSON.stringify(out));
      else for (const k of out) console.log(`${k.prefix}\t${k.revokedAt ? 'revoked' : 'active'}\t${k.scopes.join(',')}\t${k.name}`);
      return 0;
    });
  }
  if (action === 'revoke' && positionals[0]) {
    return withServices(async ({ db, bus }) => {
      const row = await revokeApiKeyByPrefix(db, positionals[0]);
      // Scaled out, every node hears it and closes the key's subscriptions at once (else at their recheck).
      bus.publish('keyRevoked', row.id);
      console.log(`revoked ${row.prefix}`);
      return 0;
    });
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}
