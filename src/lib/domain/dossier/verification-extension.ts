import type { TimeLimit } from '../procedures/procedure.schema';

export const EXTENSION_REASON_MIN = 10;
export const EXTENSION_REASON_MAX = 1000;

/**
 * The working days a procedure adds when verification is needed: the longer limit less the
 * ordinary one (`daysIfVerification`), or, for a same-day procedure, the days its result may then
 * take from receipt (`extraDaysIfVerification`). 0 when the procedure names none. The officer's
 * extensions of one dossier add up to this at most, counted from the due date they move.
 */
export function verificationAllowance(timeLimit: TimeLimit | undefined): number {
	if (!timeLimit) return 0;
	if (timeLimit.kind === 'same_day') return timeLimit.extraDaysIfVerification ?? 0;
	return Math.max(0, (timeLimit.daysIfVerification ?? timeLimit.days) - timeLimit.days);
}

export type ExtensionRefusal = 'not_allowed' | 'beyond_allowance' | 'after_apology';

/**
 * Why an extension of `workingDays` cannot be recorded, or undefined when it can. After an
 * apology the dossier is already on the late path: the on-time figure counts against the date
 * the apology replaced, and only another apology moves the date.
 */
export function extensionRefusal(args: {
	allowance: number;
	alreadyExtended: number;
	workingDays: number;
	apologised: boolean;
}): ExtensionRefusal | undefined {
	if (args.allowance <= 0) return 'not_allowed';
	if (args.apologised) return 'after_apology';
	if (!Number.isInteger(args.workingDays) || args.workingDays < 1) return 'beyond_allowance';
	if (args.alreadyExtended + args.workingDays > args.allowance) return 'beyond_allowance';
	return undefined;
}
