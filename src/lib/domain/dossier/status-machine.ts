import type { DossierStatus } from './status';

/** What an officer can do to a dossier from the console (UI-TERMS "Dossier actions"). */
export const officerActions = [
	'accept',
	'request_supplement',
	'reject',
	'set_result_ready',
	'deliver'
] as const;
export type OfficerAction = (typeof officerActions)[number];

/**
 * Every transition of the machine: the officer's actions plus the supplement's arrival (the
 * citizen's, through the outbox `dossier.supplement`, or papers the officer records at the desk)
 * and the officer withdrawing a supplement request. Both of the last two resume the clock; they
 * have their own calls (`officer.supplementAtDesk`, `officer.withdrawSupplement`), not `act`.
 */
export type DossierAction = OfficerAction | 'supplement_received' | 'withdraw_supplement';

/**
 * What a timeline event records: a transition, or an apology, a hand-over or an extension for
 * verification, which keep the status.
 */
export type DossierEventAction = 'receive' | DossierAction | 'apologize' | 'assign' | 'extend';

const rules: Record<DossierAction, { from: readonly DossierStatus[]; to: DossierStatus }> = {
	accept: { from: ['received'], to: 'processing' },
	request_supplement: { from: ['processing'], to: 'needs_supplement' },
	supplement_received: { from: ['needs_supplement'], to: 'processing' },
	withdraw_supplement: { from: ['needs_supplement'], to: 'processing' },
	reject: { from: ['received', 'processing'], to: 'rejected' },
	set_result_ready: { from: ['processing'], to: 'result_ready' },
	deliver: { from: ['result_ready'], to: 'delivered' }
};

export type TransitionResult =
	{ ok: true; to: DossierStatus } | { ok: false; code: 'illegal_transition' };

export function transition(status: DossierStatus, action: DossierAction): TransitionResult {
	const rule = rules[action];
	return rule.from.includes(status)
		? { ok: true, to: rule.to }
		: { ok: false, code: 'illegal_transition' };
}

/** The officer actions a dossier in this status allows, in the console's order. */
export function allowedActions(status: DossierStatus): OfficerAction[] {
	return officerActions.filter((action) => rules[action].from.includes(status));
}

export const isOfficerAction = (value: unknown): value is OfficerAction =>
	typeof value === 'string' && (officerActions as readonly string[]).includes(value);
