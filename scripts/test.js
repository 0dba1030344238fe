// npm test: every test — unit and server (Vitest), then the browser tests (Playwright + Chromium)
// against the real production build.
import { spawnSync } from 'node:child_process';
import { buildIfStale } from './build-if-stale.js';
import { ensureChromium, ensurePdfTools } from './ensure-test-tools.js';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

ensureChromium();
ensurePdfTools();
const unit = run('npx', ['vitest', 'run']);
buildIfStale();
const e2e = run('npx', ['playwright', 'test', '-c', 'tests/playwright.config.ts']);

if (unit !== 0 || e2e !== 0) {
	console.error(`Tests failed: vitest exit ${unit}, playwright exit ${e2e}`);
	process.exit(1);
}
console.log('All tests passed.');
