import { loadSettings } from '../../config/settings.ts';
import { startServer } from '../../server/index.ts';

/** `docsift start`: migrate, bootstrap a fresh database, serve. */
export default async function start(): Promise<number> {
  const settings = loadSettings();
  const running = await startServer(settings, { log: (line) => console.log(line) });
  console.log(`docsift is listening: GraphQL and GraphiQL at ${running.url}`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise(() => {});
  return 0;
}
