import { readDeviceSettings } from './device-settings';

const activityEvents = ['keydown', 'pointerdown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Ends an idle citizen session: after `idleSeconds` without a key or tap (5 minutes by default,
 * a device setting), with a visible warning for its last seconds (60 by default, at most half the
 * time-out) that any key or tap cancels.
 */
class IdleTimer {
	/** Seconds left while the warning shows; null otherwise. */
	secondsLeft = $state<number | null>(null);
	#lastActivity = 0;
	#interval: ReturnType<typeof setInterval> | undefined;
	#onTimeout: (() => void) | undefined;

	#touch = () => {
		this.#lastActivity = Date.now();
		this.secondsLeft = null;
	};

	start(onTimeout: () => void): void {
		this.stop();
		// The manager's settings for this PC (issue 21), as last synced; the defaults otherwise.
		const { idleSeconds, idleWarningSeconds: warningSeconds } = readDeviceSettings();
		this.#onTimeout = onTimeout;
		this.#touch();
		for (const type of activityEvents)
			window.addEventListener(type, this.#touch, { capture: true, passive: true });
		this.#interval = setInterval(() => {
			const idle = (Date.now() - this.#lastActivity) / 1000;
			const left = Math.ceil(idleSeconds - idle);
			if (left <= 0) {
				const done = this.#onTimeout;
				this.stop();
				done?.();
			} else if (left <= warningSeconds) this.secondsLeft = left;
		}, 250);
	}

	stop(): void {
		clearInterval(this.#interval);
		this.#interval = undefined;
		this.secondsLeft = null;
		for (const type of activityEvents)
			window.removeEventListener(type, this.#touch, { capture: true });
	}
}

export const idleTimer = new IdleTimer();
