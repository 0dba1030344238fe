import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { spawnServer, stopServer } from '../../scripts/server-process.js';
import { e2ePort } from '../e2e/support/port';

const root = path.resolve(import.meta.dirname, '../..');
export const fuzzSeedPassword = 'fuzz-mat-khau';

export type DatabaseKind = 'pglite' | 'postgres';

export type FuzzServer = {
	url: string;
	kind: DatabaseKind;
	/** The server's stdout and stderr, for the error lines behind a 5xx. */
	logFile: string;
	stop(): Promise<void>;
};

/** Where the run makes its throw-away databases: a server's maintenance database. */
export const postgresAdminUrl =
	process.env.FUZZ_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Creates `cunglam_fuzz_<random>` and answers its URL and how to drop it. */
async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
	const name = `cunglam_fuzz_${randomBytes(6).toString('hex')}`;
	const admin = postgres(postgresAdminUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
	try {
		await admin.unsafe(`create database ${name}`);
	} finally {
		await admin.end();
	}
	const url = new URL(postgresAdminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			const sql = postgres(postgresAdminUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
			try {
				await sql.unsafe(`drop database if exists ${name} with (force)`);
			} finally {
				await sql.end();
			}
		}
	};
}

/** Whether PostgreSQL answers at the admin URL; the error's message when it does not. */
export async function postgresReachable(): Promise<string | undefined> {
	const sql = postgres(postgresAdminUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
	try {
		await sql`select 1`;
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	} finally {
		await sql.end({ timeout: 1 });
	}
}

async function waitUntilHealthy(url: string, exited: () => boolean): Promise<void> {
	for (let i = 0; i < 480; i++) {
		if (exited()) throw new Error('the server exited while starting');
		try {
			if ((await fetch(`${url}/api/trpc/system.health`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error('the server did not start within 2 minutes');
}

/** The production build on a free port and a database of its own, as `npm start` runs it. */
export async function startFuzzServer(kind: DatabaseKind): Promise<FuzzServer> {
	const port = await e2ePort();
	const url = `http://127.0.0.1:${port}`;
	const dataDir = mkdtempSync(path.join(tmpdir(), 'cunglam-fuzz-'));
	const logFile = path.join(dataDir, 'server.log');
	const database = kind === 'postgres' ? await createPostgresDatabase() : undefined;
	const log = openSync(logFile, 'a');
	const child = spawnServer({
		cwd: root,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: path.join(dataDir, 'pglite'),
			DATABASE_URL: database?.url,
			SEED_PASSWORD: fuzzSeedPassword,
			BODY_SIZE_LIMIT: '30M'
		},
		stdio: ['ignore', log, log]
	});
	const stop = async () => {
		await stopServer(child, 'SIGTERM');
		await database?.drop();
		rmSync(dataDir, { recursive: true, force: true });
	};
	try {
		await waitUntilHealthy(url, () => child.exitCode !== null);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, kind, logFile, stop };
}
