/** How long resume-at-home bundles are kept, how large they may be, and how guessing is bounded. */
export type ResumeSettings = {
	keepForMs: number;
	maxBundleBytes: number;
	/** Failed look-ups allowed per code and per client address within `failureWindowMs`. */
	maxFailures: number;
	/**
	 * Wrong guesses a bundle survives in all. Ten an hour for thirty days would be 7,200
	 * guesses, most of a 4-digit PIN's 10,000; past this the bundle is deleted instead.
	 */
	maxLifetimeFailures: number;
	failureWindowMs: number;
};

const hourMs = 60 * 60 * 1000;

export const defaultResumeSettings: ResumeSettings = {
	keepForMs: 30 * 24 * hourMs,
	maxBundleBytes: 20 * 1024 * 1024,
	maxFailures: 10,
	maxLifetimeFailures: 30,
	failureWindowMs: hourMs
};
