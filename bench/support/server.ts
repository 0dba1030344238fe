import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildIfStale } from '../../scripts/build-if-stale.js';
import { e2ePort } from '../../tests/e2e/support/port';

export type RunningServer = { url: string; stop(): Promise<void> };

/** Starts the production build on a free port with a throw-away PGlite folder. */
export async function startProductionServer(): Promise<RunningServer> {
	buildIfStale();
	const port = await e2ePort();
	const dataDir = mkdtempSync(path.join(tmpdir(), 'cunglam-bench-'));
	const child: ChildProcess = spawn('node', ['build'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			SEED_PASSWORD: 'bench'
		},
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 240; i++) {
		try {
			if ((await fetch(`${url}/api/trpc/system.health`)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 250));
		}
	}
	return {
		url,
		async stop() {
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
