import { loadSettings } from '../../config/settings.ts';
import { createServices } from '../../services.ts';
import { untilSignalled } from '../signals.ts';

/** `docsift worker`: processes extraction jobs, webhook deliveries and the retention purge; serves no HTTP. */
export default async function worker(): Promise<number> {
  const settings = loadSettings();
  const log = (line: string) => console.log(line);
  const services = await createServices(settings, { log, worker: true });
  console.log(`docsift worker is running (${settings.redis ? 'jobs from Redis' : 'jobs from the database'}, ${settings.queueConcurrency} at a time)`);
  return untilSignalled(() => services.close());
}
