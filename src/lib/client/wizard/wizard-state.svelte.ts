import type { Answers } from '$lib/domain/procedures/answers';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import {
	validateApplication,
	validateStep,
	visibleSteps,
	type FieldIssue,
	type ValidationOptions
} from '$lib/domain/procedures/validate-application';
import type { VisibleStep } from '$lib/domain/procedures/visibility';
import { deviceReference } from '../reference-data/device-reference.svelte';

/**
 * One citizen's answers to one procedure while the wizard is open. This is the seam to the
 * drafts issue: `answers` is what gets encrypted and autosaved, `application()` what goes to
 * the outbox.
 */
export class WizardState {
	readonly definition: ProcedureDefinition;
	answers = $state<Answers>({});
	/** Issues of the last "Tiếp tục" or "Nộp hồ sơ", shown until the next attempt. */
	issues = $state<FieldIssue[]>([]);
	/**
	 * The steps and fields shown. Recomputed on each edit (a condition may read any answer), but
	 * the same array is kept while nothing appears or disappears: the steps, progress and fields
	 * that depend on it are not redrawn on every keystroke (issue 18).
	 */
	steps = $derived.by(() => {
		const next = visibleSteps(this.definition, this.answers);
		if (sameVisibility(next, this.#shown)) return this.#shown;
		this.#shown = next;
		return next;
	});
	#shown: VisibleStep[] = [];

	/** Practice mode fixes the day the date rules count from; a real form uses today. */
	readonly options: ValidationOptions;
	/** The answers "Làm mẫu" demonstrates: the practice case's, else the procedure's sample. */
	readonly sample: Answers | undefined;

	constructor(
		definition: ProcedureDefinition,
		initial: Answers = {},
		options: ValidationOptions = {},
		sample: Answers | undefined = definition.sampleCase
	) {
		this.definition = definition;
		this.answers = initial;
		this.options = options;
		this.sample = sample;
		deviceReference.watch();
	}

	/** The administrator's mobile prefixes as this device last synced them, unless told otherwise. */
	#validation(): ValidationOptions {
		return { phonePrefixes: deviceReference.phonePrefixes, ...this.options };
	}

	value(stepId: string, fieldId: string): unknown {
		return this.answers[stepId]?.[fieldId];
	}

	/** Told of every change a person makes (coaching attribution listens here). */
	onEdit: ((stepId: string, fieldId: string) => void) | undefined;

	/** Counts the edits: what autosave watches, instead of reading every answer each time. */
	edits = $state(0);

	setValue(stepId: string, fieldId: string, value: unknown): void {
		this.answers[stepId] ??= {};
		this.answers[stepId][fieldId] = value;
		this.edits++;
		this.onEdit?.(stepId, fieldId);
	}

	/** Checks one step; keeps its issues for display and says whether the citizen may go on. */
	checkStep(stepId: string): boolean {
		const result = validateStep(
			this.definition,
			stepId,
			$state.snapshot(this.answers),
			this.#validation()
		);
		this.issues = result.issues;
		return result.ok;
	}

	/** Checks everything; the clean application when valid. */
	application() {
		const result = validateApplication(
			this.definition,
			$state.snapshot(this.answers),
			this.#validation()
		);
		this.issues = result.issues;
		return result;
	}

	issuesFor(stepId: string, fieldId: string): FieldIssue[] {
		return this.issues.filter((i) => i.stepId === stepId && i.fieldId === fieldId);
	}
}

/** The same steps with the same fields (the documents' own objects, compared by identity). */
function sameVisibility(a: readonly VisibleStep[], b: readonly VisibleStep[]): boolean {
	return (
		a.length === b.length &&
		a.every(
			(shown, i) =>
				shown.step === b[i]!.step &&
				shown.fields.length === b[i]!.fields.length &&
				shown.fields.every((field, j) => field === b[i]!.fields[j])
		)
	);
}

/** The DOM id of a field, or of one part of a block field (person, address). */
export function fieldDomId(stepId: string, fieldId: string, path?: string): string {
	return path ? `f-${stepId}-${fieldId}-${path}` : `f-${stepId}-${fieldId}`;
}
