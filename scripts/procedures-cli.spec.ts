import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db/client';
import { procedureVersions } from '../src/lib/server/db/schema';
import { readShippedDocuments } from '../src/testing/procedures/catalogue';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'cunglam-procedures-cli-'));
const dataDir = path.join(dir, 'data');
const exported = path.join(dir, 'exported');

/** One command as an official runs it, on its own PGlite folder (never CI's PostgreSQL). */
async function cli(
	name: 'import' | 'export',
	...args: string[]
): Promise<{ code: number; out: string }> {
	try {
		// tsx itself rather than through npx: npx's own start cost a second or more per call.
		const { stdout, stderr } = await run(tsx, [`scripts/procedures-${name}.ts`, ...args], {
			env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }
		});
		return { code: 0, out: stdout + stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, out: e.stdout + e.stderr };
	}
}

const birthFile = () => path.join(exported, 'dang-ky-khai-sinh.json');
const birthDocument = () => JSON.parse(readFileSync(birthFile(), 'utf8'));
const write = (name: string, document: unknown) => {
	const file = path.join(dir, name);
	writeFileSync(file, JSON.stringify(document, null, '\t'));
	return file;
};

async function storedVersions() {
	const handle = await openDatabase({ dataDir });
	try {
		const rows = await handle.db.select().from(procedureVersions);
		return rows.map((r) => `${r.id} v${r.version} ${r.status}`).sort();
	} finally {
		await handle.close();
	}
}

// The commands run on their own PGlite folder whatever DATABASE_URL says: the server tests'
// second pass, on PostgreSQL, would only run the same thing again.
describe.skipIf(process.env.DATABASE_URL)(
	'npm run procedures:export / procedures:import',
	{ timeout: 180_000 },
	() => {
		afterAll(() => rmSync(dir, { recursive: true, force: true }));

		it('exports the published procedures, and importing them again publishes nothing', async () => {
			const out = await cli('export', exported);
			expect(out.code).toBe(0);
			// Every shipped document, however many the folder holds.
			expect(readdirSync(exported).filter((f) => f.endsWith('.json'))).toHaveLength(
				readShippedDocuments().length
			);
			const again = await cli('import', exported);
			expect(again).toMatchObject({ code: 0 });
			expect(again.out).toContain('Không có gì mới để công bố / nothing new to publish');
		});

		it('refuses a changed fee under the same version number, naming the file', async () => {
			const changed = birthDocument();
			changed.fee.note = { vi: 'Lệ phí 10.000 đồng', en: 'Fee 10,000 dong' };
			const file = write('cung-phien-ban.json', changed);
			const out = await cli('import', file);
			expect(out.code).toBe(1);
			expect(out.out).toContain(
				'cung-phien-ban.json: version — Phiên bản 1 đã được công bố với nội dung khác — hãy tăng số phiên bản. / Version 1 was already published with other content: raise the version.'
			);
		});

		it('publishes a changed fee as the next version', async () => {
			const changed = birthDocument();
			changed.version = 2;
			changed.fee.note = { vi: 'Lệ phí 10.000 đồng', en: 'Fee 10,000 dong' };
			const out = await cli('import', write('phien-ban-2.json', changed));
			expect(out).toMatchObject({ code: 0 });
			expect(out.out).toContain('dang-ky-khai-sinh v2');
			expect(await storedVersions()).toContain('dang-ky-khai-sinh v2 published');
		});

		it('refuses an invalid document with its path and reason, and publishes nothing', async () => {
			const before = await storedVersions();
			const valid = { ...birthDocument(), version: 3 };
			const invalid = birthDocument();
			invalid.version = 3;
			invalid.id = 'dang-ky-khai-tu';
			invalid.slug = 'dang-ky-khai-tu';
			invalid.steps[1].fields[0].kind = 'hologram';
			const folder = path.join(dir, 'hong');
			rmSync(folder, { recursive: true, force: true });
			mkdirSync(folder);
			writeFileSync(path.join(folder, 'a-hop-le.json'), JSON.stringify(valid));
			writeFileSync(path.join(folder, 'b-hong.json'), JSON.stringify(invalid));
			const out = await cli('import', folder);
			expect(out.code).toBe(1);
			expect(out.out).toMatch(/b-hong\.json: steps\[1\]\.fields\[0\]\.kind — .+ \/ .+/);
			expect(out.out).toContain('chưa công bố gì / Not imported; nothing was published');
			expect(await storedVersions()).toEqual(before);
		});

		it('says how to use it, with exit code 2', async () => {
			// Each refuses before it opens the database, so the three run side by side.
			const outcomes = await Promise.all([
				cli('import'),
				cli('import', path.join(dir, 'khong-co')),
				cli('export')
			]);
			expect(outcomes.map((o) => o.code)).toEqual([2, 2, 2]);
		});
	}
);
