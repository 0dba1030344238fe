// npm test: every test — unit and server (Vitest), then the browser tests (Playwright + Chromium)
// against the real production build, then a small slice of the fuzz run — and then a check that
// nothing any of them started is still running.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { buildIfStale } from './build-if-stale.js';
import { ensureChromium, ensurePdfTools } from './ensure-test-tools.js';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describeLeftovers, findLeftovers, killLeftovers } from './leftover-processes.js';
import { runMarkerVariable } from './server-process.js';
import { closingLine, reportDir, sumReports } from './test-report.js';

// Every process started below inherits the marker; see leftover-processes.js.
const runId = randomUUID();
process.env[runMarkerVariable] = runId;

const run = (cmd, args, env = {}) =>
	spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

// Each runner also writes a JSON report; the closing line counts them (scripts/test-report.js).
const vitestReport = path.join(reportDir, 'vitest.json');
const playwrightReport = path.join(reportDir, 'playwright.json');
rmSync(vitestReport, { force: true });
rmSync(playwrightReport, { force: true });
mkdirSync(reportDir, { recursive: true });

ensureChromium();
ensurePdfTools();
const unit = run('npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${vitestReport}`
]);
buildIfStale();
const e2e = run(
	'npx',
	['playwright', 'test', '-c', 'tests/playwright.config.ts', '--reporter=list,json'],
	{
		PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport
	}
);
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

const counts = sumReports([vitestReport, playwrightReport]);
if (unit !== 0 || e2e !== 0 || fuzz !== 0 || leftovers.length || counts.missing.length) {
	console.error(
		`Tests failed: vitest exit ${unit}, playwright exit ${e2e}, fuzz exit ${fuzz}, ${leftovers.length} process(es) left${counts.missing.length ? `, no report from ${counts.missing.join(', ')}` : ''}`
	);
	console.log(closingLine({ ...counts, failed: Math.max(counts.failed, 1) }));
	process.exit(1);
}
console.log('== npm test: unit, server, browser and fuzz all green; tests counted:');
console.log(closingLine(counts));
