import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, SLOW_SAVE_MS, type SaveState } from './autosaver';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('autosaver', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('writes the newest snapshot, coalescing a burst into few writes, losing none', async () => {
		const written: number[] = [];
		const states: SaveState[] = [];
		const saver = createAutosaver<number>(
			async (n) => {
				await tick(5);
				written.push(n);
			},
			(s) => states.push(s)
		);
		for (let i = 1; i <= 50; i++) saver.save(() => i);
		await saver.flush();
		expect(written.at(-1)).toBe(50);
		expect(written.length).toBeLessThanOrEqual(3);
		expect(states.at(-1)).toBe('saved');
	});

	it('copies the answers once per write, not once per keystroke of a burst', async () => {
		let copies = 0;
		const written: number[] = [];
		const saver = createAutosaver<number>(
			async (n) => {
				await tick(5);
				written.push(n);
			},
			() => {}
		);
		for (let i = 1; i <= 20; i++)
			saver.save(() => {
				copies++;
				return i;
			});
		await saver.flush();
		// The first edit's write, then the newest one after it: two copies for twenty edits.
		expect(written).toEqual([1, 20]);
		expect(copies).toBe(2);
	});

	it('writes at once when flushed, without waiting for the next frame', async () => {
		const written: number[] = [];
		const saver = createAutosaver<number>(
			async (n) => void written.push(n),
			() => {}
		);
		saver.save(() => 1);
		await saver.flush();
		expect(written).toEqual([1]);
	});

	it('starts again for a save that arrives while the last write finishes', async () => {
		const written: number[] = [];
		const saver = createAutosaver<number>(
			async (n) => void written.push(n),
			() => {}
		);
		saver.save(() => 1);
		await tick();
		saver.save(() => 2);
		await saver.flush();
		await tick();
		await saver.flush();
		expect(written.at(-1)).toBe(2);
	});

	it('keeps "saved" through quick writes and says "saving" only for a slow one', async () => {
		vi.useFakeTimers();
		const states: SaveState[] = [];
		let finish: () => void = () => {};
		const saver = createAutosaver<number>(
			(n) =>
				n === 1 ? Promise.resolve() : new Promise<void>((resolve) => (finish = () => resolve())),
			(s) => states.push(s)
		);
		saver.save(() => 1);
		await vi.advanceTimersByTimeAsync(1);
		expect(states).toEqual(['saved']);
		// A disk that takes its time: the status says so after SLOW_SAVE_MS, then "saved".
		saver.save(() => 2);
		await vi.advanceTimersByTimeAsync(SLOW_SAVE_MS - 10);
		expect(states).toEqual(['saved']);
		await vi.advanceTimersByTimeAsync(20);
		expect(states).toEqual(['saved', 'saving']);
		finish();
		await vi.advanceTimersByTimeAsync(1);
		expect(states).toEqual(['saved', 'saving', 'saved']);
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
		saver.save(() => 1);
		await saver.flush();
		expect(states).toContain('error');
		fail = false;
		saver.save(() => 2);
		await saver.flush();
		expect(states.at(-1)).toBe('saved');
	});
});
