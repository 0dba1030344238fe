export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** A write slower than this shows "Đang lưu…"; a quicker one leaves "Đã lưu" as it was. */
export const SLOW_SAVE_MS = 1_000;

/**
 * Runs `task` in a task of its own, after the edit's event and the microtasks that render it:
 * the keystroke's handler and its frame carry only the keystroke (issue 18); the copy of the
 * answers and the message to the worker follow. Not after the next animation frame: that would
 * add up to a frame (16 ms) to every save, against the autosave budget of 15 ms at the 95th
 * percentile, and a hidden tab paints no frames at all.
 */
function afterEvent(task: () => void): void {
	setTimeout(task, 0);
}

/**
 * Writes the latest snapshot as soon as the previous write has committed, the first one in a task
 * after the edit's own: no fixed debounce, so an edit reaches the disk one encrypt-and-put later
 * (a few ms), and a burst of keystrokes costs at most one queued write.
 * Nothing is lost: the newest snapshot always gets written, and `flush` writes at once.
 *
 * `save` takes a function that makes the snapshot, called when the write starts: the deep copy
 * of the answers is made once per write, not once per keystroke, and outside the keystroke.
 *
 * The state says "saving" only for a write still running after SLOW_SAVE_MS: the status is a
 * live region, and flipping it on every keystroke would both repaint the header and have a
 * screen reader announce "Đang lưu… Đã lưu" after each letter.
 */
export function createAutosaver<T>(
	/** Resolves when committed, optionally with the commit time (epoch ms) if it was elsewhere. */
	write: (snapshot: T) => Promise<number | void>,
	onState: (state: SaveState, error?: unknown) => void
) {
	let pending: { snapshot: () => T; editedAt: number } | undefined;
	let running: Promise<void> | undefined;
	let scheduled = false;

	async function drain(): Promise<void> {
		while (pending) {
			const { snapshot, editedAt } = pending;
			pending = undefined;
			const slow = setTimeout(() => onState('saving'), SLOW_SAVE_MS);
			try {
				const committedAt = await write(snapshot());
				// User Timing: the drafts benchmark reads these (edit → committed encrypted write).
				// A worker's commit time is on the shared epoch clock; convert it to this page's.
				const end =
					typeof committedAt === 'number'
						? committedAt - performance.timeOrigin
						: performance.now();
				performance.measure('cunglam:autosave', { start: editedAt, end: Math.max(editedAt, end) });
				if (!pending) onState('saved');
			} catch (error) {
				onState('error', error);
			} finally {
				clearTimeout(slow);
			}
		}
	}

	function kick(): void {
		scheduled = false;
		if (running) return;
		running = drain().finally(() => {
			running = undefined;
			// A save that arrived after the loop's last check must not wait for the next edit.
			if (pending) kick();
		});
	}

	return {
		save(snapshot: () => T): void {
			pending = { snapshot, editedAt: pending?.editedAt ?? performance.now() };
			if (running || scheduled) return;
			scheduled = true;
			afterEvent(kick);
		},
		/** Resolves once everything handed to `save` is on disk (or failed). */
		async flush(): Promise<void> {
			if (scheduled || (pending && !running)) kick();
			while (running) await running;
		}
	};
}
