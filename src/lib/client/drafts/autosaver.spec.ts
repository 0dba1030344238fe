import { describe, expect, it } from 'vitest';
import { createAutosaver, type SaveState } from './autosaver';

describe('autosaver', () => {
	it('writes the newest snapshot, coalescing a burst into few writes, losing none', async () => {
		const written: number[] = [];
		const states: SaveState[] = [];
		const saver = createAutosaver<number>(
			async (n) => {
				await new Promise((r) => setTimeout(r, 5));
				written.push(n);
			},
			(s) => states.push(s)
		);
		for (let i = 1; i <= 50; i++) saver.save(i);
		await saver.flush();
		expect(written.at(-1)).toBe(50);
		expect(written.length).toBeLessThanOrEqual(3);
		expect(states.at(-1)).toBe('saved');
	});

	it('starts again for a save that arrives while the last write finishes', async () => {
		const written: number[] = [];
		const saver = createAutosaver<number>(
			async (n) => void written.push(n),
			() => {}
		);
		saver.save(1);
		await Promise.resolve();
		saver.save(2);
		await saver.flush();
		await new Promise((r) => setTimeout(r, 0));
		await saver.flush();
		expect(written.at(-1)).toBe(2);
	});

	it('reports a failed write and still writes later snapshots', async () => {
		const states: SaveState[] = [];
		let fail = true;
		const saver = createAutosaver<number>(
			async () => {
				if (fail) throw new DOMException('full', 'QuotaExceededError');
			},
			(s) => states.push(s)
		);
		saver.save(1);
		await saver.flush();
		expect(states).toContain('error');
		fail = false;
		saver.save(2);
		await saver.flush();
		expect(states.at(-1)).toBe('saved');
	});
});
