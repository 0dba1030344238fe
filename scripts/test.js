// npm test: every test — unit and server (Vitest), then the browser tests (Playwright + Chromium)
// against the real production build, then a small slice of the fuzz run — and then a check that
// nothing any of them started is still running.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { buildIfStale } from './build-if-stale.js';
import { ensureChromium, ensurePdfTools } from './ensure-test-tools.js';
import { describeLeftovers, findLeftovers, killLeftovers } from './leftover-processes.js';
import { runMarkerVariable } from './server-process.js';

// Every process started below inherits the marker; see leftover-processes.js.
const runId = randomUUID();
process.env[runMarkerVariable] = runId;

const run = (cmd, args, env = {}) =>
	spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

ensureChromium();
ensurePdfTools();
const unit = run('npx', ['vitest', 'run']);
buildIfStale();
const e2e = run('npx', ['playwright', 'test', '-c', 'tests/playwright.config.ts']);
// ~300 generated requests on PGlite, with a fixed seed so that a red run can be replayed; the
// full run (`npm run fuzz`, a new seed each time) takes minutes.
const fuzz = run('npx', ['tsx', 'tests/fuzz/run.ts'], {
	FUZZ_REQUESTS: process.env.FUZZ_REQUESTS ?? '300',
	FUZZ_SEED: process.env.FUZZ_SEED ?? '14',
	FUZZ_SKIP_POSTGRES: '1'
});

const leftovers = findLeftovers(runId);
if (leftovers.length) {
	console.error(
		`Còn tiến trình chạy sau khi kiểm thử xong (đã dừng) / processes left running (killed):\n${describeLeftovers(leftovers)}`
	);
	await killLeftovers(leftovers);
}

if (unit !== 0 || e2e !== 0 || fuzz !== 0 || leftovers.length) {
	console.error(
		`Tests failed: vitest exit ${unit}, playwright exit ${e2e}, fuzz exit ${fuzz}, ${leftovers.length} process(es) left`
	);
	process.exit(1);
}
console.log('All tests passed.');
