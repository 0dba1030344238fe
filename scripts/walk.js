// npm run walk: the browser walk of every shipped procedure (npm test walks a representative
// few, see tests/e2e/procedure-walk.e2e.ts), against the production build.
import { spawnSync } from 'node:child_process';
import { buildIfStale } from './build-if-stale.js';
import { ensureChromium } from './ensure-test-tools.js';

ensureChromium();
buildIfStale();
const { status } = spawnSync(
	'npx',
	['playwright', 'test', '-c', 'tests/playwright.config.ts', 'procedure-walk'],
	{ stdio: 'inherit', env: { ...process.env, WALK: 'all' } }
);
process.exit(status ?? 1);
