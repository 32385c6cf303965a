import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema/hub.graphql',
  documents: ['dashboard/documents.ts'],
  generates: {
    'dashboard/gql/': {
      preset: 'client',
      presetConfig: { persistedDocuments: true },
    },
  },
};

export default config;
