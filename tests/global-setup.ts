import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnServer, stopServer } from '../scripts/server-process.js';
import { ownServerEnv, ownServerTemplateReady, waitUntilUp } from './e2e/support/app-server';
import { e2ePort } from './e2e/support/port';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Starts the production server once on an empty folder and stops it: the folder then holds what
 * every first start writes (migrations, communes, procedures, demo accounts with the own
 * servers' password). Each server a test starts itself copies it (support/app-server.ts) rather
 * than spend seconds doing the same. Without it, they start from nothing, as before.
 */
export default async function globalSetup() {
	const template = process.env.E2E_OWN_SERVER_TEMPLATE;
	if (!template) return;
	const dataDir = path.join(template, 'data');
	mkdirSync(dataDir, { recursive: true });
	const port = await e2ePort();
	const child = spawnServer({
		cwd: root,
		env: { ...ownServerEnv, PORT: String(port), DATA_DIR: dataDir }
	});
	try {
		await waitUntilUp(`http://127.0.0.1:${port}`, child);
	} finally {
		// SIGTERM: the server closes its database before it exits.
		await stopServer(child, 'SIGTERM');
	}
	// A folder left by a server that had to be killed may be half written: not a template.
	if (child.exitCode === 0) writeFileSync(path.join(template, ownServerTemplateReady), '');
	else console.warn(`own-server template not made (exit ${child.exitCode ?? child.signalCode})`);
}
