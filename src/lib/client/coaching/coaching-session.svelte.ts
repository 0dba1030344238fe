import {
	recordEdit,
	recordRung,
	recordTime,
	summarizeSteps,
	type Attribution,
	type Rung
} from '$lib/domain/coaching/attribution';
import type { CoachingRecord } from '$lib/domain/coaching/coaching-record';
import type { CoachingSnapshot } from '$lib/domain/coaching/coaching-snapshot';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';

export type Coach = { id: string; displayName: string; accessPointId: string };

/**
 * "Chế độ hướng dẫn": a volunteer logged in on this PC coaches the citizen through the form.
 * It records, per step and field, whether the citizen did it alone, after which rung of the
 * ladder, or whether the volunteer took over — only that, never what was typed. The wizard
 * seals `snapshot()` with the draft on every change, so a reload or "Mở hồ sơ" resumes it; ending
 * the citizen session ends it.
 */
class CoachingSession {
	active = $state(false);
	coach = $state.raw<Coach | null>(null);
	attribution = $state.raw<Attribution>({});
	/** The step on which "Làm giúp" was confirmed: the volunteer's edits count as theirs. */
	takeoverStep = $state<string | null>(null);
	/** The field DOM id "Gợi ý" points at. */
	highlight = $state<string | null>(null);
	/** The record of the session just finished, for its summary and rating; dropped on reload. */
	lastRecord = $state.raw<CoachingRecord | null>(null);
	/** The citizen's skill card, when they agreed to keep one (a random code, never a name). */
	skillCard = $state<string | null>(null);
	/**
	 * The citizen session began from "Hướng dẫn người dân": the forms it opens start coached by
	 * the volunteer logged in here, until the volunteer turns coaching off. Memory only: ending
	 * the session reloads the page and forgets it.
	 */
	wanted = false;

	#procedure: { id: string; version: number } | null = null;
	#startedAt: Date | null = null;
	#step: { id: string; since: number } | null = null;

	start(coach: Coach, definition: ProcedureDefinition): void {
		this.coach = coach;
		this.#procedure = { id: definition.id, version: definition.version };
		this.#startedAt = new Date();
		this.attribution = {};
		this.skillCard = null;
		this.active = true;
	}

	/** Carries on a coached session kept with the draft (after a reload or "Mở hồ sơ"). */
	resume(snapshot: CoachingSnapshot): void {
		this.coach = snapshot.coach;
		this.#procedure = snapshot.procedure;
		this.#startedAt = new Date(snapshot.startedAt);
		this.attribution = snapshot.attribution;
		this.skillCard = snapshot.skillCard ?? null;
		this.active = true;
	}

	/** What the draft keeps of this session; undefined when not coaching. Reactive. */
	snapshot(): CoachingSnapshot | undefined {
		const coach = this.coach;
		const procedure = this.#procedure;
		if (!this.active || !coach || !procedure || !this.#startedAt) return undefined;
		return {
			coach,
			procedure,
			startedAt: this.#startedAt.toISOString(),
			attribution: this.attribution,
			...(this.skillCard && { skillCard: this.skillCard })
		};
	}

	/** The wizard shows a step: time on it counts from now. */
	enterStep(stepId: string): void {
		if (!this.active) return;
		if (this.#step?.id === stepId) return;
		this.leaveStep();
		this.#step = { id: stepId, since: performance.now() };
		this.highlight = null;
		this.takeoverStep = null;
	}

	leaveStep(): void {
		const step = this.#step;
		if (!step) return;
		this.attribution = recordTime(this.attribution, step.id, performance.now() - step.since);
		this.#step = null;
	}

	rung(stepId: string, rung: Rung): void {
		if (this.active) this.attribution = recordRung(this.attribution, stepId, rung);
	}

	/** Every change of a field's value, from the wizard. */
	edit(stepId: string, fieldId: string): void {
		if (!this.active) return;
		const by = this.takeoverStep === stepId ? 'volunteer' : 'citizen';
		this.attribution = recordEdit(this.attribution, stepId, fieldId, by);
	}

	/** "Làm giúp", after the confirmation that says it is recorded. */
	takeOver(stepId: string): void {
		if (this.active) this.takeoverStep = stepId;
	}

	handBack(): void {
		this.takeoverStep = null;
	}

	/** The record for the outbox: outcomes per shown step, no answers, no names. */
	finish(
		stepIds: readonly string[],
		practice = false,
		id: string = crypto.randomUUID()
	): CoachingRecord | null {
		this.leaveStep();
		const coach = this.coach;
		const procedure = this.#procedure;
		if (!this.active || !coach || !procedure || !this.#startedAt || stepIds.length === 0) {
			return null;
		}
		const record: CoachingRecord = {
			id,
			accessPointId: coach.accessPointId,
			volunteerId: coach.id,
			procedureId: procedure.id,
			procedureVersion: procedure.version,
			practice,
			startedAt: this.#startedAt.toISOString(),
			endedAt: new Date().toISOString(),
			steps: summarizeSteps(stepIds, this.attribution),
			...(this.skillCard && { skillCard: this.skillCard })
		};
		this.active = false;
		this.takeoverStep = null;
		this.highlight = null;
		this.lastRecord = record;
		return record;
	}

	stop(): void {
		this.active = false;
		this.coach = null;
		this.attribution = {};
		this.skillCard = null;
		this.takeoverStep = null;
		this.highlight = null;
		this.#step = null;
	}
}

export const coaching = new CoachingSession();
