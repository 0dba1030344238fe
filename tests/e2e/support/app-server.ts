import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnServer, stopServer } from '../../../scripts/server-process.js';
import { e2ePort } from './port';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * A production server of the test's own (the shared one of the Playwright config must not be
 * killed): its own port and PGlite folder, which survive `kill` + `start` like a real restart.
 */
export type AppServer = {
	url: string;
	/** Its PGlite folder: a command may open it while the server is stopped (one process only). */
	dataDir: string;
	start(): Promise<void>;
	/** SIGKILL by default: no goodbye, no flush, as a power cut or an OOM kill would do. */
	kill(signal?: NodeJS.Signals): Promise<void>;
	dispose(): Promise<void>;
};

export async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
	for (let i = 0; i < 480; i++) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
		try {
			if ((await fetch(`${url}/api/trpc/system.health`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error('server did not start');
}

/** The file global-setup.ts writes beside the template's `data` folder once it is complete. */
export const ownServerTemplateReady = 'ready';

/** The environment of every server a test starts itself, before its own variables. */
export const ownServerEnv = {
	HOST: '127.0.0.1',
	SEED_PASSWORD: 'own-server',
	BODY_SIZE_LIMIT: '30M'
};

export async function createAppServer(
	env: Record<string, string> = {},
	/** Fills the PGlite folder in Node before the first start (e.g. a dossier weeks old). */
	prepare?: (dataDir: string) => Promise<void>
): Promise<AppServer> {
	const port = await e2ePort();
	const dataDir = mkdtempSync(path.join(tmpdir(), 'cunglam-own-server-'));
	// A copy of the run's migrated and seeded folder (global-setup.ts) when there is one: the same
	// state a first start leaves, seconds sooner. `prepare` migrates and seeds again: nothing to do.
	const template = process.env.E2E_OWN_SERVER_TEMPLATE;
	if (template && existsSync(path.join(template, ownServerTemplateReady))) {
		cpSync(path.join(template, 'data'), dataDir, { recursive: true });
	}
	await prepare?.(dataDir);
	const url = `http://127.0.0.1:${port}`;
	let child: ChildProcess | undefined;
	const server: AppServer = {
		url,
		dataDir,
		async start() {
			// A second start would orphan the first process, which nothing would then stop.
			if (child) throw new Error('the server is running: kill it before starting it again');
			// Its own process group, killed by group on dispose, on exit and by the teardown.
			child = spawnServer({
				cwd: root,
				env: {
					...ownServerEnv,
					PORT: String(port),
					DATA_DIR: dataDir,
					...env
				}
			});
			try {
				await waitUntilUp(url, child);
			} catch (error) {
				await server.kill();
				throw error;
			}
		},
		async kill(signal = 'SIGKILL') {
			const running = child;
			child = undefined;
			if (running) await stopServer(running, signal);
		},
		async dispose() {
			await server.kill('SIGTERM');
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
	await server.start();
	return server;
}
