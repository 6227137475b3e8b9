/**
 * `npm run compose`: composes the four subgraph SDLs into schema/supergraph.graphql (the gateway's input) and
 * schema/api.graphql (what client codegen reads). Exits non-zero with the composition errors printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composedFiles, composeSupergraph, CompositionFailedError, readRepoSubgraphSdls } from '../gateway/src/compose';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  const { supergraphSdl, apiSdl } = composeSupergraph(readRepoSubgraphSdls(repoRoot));
  fs.mkdirSync(path.join(repoRoot, 'schema'), { recursive: true });
  fs.writeFileSync(path.join(repoRoot, composedFiles.supergraph), supergraphSdl);
  fs.writeFileSync(path.join(repoRoot, composedFiles.api), apiSdl);
  console.log(`wrote ${composedFiles.supergraph} and ${composedFiles.api}`);
} catch (err) {
  console.error(err instanceof CompositionFailedError ? err.message : err);
  process.exit(1);
}
