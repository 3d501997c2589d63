// The graphql-http server audit suite against our yoga instance (through the app's fetch, no port).
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('graphql-http server audits', () => {
  for (const audit of serverAudits({ url: 'http://docsift.test/graphql', fetchFn: ((input: RequestInfo | URL, init?: RequestInit) => t.app.fetch(String(input) as never, (init ?? {}) as never)) as typeof fetch })) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      // Warnings are recommendations (SHOULD); errors are MUST violations.
      expect(result.status === 'error' ? `${result.reason}` : 'ok').toBe('ok');
    });
  }
});
