// Type-checks every workspace with its own tsconfig (the client has DOM/JSX settings the servers must not have).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const { workspaces } = require('../package.json');
const expand = (w) => (w.endsWith('/*') ? readdirSync(w.slice(0, -2)).map((d) => `${w.slice(0, -2)}/${d}`) : [w]);
const dirs = [...workspaces.flatMap(expand), '.'].filter((d) => existsSync(`${d}/tsconfig.json`));
let failed = 0;
for (const dir of dirs) {
  try {
    execFileSync(process.execPath, [tsc, '-p', dir, '--noEmit'], { stdio: 'inherit' });
    console.log(`ok   ${dir}`);
  } catch {
    failed += 1;
    console.log(`FAIL ${dir}`);
  }
}
process.exit(failed ? 1 : 0);
