import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSupportGuard } from './test-support-guard.js';

/**
 * The guard in vite.config.ts fails a build that carries test support. Real Vite builds of a
 * three-file project: an entry, a production module, and a module in its own `testing/` folder.
 */
let root: string;

beforeAll(() => {
	root = mkdtempSync(path.join(tmpdir(), 'cunglam-guard-'));
	mkdirSync(path.join(root, 'testing'));
	writeFileSync(
		path.join(root, 'testing/keys.js'),
		`export const fastKey = 'fast-key-for-tests';\n`
	);
	writeFileSync(path.join(root, 'app.js'), `export const greeting = 'xin chào';\n`);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function buildEntry(code: string): Promise<void> {
	const entry = path.join(root, `entry-${Math.random().toString(36).slice(2)}.js`);
	writeFileSync(entry, code);
	await build({
		root,
		configFile: false,
		logLevel: 'silent',
		plugins: [testSupportGuard(path.join(root, 'testing'))],
		build: { write: false, rolldownOptions: { input: entry } }
	});
}

describe('test-support guard (scripts/test-support-guard.js)', { timeout: 60_000 }, () => {
	it('lets a build without test support through', async () => {
		await expect(
			buildEntry(`import { greeting } from './app.js';\nconsole.log(greeting);\n`)
		).resolves.toBeUndefined();
	});

	it('fails a build that imports test support, naming the module', async () => {
		await expect(
			buildEntry(`import { fastKey } from './testing/keys.js';\nconsole.log(fastKey);\n`)
		).rejects.toThrow(/Test support reached the build[\s\S]*testing\/keys\.js/);
	});

	it('fails a build that loads test support lazily', async () => {
		await expect(
			buildEntry(`const keys = () => import('./testing/keys.js');\nconsole.log(keys);\n`)
		).rejects.toThrow(/testing\/keys\.js/);
	});
});
