// What operator commands share: settings from the environment and a migrated database.
import { loadSettings } from '../config/settings.ts';
import { createServices } from '../services.ts';

export async function withServices<T>(fn: (services: Awaited<ReturnType<typeof createServices>>) => Promise<T>): Promise<T> {
  const services = await createServices(loadSettings(), { log: (line) => process.stderr.write(`${line}\n`) });
  try {
    return await fn(services);
  } finally {
    await services.close();
  }
}
