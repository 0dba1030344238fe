import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLeftovers, killLeftovers } from './leftover-processes.js';
import { runMarkerVariable } from './server-process.js';

/** An orphan as a crashed test would leave it: detached, unreferenced, listening. */
function startOrphan(marker: string): Promise<number> {
	const child = spawn(
		process.execPath,
		['-e', "require('node:net').createServer().listen(0, '127.0.0.1', () => console.log('up'))"],
		{
			env: { ...process.env, [runMarkerVariable]: marker },
			detached: true,
			stdio: ['ignore', 'pipe', 'ignore']
		}
	);
	child.unref();
	return new Promise((resolve, reject) => {
		child.stdout!.once('data', () => resolve(child.pid!));
		child.once('error', reject);
	});
}

/** Gone, or a zombie that its parent (this test) has not reaped yet. */
function running(pid: number): boolean {
	try {
		return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
	} catch {
		return false;
	}
}

describe('leftover processes of a test run', () => {
	it('finds a listening orphan of this run by its marker, and kills it', async () => {
		const marker = randomUUID();
		const pid = await startOrphan(marker);

		expect(running(pid)).toBe(true);
		const found = findLeftovers(marker);
		expect(found.map((l) => l.pid)).toEqual([pid]);
		expect(found[0]!.ports).toHaveLength(1);

		await killLeftovers(found);
		expect(findLeftovers(marker)).toEqual([]);
		expect(running(pid)).toBe(false);
	});

	it("ignores processes of another run (another engineer's server)", async () => {
		const theirs = randomUUID();
		const pid = await startOrphan(theirs);
		try {
			expect(findLeftovers(randomUUID())).toEqual([]);
		} finally {
			await killLeftovers(findLeftovers(theirs));
		}
		expect(running(pid)).toBe(false);
	});
});
