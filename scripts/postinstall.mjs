// Builds the dashboard once after install so that `npm start` serves it without a build step at start time.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
if (existsSync(new URL('../client/index.html', import.meta.url))) {
  execSync('npm run build -w @cspmexa/client', { stdio: 'inherit' });
}
