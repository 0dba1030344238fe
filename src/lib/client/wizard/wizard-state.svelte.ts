import type { Answers } from '$lib/domain/procedures/answers';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import {
	validateApplication,
	validateStep,
	visibleSteps,
	type FieldIssue,
	type ValidationOptions
} from '$lib/domain/procedures/validate-application';
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
	steps = $derived.by(() => visibleSteps(this.definition, this.answers));

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

	setValue(stepId: string, fieldId: string, value: unknown): void {
		this.answers[stepId] ??= {};
		this.answers[stepId][fieldId] = value;
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

/** The DOM id of a field, or of one part of a block field (person, address). */
export function fieldDomId(stepId: string, fieldId: string, path?: string): string {
	return path ? `f-${stepId}-${fieldId}-${path}` : `f-${stepId}-${fieldId}`;
}
