import { parseArgs } from 'node:util';
import { ensureOrganization, ensureUser } from '../../resolvers/organizations.ts';
import { withServices } from '../operator.ts';

const USAGE = `Usage:
  docsift users create --org <slug> --email <email> [--name <name>]
  docsift users list --org <slug> [--json]`;

export default async function users(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { org: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (action === 'create' && values.org && values.email) {
    return withServices(async ({ db }) => {
      const org = await ensureOrganization(db, values.org!);
      const user = await ensureUser(db, org.id, values.email!, values.name);
      console.log(`${user.email}\t${user.id}\t${user.name}`);
      return 0;
    });
  }
  if (action === 'list' && values.org) {
    return withServices(async ({ db }) => {
      const org = await db.organization.findUnique({ where: { slug: values.org } });
      const rows = org ? await db.user.findMany({ where: { organizationId: org.id }, orderBy: { createdAt: 'asc' } }) : [];
      if (values.json) console.log(JSON.stringify(rows.map((u) => ({ id: u.id, email: u.email, name: u.name }))));
      else for (const u of rows) console.log(`${u.email}\t${u.id}\t${u.name}`);
      return 0;
    });
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}
