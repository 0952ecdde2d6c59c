import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

/** The peer gateway's view of the BSG simulator: one OpenAPI operation, a static bearer token. */
export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('BSG', {
        source: './bsg-openapi.json',
        endpoint: '{env.BSG_URL}',
        operationHeaders: { Authorization: 'Bearer {env.BSG_TOKEN}' },
      }),
    },
  ],
});
