/**
 * Walks every check folder and holds each check to the package contract: registered, valid metadata whose id
 * is its folder name, compliance references that exist, and fixtures proving PASS, FAIL and UNKNOWN.
 */
import type { CloudResource } from '@cspmexa/resources';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCheckFolders, renderRegistry } from '../scripts/registry-source';
import type { AnyCheck } from './engine/define-check';
import { evaluateCheck } from './engine/evaluate-check';
import type { CheckFixtures, FixtureCase } from './engine/fixtures';
import { checkMetadataSchema } from './engine/metadata-schema';
import { allChecks } from './engine/registry';
import type { ReadError } from './engine/result';
import { findControl } from './frameworks/catalogue';
import type { FrameworkId } from './frameworks/types';
import { generatedChecks } from './registry.generated';

const srcDir = fileURLToPath(new URL('.', import.meta.url));
const folders = findCheckFolders(srcDir);

describe('check registry', () => {
  it('is generated from the current folders (run `npm run generate:registry -w @cspmexa/checks`)', () => {
    const committed = readFileSync(join(srcDir, 'registry.generated.ts'), 'utf8');
    expect(committed).toBe(renderRegistry(folders));
  });

  it('has no check-like folder without check.ts (only lib/ may hold helpers)', () => {
    const awsDir = join(srcDir, 'aws');
    for (const service of readdirSync(awsDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const dir of readdirSync(join(awsDir, service.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
        const folder = `aws/${service.name}/${dir.name}`;
        if (dir.name !== 'lib') expect(folders, `${folder} has no check.ts`).toContain(folder);
      }
    }
  });

  it('registers every folder once, with unique ids and one check per csv row, resource kind and CIS control', () => {
    expect(generatedChecks.map((entry) => entry.folder)).toEqual(folders);
    expect(allChecks).toHaveLength(folders.length);
    const ids = allChecks.map((c) => c.metadata.id);
    expect(new Set(ids).size).toBe(ids.length);
    // One csv row may need one check per resource kind (IAM-16 on users, groups and roles). Two checks of one row on
    // the same kind only when the row spans several CIS controls and each check owns its own (ACC-06: 3.8 and 3.9;
    // ACC-09: 4.3, 4.4, 4.10, 4.11), so that each control's posture follows its own verdict.
    const byRowAndKind = new Map<string, AnyCheck[]>();
    for (const c of allChecks) {
      const key = `${c.metadata.shortId} ${c.metadata.resourceKind}`;
      byRowAndKind.set(key, [...(byRowAndKind.get(key) ?? []), c]);
    }
    for (const [row, checks] of byRowAndKind) {
      if (checks.length === 1) continue;
      const controls = checks.flatMap((c) => Object.entries(c.metadata.compliance).flatMap(([fw, ids]) => (ids ?? []).map((id) => `${fw} ${id}`)));
      expect(checks.every((c) => Object.keys(c.metadata.compliance).length > 0), `${row}: checks sharing a row and kind map to CIS controls`).toBe(true);
      expect(new Set(controls).size, `${row}: checks sharing a row and kind map to distinct CIS controls`).toBe(controls.length);
    }
  });
});

describe.each(generatedChecks.map((entry) => [entry.folder, entry.check as AnyCheck] as const))('%s', (folder, check) => {
  const [, service, id] = folder.split('/');
  const dir = join(srcDir, folder);

  it('has an id equal to its folder name and a service equal to its parent folder', () => {
    expect(check.metadata.id).toBe(id);
    expect(check.metadata.service).toBe(service);
  });

  it('has metadata that satisfies the schema', () => {
    const parsed = checkMetadataSchema.safeParse(check.metadata);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it('references only controls that exist in the framework catalogues', () => {
    for (const [framework, controls] of Object.entries(check.metadata.compliance)) {
      for (const control of controls ?? []) {
        expect(findControl(framework as FrameworkId, control), `${framework} ${control}`).toBeDefined();
      }
    }
  });

  it('has its own tests and fixtures', () => {
    expect(existsSync(join(dir, 'check.test.ts')), 'check.test.ts').toBe(true);
    expect(existsSync(join(dir, 'fixtures', 'cases.ts')), 'fixtures/cases.ts').toBe(true);
  });

  it.each(['pass', 'fail', 'unknown'] as const)('judges every %s fixture as such', async (kind) => {
    const { fixtures } = (await import(join(dir, 'fixtures', 'cases.ts'))) as { fixtures: CheckFixtures<CloudResource> };
    expect(fixtures[kind].length, `at least one ${kind} fixture`).toBeGreaterThan(0);
    for (const fixture of fixtures[kind]) {
      const results = evaluateCheck(check, fixture.resource, { account: fixture.account, settings: fixture.settings });
      expect(results.length, fixture.name).toBeGreaterThan(0);
      for (const result of results) {
        expect(result.status, `${fixture.name}: ${result.message}`).toBe(kind.toUpperCase());
        expect(result.resourceArn, fixture.name).toBe(fixture.resource.arn);
        if (kind === 'unknown') expectNamesTheCause(fixture, result.message);
      }
    }
  });

  // The findings subgraph asks a check again for a failure's message instead of keeping it (VerdictSet): a check
  // must be a pure function of the resource and its context.
  it('judges every fixture the same when asked twice with the same context', async () => {
    const { fixtures } = (await import(join(dir, 'fixtures', 'cases.ts'))) as { fixtures: CheckFixtures<CloudResource> };
    const now = new Date('2026-06-01T00:00:00Z');
    for (const fixture of [...fixtures.pass, ...fixtures.fail, ...fixtures.unknown]) {
      const options = { account: fixture.account, settings: fixture.settings, now };
      const first = evaluateCheck(check, fixture.resource, options);
      expect(evaluateCheck(check, fixture.resource, options), fixture.name).toEqual(first);
    }
  });
});

/**
 * UNKNOWN must say why: which API failed and how (so the operator can grant the missing permission), or, for a
 * case declaring `missingField`, that the field is really missing from the resource and named in the message.
 */
function expectNamesTheCause(fixture: FixtureCase<CloudResource>, message: string): void {
  if (fixture.missingField !== undefined) {
    const path = fixture.missingField;
    // A dotted path reaches nested plain fields (metadataOptions.httpTokens).
    const value = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], fixture.resource);
    expect(value, `${fixture.name}: ${path} must be missing`).toBeUndefined();
    expect(message, fixture.name).toContain(path);
    return;
  }
  const errors = [...Object.values(fixture.resource), ...Object.values(fixture.account ?? {})].filter(
    (value): value is ReadError => typeof value === 'object' && value !== null && (value as ReadError).state === 'error',
  );
  expect(errors.length, `${fixture.name} has no error data`).toBeGreaterThan(0);
  expect(
    errors.some((e) => message.includes(e.api) && message.includes(e.code)),
    `${fixture.name}: "${message}" names none of ${errors.map((e) => `${e.api}/${e.code}`).join(', ')}`,
  ).toBe(true);
}
