import { loadSettings } from '../../config/settings.ts';
import { startServer } from '../../server/index.ts';
import { dialects } from '../../rest/index.ts';

/** `docsift start`: migrate, bootstrap a fresh database, serve. */
export default async function start(): Promise<number> {
  const settings = loadSettings();
  const running = await startServer(settings, { log: (line) => console.log(line) });
  console.log(`docsift is listening: GraphQL and GraphiQL at ${running.url}`);
  const origin = new URL(running.url).origin;
  console.log(`REST-compat gateway: ${dialects.map((d) => `${d.name} at ${origin}${d.prefix}`).join(', ')}`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise(() => {});
  return 0;
}
