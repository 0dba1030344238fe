import { describe, expect, it } from 'vitest';
import { dossierStatuses, type DossierStatus } from './status';
import { allowedActions, transition, type DossierAction } from './status-machine';

const allowed: Record<DossierAction, Partial<Record<DossierStatus, DossierStatus>>> = {
	accept: { received: 'processing' },
	request_supplement: { processing: 'needs_supplement' },
	supplement_received: { needs_supplement: 'processing' },
	withdraw_supplement: { needs_supplement: 'processing' },
	reject: { received: 'rejected', processing: 'rejected' },
	set_result_ready: { processing: 'result_ready' },
	deliver: { result_ready: 'delivered' }
};

describe('status machine', () => {
	for (const [action, table] of Object.entries(allowed) as [
		DossierAction,
		typeof allowed.accept
	][]) {
		for (const from of dossierStatuses) {
			const to = table[from];
			it(`${action} from ${from}: ${to ? `→ ${to}` : 'refused'}`, () => {
				expect(transition(from, action)).toEqual(
					to ? { ok: true, to } : { ok: false, code: 'illegal_transition' }
				);
			});
		}
	}

	it('offers officers only their own actions, per status', () => {
		expect(allowedActions('received')).toEqual(['accept', 'reject']);
		expect(allowedActions('processing')).toEqual([
			'request_supplement',
			'reject',
			'set_result_ready'
		]);
		// Waiting for the citizen: only the supplement (or its withdrawal, a call of its own) moves it.
		expect(allowedActions('needs_supplement')).toEqual([]);
		expect(allowedActions('result_ready')).toEqual(['deliver']);
		expect(allowedActions('delivered')).toEqual([]);
		expect(allowedActions('rejected')).toEqual([]);
	});

	it('follows the whole life of a dossier, with a supplement round trip', () => {
		let status: DossierStatus = 'received';
		for (const action of [
			'accept',
			'request_supplement',
			'supplement_received',
			'set_result_ready',
			'deliver'
		] as const) {
			const result = transition(status, action);
			if (!result.ok) throw new Error(`${action} refused from ${status}`);
			status = result.to;
		}
		expect(status).toBe('delivered');
	});
});
