/**
 * Build-time composition (no rover: it downloads a binary). The supergraph SDL is the gateway's input; the API
 * schema (no `join__*` machinery, `@inaccessible` removed) is what clients and codegen see.
 */
import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

export const subgraphNames = ['auth', 'inventory', 'findings', 'notifications'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

export interface SubgraphSdl {
  name: string;
  /** Routing url written into the supergraph; the gateway overrides it from configuration at start-up. */
  url: string;
  sdl: string;
}

export interface ComposedSchemas {
  supergraphSdl: string;
  apiSdl: string;
}

export class CompositionFailedError extends Error {
  constructor(readonly problems: string[]) {
    super(`Composition failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CompositionFailedError';
  }
}

/** Composes the subgraphs; throws CompositionFailedError listing every problem (parse or composition). */
export function composeSupergraph(sdls: SubgraphSdl[]): ComposedSchemas {
  const parseProblems: string[] = [];
  const services = sdls.flatMap(({ name, url, sdl }) => {
    try {
      return [{ name, url, typeDefs: parse(sdl) }];
    } catch (err) {
      parseProblems.push(`${name}: ${(err as Error).message}`);
      return [];
    }
  });
  if (parseProblems.length > 0) throw new CompositionFailedError(parseProblems);
  const result = composeServices(services);
  if (result.errors) {
    throw new CompositionFailedError(result.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`));
  }
  const apiSdl = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { supergraphSdl: withTrailingNewline(result.supergraphSdl), apiSdl: withTrailingNewline(apiSdl) };
}

/** Where the single-process default runs each subgraph (docs/CONTRACTS.md "Processes"). */
export const defaultSubgraphUrls: Record<SubgraphName, string> = {
  auth: 'http://127.0.0.1:8000/graphql',
  inventory: 'http://127.0.0.1:8001/graphql',
  findings: 'http://127.0.0.1:8002/graphql',
  notifications: 'http://127.0.0.1:8003/graphql',
};

/** Reads `subgraphs/<name>/src/schema.graphql` for every subgraph of the repository at `repoRoot`. */
export function readRepoSubgraphSdls(repoRoot: string): SubgraphSdl[] {
  const missing: string[] = [];
  const sdls = subgraphNames.flatMap((name) => {
    const file = path.join(repoRoot, 'subgraphs', name, 'src', 'schema.graphql');
    if (!fs.existsSync(file)) {
      missing.push(`${name}: ${path.relative(repoRoot, file)} does not exist`);
      return [];
    }
    return [{ name, url: defaultSubgraphUrls[name], sdl: fs.readFileSync(file, 'utf8') }];
  });
  if (missing.length > 0) throw new CompositionFailedError(missing);
  return sdls;
}

/** The committed output files, relative to the repository root. */
export const composedFiles = {
  supergraph: path.join('schema', 'supergraph.graphql'),
  api: path.join('schema', 'api.graphql'),
} as const;

function withTrailingNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
