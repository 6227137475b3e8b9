import type { CodegenConfig } from '@graphql-codegen/cli';

// The client is typed against the composed API schema (never the supergraph, which carries join__* types).
const schema = 'schema/api.graphql';

const config: CodegenConfig = {
  schema,
  // Test files hold ad-hoc operations of their own; they are not part of the app's API surface.
  documents: ['client/src/**/*.{ts,tsx,graphql}', '!client/src/gql/**', '!client/src/**/*.test.{ts,tsx}'],
  // A document that no longer matches the schema must fail generation, not produce stale types.
  ignoreNoDocuments: false,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Fragments colocate data needs with components; masking would add ceremony without a team to protect.
        fragmentMasking: false,
      },
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown' },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
