import type { ProcedureDefinition } from '../procedures/procedure.schema';
import type { LocalizedText } from '../validation/issue';
import { countOutcomes, type StepSummary } from './attribution';

/**
 * The end-of-session summary in plain words: how many steps the citizen did alone, which, and
 * what to try alone next time (the steps done with help, those that needed least help first).
 */
export function sessionSummary(
	steps: readonly StepSummary[],
	titleOf: (stepId: string) => LocalizedText
): { alone: number; total: number; doneAlone: LocalizedText[]; tryNext: LocalizedText[] } {
	const counts = countOutcomes(steps);
	const helpOrder = ['hint', 'explain', 'demonstrate', 'volunteer'];
	return {
		alone: counts.alone,
		total: steps.length,
		doneAlone: steps.filter((s) => s.outcome === 'alone').map((s) => titleOf(s.stepId)),
		tryNext: steps
			.filter((s) => s.outcome !== 'alone')
			.sort((a, b) => helpOrder.indexOf(a.outcome) - helpOrder.indexOf(b.outcome))
			.map((s) => titleOf(s.stepId))
	};
}

export function summaryHeadline(alone: number, total: number): LocalizedText {
	return {
		vi: `Ông/Bà đã tự làm ${alone} trên ${total} bước`,
		en: `You did ${alone} of ${total} steps yourself`
	};
}

/** sessionSummary with the steps named by the procedure's own titles. */
export function summaryFor(steps: readonly StepSummary[], definition: ProcedureDefinition) {
	return sessionSummary(
		steps,
		(stepId) => definition.steps.find((s) => s.id === stepId)?.title ?? { vi: stepId, en: stepId }
	);
}
