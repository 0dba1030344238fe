export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Writes the latest snapshot as soon as the previous write has committed: no fixed debounce,
 * so an edit reaches the disk in one encrypt-and-put (a few ms), and a burst of keystrokes
 * costs at most one queued write. Nothing is lost: the newest snapshot always gets written.
 */
export function createAutosaver<T>(
	/** Resolves when committed, optionally with the commit time (epoch ms) if it was elsewhere. */
	write: (snapshot: T) => Promise<number | void>,
	onState: (state: SaveState, error?: unknown) => void
) {
	let pending: { snapshot: T; editedAt: number } | undefined;
	let running: Promise<void> | undefined;

	async function drain(): Promise<void> {
		while (pending) {
			const { snapshot, editedAt } = pending;
			pending = undefined;
			onState('saving');
			try {
				const committedAt = await write(snapshot);
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
			}
		}
	}

	function kick(): void {
		if (running) return;
		running = drain().finally(() => {
			running = undefined;
			// A save that arrived after the loop's last check must not wait for the next edit.
			if (pending) kick();
		});
	}

	return {
		save(snapshot: T): void {
			pending = { snapshot, editedAt: pending?.editedAt ?? performance.now() };
			kick();
		},
		/** Resolves once everything handed to `save` is on disk (or failed). */
		async flush(): Promise<void> {
			while (running) await running;
		}
	};
}
