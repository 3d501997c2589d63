import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Settings } from '../config/settings.ts';
import { bootstrap } from '../resolvers/organizations.ts';
import { createServices } from '../services.ts';
import { createApp } from './app.ts';
import { attachWebSockets } from './ws.ts';

export interface RunningServer {
  server: Server;
  url: string;
  services: Awaited<ReturnType<typeof createServices>>;
  close(): Promise<void>;
}

/** `worker: false` makes an API-only node (jobs are left to `docsift worker`); default: the `DOCSIFT_WORKER` setting. */
export async function startServer(settings: Settings, options: { log?: (line: string) => void; bootstrap?: boolean; worker?: boolean } = {}): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  const services = await createServices(settings, { log, worker: options.worker ?? settings.worker });
  if (options.bootstrap !== false) {
    const created = await bootstrap(services.db);
    if (created) {
      log(`Created organisation "${created.organization}" and its admin API key (shown once, store it now):`);
      log(`  ${created.key}`);
    }
  }
  const { app, yoga } = createApp(services);
  const server = createServer(app);
  const sockets = attachWebSockets(server, yoga as never, services);
  await new Promise<void>((resolve) => server.listen(settings.port, settings.host, resolve));
  const { port } = server.address() as AddressInfo;
  const host = settings.host === '0.0.0.0' || settings.host === '::' ? 'localhost' : settings.host;
  const url = `http://${host}:${port}/graphql`;
  return {
    server,
    url,
    services,
    async close() {
      await sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close();
    },
  };
}
