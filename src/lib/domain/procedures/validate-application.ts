import { todayInVietnam, type IsoDate } from '../validation/dates';
import type { Issue } from '../validation/issue';
import type { MobilePrefixList } from '../validation/mobile-prefix-list';
import { toAnswers, type Answers } from './answers';
import type { FieldContext, UnitLookup } from './field-context';
import type { ProcedureDefinition } from './procedure.schema';
import { runRules } from './rules/run-rules';
import { validateField } from './validate-field';
import { computeVisibility, type VisibleStep } from './visibility';

export type FieldIssue = { stepId: string; fieldId: string; path?: string; issue: Issue };

export type ValidationOptions = {
	/** The date in Vietnam; defaults to now. Tests and practice mode pass a fixed date. */
	today?: IsoDate;
	units?: UnitLookup;
	/** The administrator's mobile prefixes (reference data); the shipped list when absent. */
	phonePrefixes?: MobilePrefixList | undefined;
};

/** Clean answers: hidden and unknown fields stripped, values normalised (ISO dates, 0… phones). */
export type Application = { procedureId: string; procedureVersion: number; answers: Answers };

/** Warnings never make `ok` false; they come back in `issues` either way. */
export type ApplicationResult =
	| { ok: true; application: Application; issues: FieldIssue[] }
	| { ok: false; issues: FieldIssue[] };

export type StepResult = { ok: boolean; visible: boolean; issues: FieldIssue[] };

const isError = (item: FieldIssue) => item.issue.severity === 'error';

function checkSteps(
	definition: ProcedureDefinition,
	steps: VisibleStep[],
	answers: Answers,
	options: ValidationOptions
): { answers: Answers; issues: FieldIssue[] } {
	const today = options.today ?? todayInVietnam(new Date());
	const slots = new Map(definition.documents.map((slot) => [slot.id, slot]));
	const clean: Answers = {};
	const issues: FieldIssue[] = [];
	for (const { step, fields } of steps) {
		const ctx: FieldContext = {
			today,
			stepId: step.id,
			answers,
			slots,
			units: options.units,
			phonePrefixes: options.phonePrefixes
		};
		const values: Record<string, unknown> = {};
		for (const field of fields) {
			const outcome = validateField(field, answers[step.id]?.[field.id], ctx);
			if (outcome.value !== undefined) values[field.id] = outcome.value;
			for (const { path, issue } of outcome.issues) {
				issues.push({
					stepId: step.id,
					fieldId: field.id,
					...(path === undefined ? {} : { path }),
					issue
				});
			}
		}
		if (Object.keys(values).length > 0) clean[step.id] = values;
	}
	return { answers: clean, issues };
}

/** The document's named rules run after the field checks; their issues join the fields'. */
function withRules(
	definition: ProcedureDefinition,
	answers: Answers,
	fieldIssues: FieldIssue[],
	options: ValidationOptions,
	inStep?: string
): FieldIssue[] {
	if (!definition.rules?.length) return fieldIssues;
	const today = options.today ?? todayInVietnam(new Date());
	const { add, drop } = runRules(definition.rules, answers, today, fieldIssues, inStep);
	return [...fieldIssues.filter((item) => !drop(item)), ...add];
}

/**
 * Validates a whole application: only visible steps and fields count, required rules apply, each
 * kind uses its validator, person blocks cross-check ID, date of birth and sex, then the
 * document's named rules compare fields with each other.
 */
export function validateApplication(
	definition: ProcedureDefinition,
	answers: unknown,
	options: ValidationOptions = {}
): ApplicationResult {
	const visibility = computeVisibility(definition, toAnswers(answers));
	const checked = checkSteps(definition, visibility.steps, visibility.answers, options);
	const issues = withRules(definition, visibility.answers, checked.issues, options);
	if (issues.some(isError)) return { ok: false, issues };
	const application = {
		procedureId: definition.id,
		procedureVersion: definition.version,
		answers: checked.answers
	};
	return { ok: true, application, issues };
}

/** For the wizard: one step, with visibility decided by all the answers so far. */
export function validateStep(
	definition: ProcedureDefinition,
	stepId: string,
	answers: unknown,
	options: ValidationOptions = {}
): StepResult {
	if (!definition.steps.some((step) => step.id === stepId)) {
		throw new RangeError(`Unknown step ${stepId} in procedure ${definition.id}`);
	}
	const visibility = computeVisibility(definition, toAnswers(answers));
	const visible = visibility.steps.filter(({ step }) => step.id === stepId);
	if (visible.length === 0) return { ok: true, visible: false, issues: [] };
	const checked = checkSteps(definition, visible, visibility.answers, options);
	const issues = withRules(definition, visibility.answers, checked.issues, options, stepId);
	return { ok: !issues.some(isError), visible: true, issues };
}

/** The steps to show, in order, given the answers so far. */
export function visibleSteps(definition: ProcedureDefinition, answers: unknown): VisibleStep[] {
	return computeVisibility(definition, toAnswers(answers)).steps;
}
