export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Writes the latest snapshot as soon as the previous write has committed: no fixed debounce,
 * so an edit reaches the disk in one encrypt-and-put (a few ms), and a burst of keystrokes
 * costs at most one queued write. Nothing is lost: the newest snapshot always gets written.
 */
export function createAutosaver<T>(
	write: (snapshot: T) => Promise<void>,
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
				await write(snapshot);
				// User Timing: the drafts benchmark reads these (edit → committed encrypted write).
				performance.measure('cunglam:autosave', { start: editedAt, end: performance.now() });
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
