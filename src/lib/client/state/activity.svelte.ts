import { untrack } from 'svelte';

/**
 * Whether a citizen is in the middle of a form. The update banner never reloads while one is
 * open: a reload mid-form would interrupt an elderly citizen at the worst moment.
 */
class Activity {
	openForms = $state(0);

	get formOpen(): boolean {
		return this.openForms > 0;
	}

	/** Call from a form component's effect; returns the cleanup. */
	enterForm(): () => void {
		// Untracked: the calling effect must not re-run because of its own counter.
		untrack(() => this.openForms++);
		return () => {
			untrack(() => this.openForms--);
		};
	}
}

export const activity = new Activity();
