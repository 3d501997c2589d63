import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every operation the tests (and example clients) write with `graphql(...)`.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown', Upload: 'File' },
        useTypeImports: true,
        enumsAsTypes: true,
      },
    },
  },
};
export default config;
