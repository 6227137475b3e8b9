import fs from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// No Docker engine runs here: the compose file is checked by parsing what users would run.
describe('docker-compose.yml', () => {
  const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
    services: Record<string, { ports?: string[]; command?: string[]; environment?: Record<string, string> }>;
  };

  it('runs PostgreSQL, Redis, the four subgraphs and the gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['auth', 'findings', 'gateway', 'inventory', 'notifications', 'postgres', 'redis']);
  });

  it('publishes only the gateway, on 8050', () => {
    const published = Object.entries(compose.services).filter(([, s]) => s.ports?.length);
    expect(published.map(([name, s]) => [name, s.ports])).toEqual([['gateway', ['8050:8050']]]);
  });

  it('starts each service from an entry point that exists, on the real database and Redis', () => {
    for (const name of ['auth', 'inventory', 'findings', 'notifications', 'gateway']) {
      const service = compose.services[name]!;
      const entry = service.command?.at(-1) ?? '';
      expect(fs.existsSync(entry), `${name}: ${entry}`).toBe(true);
      expect(service.environment?.DATABASE_URL).toMatch(/^postgres:\/\//);
      expect(service.environment?.REDIS_URL).toMatch(/^redis:\/\//);
    }
  });
});
