import { parseArgs } from 'node:util';
import { ensureOrganization } from '../../resolvers/organizations.ts';
import { withServices } from '../operator.ts';

const USAGE = `Usage:
  docsift orgs create <slug> [--name <name>] [--retention-days <n>]
  docsift orgs list [--json]`;

export default async function orgs(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { name: { type: 'string' }, 'retention-days': { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (action === 'create' && positionals[0]) {
    return withServices(async ({ db }) => {
      let org = await ensureOrganization(db, positionals[0], values.name);
      const days = values['retention-days'] ? Number(values['retention-days']) : null;
      if (days !== null) {
        if (!Number.isInteger(days) || days < 1) throw new Error('--retention-days must be a positive integer');
        org = await db.organization.update({ where: { id: org.id }, data: { retentionDays: days } });
      }
      console.log(`${org.slug}\t${org.id}\tretention ${org.retentionDays} days`);
      return 0;
    });
  }
  if (action === 'list') {
    return withServices(async ({ db }) => {
      const rows = await db.organization.findMany({ orderBy: { createdAt: 'asc' } });
      if (values.json) console.log(JSON.stringify(rows.map((o) => ({ id: o.id, slug: o.slug, name: o.name, retentionDays: o.retentionDays }))));
      else for (const o of rows) console.log(`${o.slug}\t${o.id}\t${o.name}`);
      return 0;
    });
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}
