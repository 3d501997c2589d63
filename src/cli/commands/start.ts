import { parseArgs } from 'node:util';
import { loadSettings } from '../../config/settings.ts';
import { startServer } from '../../server/index.ts';
import { dialects } from '../../rest/index.ts';
import { untilSignalled } from '../signals.ts';

/** `docsift start [--no-worker]`: migrate, bootstrap a fresh database, serve (and process jobs unless told not to). */
export default async function start(args: string[] = []): Promise<number> {
  const { values } = parseArgs({ args, options: { 'no-worker': { type: 'boolean', default: false } } });
  const settings = loadSettings();
  const worker = settings.worker && !values['no-worker'];
  const running = await startServer(settings, { log: (line) => console.log(line), worker });
  console.log(`docsift is listening: GraphQL and GraphiQL at ${running.url}${worker ? '' : ' (API only: jobs are left to `docsift worker`)'}`);
  const origin = new URL(running.url).origin;
  console.log(`REST-compat gateway: ${dialects.map((d) => `${d.name} at ${origin}${d.prefix}`).join(', ')}`);
  return untilSignalled(() => running.close());
}
