import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One graphql instance: Pothos and yoga load it through require (CommonJS); without this alias,
  // vitest would hand our ESM imports the .mjs build and graphql would see two realms.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // OCR and PDF rendering are CPU-bound: the machine has 2 cores.
    maxWorkers: 2,
    pool: 'forks',
  },
});
