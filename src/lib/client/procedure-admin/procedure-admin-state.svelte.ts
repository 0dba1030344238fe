import { errorCodeOf, errorSentenceOf, type ErrorSentence } from '../errors';
import { localized, preferences, t } from '../state/preferences.svelte';
import { formatInVietnam } from '$lib/domain/text/date-format';
import type { LocalizedText } from '$lib/domain/validation/issue';
import type { MessageKey, MessageParams } from '$lib/i18n/translate';
import {
	discardDraft,
	draftVersion,
	listProcedures,
	publishVersion,
	retireProcedure,
	uploadDocuments,
	type AdminProcedure,
	type UploadedDraft,
	type UploadProblem
} from './procedure-admin.service';
import { checkUploadFile, fileToBase64 } from './upload-file';

/** A sentence to show, with the procedure's name put in at render time (the language may change). */
export type AdminSentence = { key: MessageKey; params?: MessageParams; name?: LocalizedText };

export type AdminOutcome = {
	tone: 'done' | 'failed';
	sentence: AdminSentence;
	reason?: ErrorSentence;
};

/** An outcome's sentence in the language shown now, with its reason when it failed. */
export function outcomeText(outcome: AdminOutcome): string {
	const { key, params, name } = outcome.sentence;
	const text = t(key, { ...params, ...(name ? { name: localized(name) } : {}) });
	return outcome.reason ? `${text} ${t(outcome.reason.key, outcome.reason.params)}` : text;
}

/** What a confirmation asks before it is done. */
export type AdminAction =
	| { kind: 'publish'; id: string; version: number; name: LocalizedText }
	| { kind: 'discard'; id: string; version: number; name: LocalizedText }
	| { kind: 'retire'; id: string; name: LocalizedText };

/** The differences of one draft from the version in effect, as the page lists them. */
export type DraftChanges = Pick<UploadedDraft, 'id' | 'version' | 'name' | 'changes'>;

export type UploadOutcome = 'file_problem' | 'problems' | 'uploaded' | 'failed';

/**
 * The state of /quan-tri/thu-tuc: the list, the last upload (its drafts or its problems), the
 * differences shown, and the last action's result. The server is the record; this is a view.
 */
export class ProcedureAdminState {
	procedures = $state.raw<AdminProcedure[] | null>(null);
	/** The browser's own refusal of a file (none chosen, too large, wrong type). */
	fileProblem = $state.raw<AdminSentence | null>(null);
	/** The server's objections to the last upload: file, where, reason. Nothing was stored. */
	problems = $state.raw<UploadProblem[]>([]);
	uploaded = $state.raw<{ drafts: UploadedDraft[]; unchanged: string[] } | null>(null);
	/** Differences opened from the list ("Xem khác biệt"). */
	changes = $state.raw<DraftChanges | null>(null);
	outcome = $state.raw<AdminOutcome | null>(null);
	busy = $state(false);

	async refresh(): Promise<void> {
		try {
			this.procedures = await listProcedures();
		} catch (error) {
			this.fail(error, { key: 'procAdmin.listFailed' });
		}
	}

	async upload(file: File | undefined): Promise<UploadOutcome> {
		this.fileProblem = null;
		this.problems = [];
		this.uploaded = null;
		this.outcome = null;
		if (!file) {
			this.fileProblem = { key: 'procAdmin.needFile' };
			return 'file_problem';
		}
		const check = checkUploadFile(file);
		if (!check.ok) {
			this.fileProblem = {
				key: check.reason === 'too_large' ? 'procAdmin.tooLarge' : 'procAdmin.wrongType',
				params: { file: file.name }
			};
			return 'file_problem';
		}
		this.busy = true;
		try {
			const result = await uploadDocuments(file.name, await fileToBase64(file));
			if (!result.ok) {
				this.problems = result.problems;
				return 'problems';
			}
			this.uploaded = { drafts: result.drafts, unchanged: result.unchanged };
			await this.refresh();
			return 'uploaded';
		} catch (error) {
			// The server's own size refusal reads as the browser's would.
			if (errorCodeOf(error) === 'payload_too_large') {
				this.fileProblem = { key: 'procAdmin.tooLarge', params: { file: file.name } };
				return 'file_problem';
			}
			this.fail(error, { key: 'procAdmin.uploadFailed' });
			return 'failed';
		} finally {
			this.busy = false;
		}
	}

	/** Opens a draft's differences from the list. */
	async showChanges(id: string, version: number, name: LocalizedText): Promise<boolean> {
		this.outcome = null;
		try {
			const draft = await draftVersion(id, version);
			this.changes = { id, version, name, changes: draft.changes };
			return true;
		} catch (error) {
			this.fail(error, { key: 'procAdmin.changesFailed', name });
			return false;
		}
	}

	/** Does what a confirmation asked; the result is `outcome`, and the list is fetched again. */
	async perform(action: AdminAction, effectiveFrom?: string): Promise<void> {
		this.outcome = null;
		this.busy = true;
		const { name } = action;
		try {
			if (action.kind === 'publish') {
				const date = effectiveFrom ?? '';
				await publishVersion({ id: action.id, version: action.version, effectiveFrom: date });
				this.done({
					key: 'procAdmin.published',
					params: {
						version: action.version,
						date: formatInVietnam(date, preferences.locale, 'date')
					},
					name
				});
			} else if (action.kind === 'discard') {
				await discardDraft(action.id, action.version);
				this.done({ key: 'procAdmin.discarded', params: { version: action.version }, name });
			} else {
				await retireProcedure(action.id);
				this.done({ key: 'procAdmin.retired', name });
			}
			this.forgetDraft(action);
		} catch (error) {
			this.fail(error, { key: `procAdmin.${action.kind}Failed`, name });
		} finally {
			this.busy = false;
		}
		await this.refresh();
	}

	/** A draft published, discarded or retired is no longer one to act on from the upload. */
	private forgetDraft(action: AdminAction): void {
		const gone = (d: { id: string; version: number }) =>
			d.id === action.id && (action.kind === 'retire' || d.version === action.version);
		if (this.uploaded) {
			const drafts = this.uploaded.drafts.filter((d) => !gone(d));
			this.uploaded =
				drafts.length || this.uploaded.unchanged.length ? { ...this.uploaded, drafts } : null;
		}
		if (this.changes && gone(this.changes)) this.changes = null;
	}

	private done(sentence: AdminSentence): void {
		this.outcome = { tone: 'done', sentence };
	}

	private fail(error: unknown, sentence: AdminSentence): void {
		// The name only: an answer of the server may quote a document, never put in a log.
		if (errorCodeOf(error) === 'server')
			console.error('[cunglam]', error instanceof Error ? error.name : typeof error);
		this.outcome = { tone: 'failed', sentence, reason: errorSentenceOf(error, preferences.locale) };
	}
}
