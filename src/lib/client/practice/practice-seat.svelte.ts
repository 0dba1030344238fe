import { countOutcomes, type StepSummary } from '$lib/domain/coaching/attribution';

export type Seat = { code: string; seat: number; token: string; caseId: string };

type Report = {
	token: string;
	stepsTotal: number;
	stepsAlone: number;
	outcomes: ReturnType<typeof countOutcomes>;
};

/**
 * This PC's seat in a group exercise, in memory only (a reload leaves the exercise). When the
 * run ends it reports the counts; offline, or when the answer is lost, it tries again.
 */
class PracticeSeat {
	current = $state.raw<Seat | null>(null);
	reported = $state(false);
	#pending: Report | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor() {
		// Back online: send a waiting report now rather than at the next timer.
		if (typeof window !== 'undefined') {
			window.addEventListener('online', () => void this.#send(0));
		}
	}

	join(seat: Seat): void {
		this.current = seat;
		this.reported = false;
	}

	leave(): void {
		clearTimeout(this.#timer);
		this.#pending = null;
		this.current = null;
		this.reported = false;
	}

	/** The seat's counts for the facilitator: steps, steps done alone, steps per outcome. */
	finish(steps: readonly StepSummary[]): void {
		const seat = this.current;
		if (!seat) return;
		const outcomes = countOutcomes(steps);
		this.#pending = {
			token: seat.token,
			stepsTotal: steps.length,
			stepsAlone: outcomes.alone,
			outcomes
		};
		void this.#send(0);
	}

	async #send(attempt: number): Promise<void> {
		const report = this.#pending;
		if (!report) return;
		clearTimeout(this.#timer);
		try {
			const { api } = await import('../trpc');
			await api.practice.report.mutate(report);
			if (this.#pending === report) {
				this.#pending = null;
				this.reported = true;
			}
		} catch {
			// Offline or a lost answer: again later, at most every 30 s; a repeat replaces itself.
			const delay = Math.min(30_000, 2_000 * 2 ** attempt);
			this.#timer = setTimeout(() => void this.#send(attempt + 1), delay);
		}
	}
}

export const practiceSeat = new PracticeSeat();
