/** CI guard: the committed supergraph and API schema must be what the current subgraph SDLs compose to. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composedFiles, composeSupergraph, readRepoSubgraphSdls } from '../gateway/src/compose';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function committed(file: string): string {
  const full = path.join(repoRoot, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : '';
}

describe('schema/ is current', () => {
  const composed = composeSupergraph(readRepoSubgraphSdls(repoRoot));

  it('supergraph.graphql matches the subgraph SDLs', () => {
    expect(committed(composedFiles.supergraph) === composed.supergraphSdl, `${composedFiles.supergraph} is stale: run npm run compose`).toBe(true);
  });

  it('api.graphql matches the subgraph SDLs', () => {
    expect(committed(composedFiles.api) === composed.apiSdl, `${composedFiles.api} is stale: run npm run compose`).toBe(true);
  });

  it('the supergraph holds the four subgraphs', () => {
    const graphs = [...composed.supergraphSdl.matchAll(/join__Graph \{([^}]*)\}/g)][0]?.[1] ?? '';
    const names = [...graphs.matchAll(/name: "([a-z]+)"/g)].map((m) => m[1]).sort();
    expect(names).toEqual(['auth', 'findings', 'inventory', 'notifications']);
  });
});
