/** G1-G6: limits refuse abusive documents before any subgraph resolver runs; errors never leak internals. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_ORIGIN, postGraphQL, startStack, type Stack } from './support/stack';

const alice = { userId: 'u-alice', orgId: 'org-a' };

function nested(levels: number): string {
  return `${'next { '.repeat(levels)}level${' }'.repeat(levels)}`;
}

let stack: Stack;
let production: Stack;
beforeAll(async () => {
  [stack, production] = await Promise.all([startStack(), startStack({ NODE_ENV: 'production' })]);
});
afterAll(async () => {
  await Promise.all([stack?.close(), production?.close()]);
});

describe('query limits', () => {
  it('a query within the limits runs', async () => {
    stack.subgraphs.recorded.deepCalls = 0;
    const res = await postGraphQL(stack.gateway.url, `{ deep { ${nested(5)} } }`, { token: stack.token(alice) });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(stack.subgraphs.recorded.deepCalls).toBe(6);
  });

  it('G1 depth-50 query -> 400 and no resolver ran', async () => {
    stack.subgraphs.recorded.deepCalls = 0;
    const res = await postGraphQL(stack.gateway.url, `{ deep { ${nested(50)} } }`, { token: stack.token(alice) });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.some((e) => /depth limit of 10/i.test(e.message))).toBe(true);
    expect(stack.subgraphs.recorded.deepCalls).toBe(0);
  });

  it('G1 same inside a fragment named __schema -> 400', async () => {
    stack.subgraphs.recorded.deepCalls = 0;
    const query = `{ deep { ...__schema } } fragment __schema on Deep { ${nested(50)} }`;
    const res = await postGraphQL(stack.gateway.url, query, { token: stack.token(alice) });
    expect(res.status).toBe(400);
    expect(res.body.errors?.some((e) => /depth limit of 10/i.test(e.message))).toBe(true);
    expect(stack.subgraphs.recorded.deepCalls).toBe(0);
  });

  it('G1 an introspection field cannot hide depth either', async () => {
    const query = `{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } }`;
    const res = await postGraphQL(stack.gateway.url, `{ ping ${query.slice(1, -1)} }`, { token: stack.token(alice) });
    expect(res.status).toBe(400);
  });

  it('G2 100 aliases -> 400', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: ping`).join(' ');
    const res = await postGraphQL(stack.gateway.url, `{ ${aliases} }`, { token: stack.token(alice) });
    expect(res.status).toBe(400);
    expect(res.body.errors?.some((e) => /aliases limit of 15/i.test(e.message))).toBe(true);
  });

  it('G2 more than 1000 tokens -> 400', async () => {
    const fields = Array.from({ length: 1100 }, () => 'ping').join(' ');
    const res = await postGraphQL(stack.gateway.url, `{ ${fields} }`, { token: stack.token(alice) });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('G2 60 directives -> 400', async () => {
    const directives = Array.from({ length: 60 }, () => '@include(if: true)').join(' ');
    const res = await postGraphQL(stack.gateway.url, `{ ping ${directives} }`, { token: stack.token(alice) });
    expect(res.status).toBe(400);
    expect(res.body.errors?.some((e) => /directives limit of 50/i.test(e.message))).toBe(true);
  });

  it('G3 a batched request is refused', async () => {
    const res = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ ping }' }, { query: '{ ping }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('a body over 100 kB -> 413', async () => {
    const res = await postGraphQL(stack.gateway.url, '{ ping }', { variables: { pad: 'x'.repeat(150_000) } });
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});

describe('CSRF and CORS', () => {
  it('G5 GET / text/plain POST without preflight header -> 400', async () => {
    const get = await fetch(`${stack.gateway.url}?query=${encodeURIComponent('{ ping }')}`);
    expect(get.status).toBe(400);
    const textPlain = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ ping }' }) });
    expect(textPlain.status).toBe(400);
    expect(await textPlain.text()).not.toContain('pong');
  });

  it('G5 CORS answers the dashboard origin only', async () => {
    const preflight = (origin: string) =>
      fetch(stack.gateway.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    const ok = await preflight(DASHBOARD_ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(DASHBOARD_ORIGIN);
    const evil = await preflight('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('errors and production mode', () => {
  it('G6 internal error masked', async () => {
    const res = await postGraphQL(stack.gateway.url, '{ boom }', { token: stack.token(alice) });
    expect(res.body.errors?.[0]?.message).toBe('Internal server error');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('INTERNAL');
    expect(res.text).not.toMatch(/secret_table|SELECT|stack/i);
  });

  it('G6 errors do not name the subgraph that failed', async () => {
    const res = await postGraphQL(stack.gateway.url, '{ resource(id: "r1") { id } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.text).not.toContain('serviceName');
  });

  it('G4 introspection works outside production (sandbox)', async () => {
    const res = await postGraphQL(stack.gateway.url, '{ __schema { queryType { name } } }');
    expect(res.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('G4 introspection is off in production', async () => {
    const res = await postGraphQL(production.gateway.url, '{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
  });

  it('G2 no field suggestions in production', async () => {
    const res = await postGraphQL(production.gateway.url, '{ pin }', { token: production.token(alice) });
    expect(res.status).toBe(400);
    expect(res.text).not.toContain('ping');
  });

  it('G4 the sandbox landing page is served in development only', async () => {
    const landing = (url: string) => fetch(url, { headers: { accept: 'text/html' } });
    const dev = await landing(stack.gateway.url);
    expect(dev.headers.get('content-type')).toMatch(/text\/html/);
    const prod = await landing(production.gateway.url);
    expect(prod.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(await prod.text()).not.toContain('<html');
  });
});
