import { tick } from 'svelte';
import { isDossierCode, normalizeDossierCode } from '$lib/domain/dossier/dossier-code';
import type { MessageKey } from '$lib/i18n/translate';
import { handleError } from '../errors';
import { FormProblems } from '../forms/form-problems.svelte';
import { connection } from '../state/connection.svelte';
import {
	isLocalReference,
	lookUpDossier,
	type FoundDossier,
	type LookupProof
} from './lookup.service';

export type LookupField = 'code' | 'phone';

/** The look-up page's state: the form, its problems, and the last answer. */
export class LookupState {
	code = $state('');
	phone = $state('');
	readonly problems = new FormProblems<LookupField>({
		idOf: (field) => `lookup-${field}`,
		order: ['code', 'phone']
	});
	/** A sentence in place of an answer: not found, unknown offline, or the server's refusal. */
	outcome = $state<MessageKey | null>(null);
	found = $state.raw<FoundDossier | null>(null);
	busy = $state(false);
	/** The proof the last answer was found with: a supplement is sent under the same. */
	asked = $state<LookupProof | null>(null);
	supplementSent = $state(false);

	constructor(code = '') {
		this.code = code;
	}

	/** "Tra cứu": checks the form, then looks the dossier up. */
	async submit(): Promise<void> {
		this.outcome = null;
		this.found = null;
		this.asked = null;
		this.supplementSent = false;
		const wanted = normalizeDossierCode(this.code);
		this.problems.set(
			'code',
			!wanted
				? 'lookup.codeRequired'
				: isDossierCode(wanted) || isLocalReference(wanted)
					? null
					: 'lookup.codeInvalid'
		);
		if (this.problems.has('code')) return this.focus('lookup-code');
		// A scanner types the code and Enter: go on to the phone digits without scolding.
		if (!this.phone.trim()) return this.focus('lookup-phone');
		const last4 = this.phone.trim();
		this.problems.set('phone', /^\d{4}$/.test(last4) ? null : 'lookup.phoneInvalid');
		if (this.problems.has('phone')) return this.focus('lookup-phone');

		await this.find(wanted, last4);
	}

	/** After the citizen's papers left: the dossier again, under the same proof. */
	async supplementDone(proof: LookupProof): Promise<void> {
		this.supplementSent = true;
		await this.find(proof.code, proof.last4);
	}

	async find(wanted: string, last4: string): Promise<void> {
		this.busy = true;
		try {
			const answer = await lookUpDossier(wanted, last4, connection.online);
			if (answer.kind === 'found') {
				this.found = answer.found;
				this.asked = answer.proof;
			} else {
				this.found = null;
				this.asked = null;
				this.outcome =
					answer.kind === 'refused'
						? `error.${answer.code}`
						: answer.kind === 'not_found'
							? 'lookup.notFound'
							: 'lookup.offlineUnknown';
			}
		} catch (error) {
			handleError(error);
		} finally {
			this.busy = false;
			await tick();
			document.getElementById('lookup-result')?.focus();
		}
	}

	// Focus at once, as before: the messages render with the same update.
	private focus(id: string): void {
		document.getElementById(id)?.focus();
	}
}
