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
		this.openForms++;
		return () => {
			this.openForms--;
		};
	}
}

export const activity = new Activity();
