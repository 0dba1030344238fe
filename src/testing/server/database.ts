import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '$lib/server/db/client';
import { seedProcedures } from '$lib/server/procedures/seed-procedures';
import { documentsDir, readShippedDocuments } from '../procedures/catalogue';

/**
 * A fresh, migrated database for one test file: PGlite in a temporary folder, or — when
 * DATABASE_URL is set (CI) — a new PostgreSQL database created beside the one in the URL and
 * dropped afterwards, so test files never see each other's rows. Benchmarks pass the URL (or ''
 * for PGlite) to choose. Like a fresh server, it holds the shipped procedures (unless
 * `procedures: false`).
 *
 * Migrating and seeding took seconds per test file, twice in CI (PGlite, then PostgreSQL); so
 * it is done once per run into a template, keyed by what it is made of, and each test file gets
 * a copy: a copied PGlite folder, or `create database … template …` on PostgreSQL.
 */
export async function openTestDatabase(
	baseUrl: string | undefined = process.env.DATABASE_URL,
	options: { procedures?: boolean } = {}
): Promise<DatabaseHandle & { dispose(): Promise<void> }> {
	const variant = options.procedures === false ? 'bare' : 'seeded';
	return baseUrl ? openPostgres(baseUrl, variant) : openPglite(variant);
}

type Variant = 'seeded' | 'bare';

const root = path.resolve(path.dirname(documentsDir), '../../../..');

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && !entry.name.endsWith('.spec.ts'))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}

let hashOnce: string | undefined;
/**
 * What a template is made of: the migrations, the shipped documents, the code that publishes
 * them, and PGlite's version (its folder format). Any change makes a new template.
 */
function templateHash(): string {
	if (hashOnce) return hashOnce;
	const hash = createHash('sha256');
	const inputs = [
		...filesUnder(path.join(root, 'drizzle')),
		...filesUnder(path.join(root, 'src/lib/server/procedures')),
		path.join(root, 'node_modules/@electric-sql/pglite/package.json')
	];
	for (const file of inputs) {
		hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
	}
	return (hashOnce = hash.digest('hex').slice(0, 16));
}

/** Migrates and, for the seeded variant, publishes the shipped procedures. */
async function fill(handle: DatabaseHandle, variant: Variant): Promise<void> {
	await handle.migrate();
	if (variant === 'seeded') await seedProcedures(handle.db, readShippedDocuments());
}

/**
 * True when this process holds the lock (a folder, created atomically) and must build; false
 * once `done()` says another process built it. A lock older than two minutes is a dead
 * builder's, and is taken over.
 */
async function buildLock(lock: string, done: () => boolean): Promise<boolean> {
	for (;;) {
		if (done()) return false;
		try {
			mkdirSync(lock);
			return true;
		} catch {
			const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (age > 120_000) rmSync(lock, { recursive: true, force: true });
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
}

const pgliteTemplates = new Map<Variant, Promise<string>>();

/**
 * The template folder, built once: by this process, or by another that got there first. Built
 * beside it and renamed into place, so a folder under the final name is always complete.
 */
function pgliteTemplate(variant: Variant): Promise<string> {
	let template = pgliteTemplates.get(variant);
	if (!template) {
		template = (async () => {
			const dir = path.join(tmpdir(), `cunglam-db-template-${templateHash()}-${variant}`);
			if (existsSync(dir)) return dir;
			// Parallel workers start together: one builds while the others wait for its folder.
			if (!(await buildLock(`${dir}.lock`, () => existsSync(dir)))) return dir;
			const building = mkdtempSync(`${dir}.building-`);
			try {
				const handle = await openDatabase({ dataDir: building });
				try {
					await fill(handle, variant);
				} finally {
					await handle.close();
				}
				renameSync(building, dir);
			} catch (error) {
				// Another worker's template won the rename: use it.
				if (!existsSync(dir)) throw error;
			} finally {
				rmSync(building, { recursive: true, force: true });
				rmSync(`${dir}.lock`, { recursive: true, force: true });
			}
			return dir;
		})();
		pgliteTemplates.set(variant, template);
	}
	return template;
}

async function openPglite(variant: Variant) {
	const dir = mkdtempSync(path.join(tmpdir(), 'cunglam-db-'));
	cpSync(await pgliteTemplate(variant), dir, { recursive: true });
	const handle = await openDatabase({ dataDir: dir });
	return {
		...handle,
		async dispose() {
			await handle.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

const databaseUrl = (baseUrl: string, name: string) => {
	const url = new URL(baseUrl);
	url.pathname = `/${name}`;
	return url.toString();
};

/**
 * The template database, built under an advisory lock so that parallel workers (and parallel
 * runs on one server) build it once; it is kept for later runs with the same inputs.
 */
async function ensurePostgresTemplate(
	admin: postgres.Sql,
	baseUrl: string,
	variant: Variant
): Promise<string> {
	const name = `cunglam_tpl_${templateHash()}_${variant}`;
	const lock = Number.parseInt(templateHash().slice(0, 12), 16) + (variant === 'bare' ? 1 : 0);
	await admin`select pg_advisory_lock(${lock})`;
	try {
		const [found] = await admin`select 1 from pg_database where datname = ${name}`;
		if (found) return name;
		// A build that died half-way leaves its database under the building name.
		const building = `${name}_b`;
		await admin.unsafe(`drop database if exists ${building} with (force)`);
		await admin.unsafe(`create database ${building}`);
		const handle = await openDatabase({ databaseUrl: databaseUrl(baseUrl, building), dataDir: '' });
		try {
			await fill(handle, variant);
		} finally {
			await handle.close();
		}
		await admin.unsafe(`alter database ${building} rename to ${name}`);
		return name;
	} finally {
		await admin`select pg_advisory_unlock(${lock})`;
	}
}

async function openPostgres(baseUrl: string, variant: Variant) {
	const name = `cunglam_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
	const template = await ensurePostgresTemplate(admin, baseUrl, variant);
	await admin.unsafe(`create database ${name} template ${template}`);
	const handle = await openDatabase({ databaseUrl: databaseUrl(baseUrl, name), dataDir: '' });
	return {
		...handle,
		async dispose() {
			await handle.close();
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}
