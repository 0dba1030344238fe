import { rmSync } from 'node:fs';
import { killRecordedServers, pidDirectory } from '../scripts/server-process.js';

/**
 * Runs after every test, whatever the outcome: a server whose pid file is still there was left
 * by a worker that crashed or timed out before its `dispose`. Playwright stops its webServer
 * itself (by process group).
 */
export default function globalTeardown() {
	const directory = pidDirectory();
	const killed = killRecordedServers(directory);
	if (killed.length) console.warn(`Stopped ${killed.length} server(s) left by tests: ${killed}`);
	rmSync(directory, { recursive: true, force: true });
	const template = process.env.E2E_OWN_SERVER_TEMPLATE;
	if (template) rmSync(template, { recursive: true, force: true });
}
