import type { CoachingSnapshot } from '$lib/domain/coaching/coaching-snapshot';
import type { Answers } from '$lib/domain/procedures/answers';
import type { DocumentSlot, ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import type { Consent, SubmissionRecord } from '../db';
import type { CleanApplication } from '../sync/submission-ops';
import { createAutosaver, type SaveState } from '../drafts/autosaver';
import type { SessionKey } from '../drafts/draft-store';
import { DraftError } from '../drafts/draft-error';
import type { ContactAddresses } from '$lib/domain/notifications/consented-contact';

import { handleError } from '../errors';
import { readDeviceAccessPoint } from './device-access-point';

export type CurrentDraft = {
	id: string;
	procedureId: string;
	/** The version the draft is filled in under (issue 16: kept until its grace date). */
	procedureVersion: number;
	answers: Answers;
	/** Who did what so far, when the draft was coached (read back from its ciphertext). */
	coaching?: CoachingSnapshot;
};

// Dexie and the vault load with the first session, not with the home page.
let opsModule: Promise<typeof import('../drafts/session-ops')> | undefined;
// Imported once and kept: an import() per keystroke would delay every autosave.
const ops = () => (opsModule ??= import('../drafts/session-ops'));
// The device's procedure catalogue (Dexie) comes with them, not with the home page.
const catalogue = async () => (await ops()).procedureCatalogue();

/**
 * A citizen's session at the PC. The key lives only in this object's memory: ending the
 * session (or the idle timer) drops it and reloads the page, so no form state, DOM or
 * in-memory copy survives; what stays on disk is ciphertext.
 */
class CitizenSession {
	active = $state(false);
	saveState = $state<SaveState>('idle');
	consent = $state<Consent | null>(null);
	// Raw: replacing the draft is reactive, but the answers written on every keystroke are a
	// plain property (read only by "Tiếp tục tại nhà"), not a deep proxy rebuilt per edit.
	current = $state.raw<CurrentDraft | null>(null);

	// Deliberately not reactive: keys must never end up in a snapshot or a devtools view.
	#session: SessionKey | null = null;
	// The draft being created, so that the form and `start` never make two.
	#drafting: { procedureId: string; draft: Promise<CurrentDraft> } | null = null;
	// Addresses typed on the consent screen for messages (issue 20): personal data, so in memory
	// only (dropped by the reload that ends the session), never in the draft's readable record; a
	// draft resumed later uses the application's.
	#contactAddresses: ContactAddresses = {};
	// A key derived while the PIN page waits for "Bắt đầu", for that PIN only.
	#prepared: { pin: string; key: Promise<SessionKey> } | null = null;
	// Set when ending starts: a keystroke during the final flush must not write after a delete.
	#ending = false;
	// Drafts that became dossiers: a late keystroke must not bring one back.
	#submittedDrafts = new Set<string>();
	/** The last dossier submitted in this session, for its receipt; dropped with the session. */
	submitted = $state.raw<{ localReference: string; application: CleanApplication } | null>(null);
	#autosaver = createAutosaver<{
		draftId: string;
		key: CryptoKey;
		answers: Answers;
		coaching?: CoachingSnapshot;
	}>(
		async ({ draftId, key, answers, coaching }) =>
			(await ops()).saveAnswers(draftId, key, answers, coaching),
		(state, error) => {
			this.saveState = state;
			if (error) handleError(error);
		}
	);

	/**
	 * The PIN page, while the PIN is typed: loads the vault and its worker, so that "Bắt đầu"
	 * waits for the key derivation only (issue 18: session start ≈ key derivation).
	 */
	warm(): void {
		void ops()
			.then((o) => o.warmKeyDerivation())
			.catch(() => {
				// Warming is a hint: "Bắt đầu" loads the same modules and reports what fails.
			});
	}

	/**
	 * Both PIN fields agree: derives the session's key now, in the worker, so that "Bắt đầu"
	 * finds it ready. A new PIN replaces it; `start` with another PIN derives afresh; leaving the
	 * page drops it (`forgetPrepared`). The PIN is in this page's memory either way.
	 */
	prepare(pin: string): void {
		if (this.#prepared?.pin === pin) return;
		const key = ops().then((o) => o.sessionKeyFromPin(pin));
		// A failure shows when "Bắt đầu" asks for this key, not before.
		key.catch(() => {});
		this.#prepared = { pin, key };
	}

	forgetPrepared(): void {
		this.#prepared = null;
	}

	/**
	 * "Bắt đầu phiên mới": derives the key from the chosen PIN (in a worker), or takes the one
	 * prepared. With the procedure the citizen came for, its draft is created at once, while the
	 * page moves to the form (which then finds it made).
	 */
	async start(
		pin: string,
		consent: Consent,
		procedure?: ProcedureDefinition,
		contactAddresses: ContactAddresses = {}
	): Promise<void> {
		const prepared = this.#prepared?.pin === pin ? this.#prepared.key : undefined;
		this.#prepared = null;
		const o = await ops();
		void o.purgeStale().catch(handleError);
		this.#session = await (prepared ?? o.sessionKeyFromPin(pin));
		this.consent = consent;
		this.#contactAddresses = contactAddresses;
		this.current = null;
		this.active = true;
		// Ask the browser not to evict drafts under storage pressure.
		void navigator.storage?.persist?.().catch(() => false);
		// A failure shows when the form asks for this draft (draftFor gives the same promise).
		if (procedure) void this.draftFor(procedure).catch(() => {});
	}

	/** The draft for this procedure in this session, created on first use. */
	async draftFor(definition: ProcedureDefinition): Promise<CurrentDraft> {
		if (!this.#session || !this.consent) throw new Error('no citizen session');
		if (this.current?.procedureId === definition.id) return this.current;
		// One creation at a time per procedure: `start` may have begun it before the form asks.
		if (this.#drafting?.procedureId === definition.id) return this.#drafting.draft;
		const session = this.#session;
		// A $state proxy cannot be cloned into IndexedDB: store a plain snapshot.
		const consent = $state.snapshot(this.consent);
		const draft = (async () => {
			const record = await (await ops()).newDraft(definition, session, consent);
			this.current = {
				id: record.id,
				procedureId: definition.id,
				procedureVersion: record.procedureVersion,
				answers: {}
			};
			return this.current;
		})();
		this.#drafting = { procedureId: definition.id, draft };
		try {
			return await draft;
		} finally {
			if (this.#drafting?.draft === draft) this.#drafting = null;
		}
	}

	/** "Mở hồ sơ": unlocks a draft saved on this PC with its PIN; throws DraftError. */
	async open(draftId: string, pin: string): Promise<CurrentDraft> {
		const { record, key, answers, coaching } = await (await ops()).unlockDraft(draftId, pin);
		this.#session = { key, salt: record.salt, keyCheck: record.keyCheck };
		this.consent = record.consent;
		this.current = {
			id: record.id,
			procedureId: record.procedureId,
			procedureVersion: record.procedureVersion,
			answers,
			coaching
		};
		this.active = true;
		return this.current;
	}

	/**
	 * The grace of the draft's version is over: it moves to the version in effect (`to`) with
	 * its answers carried over where the fields still exist, and names that version from now on.
	 */
	async moveToVersion(
		from: ProcedureDefinition | undefined,
		to: ProcedureDefinition
	): Promise<CurrentDraft> {
		const session = this.#session;
		const current = this.current;
		if (!session || !current || current.procedureId !== to.id) throw new Error('no draft');
		await this.flush();
		const answers = await (
			await ops()
		).moveDraft(current.id, session.key, from, to, current.answers, current.coaching);
		this.current = { ...current, procedureVersion: to.version, answers };
		return this.current;
	}

	/**
	 * "Tiếp tục tại nhà": the PIN typed again (it never stays in memory) seals the current
	 * draft for upload; the server keeps ciphertext only. Returns the code for the slip.
	 */
	async issueResumeCode(pin: string): Promise<{ code: string; expiresAt: Date }> {
		const session = this.#session;
		const current = this.current;
		const definition =
			current && (await catalogue()).get(current.procedureId, current.procedureVersion);
		if (!session || !current || !definition) throw new Error('no draft to upload');
		if (!(await (await ops()).pinMatches(session, pin))) throw new DraftError('pin_wrong');
		await this.flush();
		const { uploadForHome } = await import('../drafts/resume-ops');
		return uploadForHome(
			{
				procedureId: definition.id,
				procedureVersion: definition.version,
				procedureSlug: definition.slug,
				answers: current.answers
			},
			session.key,
			pin
		);
	}

	/** At home: opens an uploaded draft with code + PIN and keeps working on it here. */
	async startFromHome(
		code: string,
		pin: string,
		consent: Consent
	): Promise<{ slug: string; draftId: string }> {
		const resume = await import('../drafts/resume-ops');
		const { draft, attachments } = await resume.fetchFromHome(code, pin);
		const procedures = await catalogue();
		// The version it was begun on may be gone from this device: the form page then carries
		// the answers to the version in effect (client/drafts/draft-version.ts).
		const definition =
			procedures.get(draft.procedureId, draft.procedureVersion) ??
			procedures.get(draft.procedureId);
		if (!definition) throw new DraftError('corrupt');
		const o = await ops();
		const session = await o.sessionKeyFromPin(pin);
		const record = await o.newDraft(
			definition,
			session,
			consent,
			draft.answers,
			draft.procedureVersion
		);
		await o.restoreAttachments(record.id, session.key, attachments);
		this.#session = session;
		this.consent = consent;
		this.current = {
			id: record.id,
			procedureId: definition.id,
			procedureVersion: record.procedureVersion,
			answers: draft.answers
		};
		this.active = true;
		return { slug: definition.slug, draftId: record.id };
	}

	/**
	 * "Nộp hồ sơ": everything typed is saved first, then the draft becomes a queued dossier in
	 * one transaction. The clean application stays in memory until the session ends, for the
	 * receipt; the device keeps only the sealed copy waiting to be sent.
	 */
	async submit(
		application: CleanApplication,
		coachingRecordId?: string
	): Promise<SubmissionRecord> {
		const session = this.#session;
		const current = this.current;
		// The version the application names: the draft's own, still in grace, or the one in effect.
		const definition =
			current && (await catalogue()).get(application.procedureId, application.procedureVersion);
		if (!session || !current || !definition) throw new Error('no draft to submit');
		// From here no keystroke may write the draft again; given back if queuing fails.
		this.#submittedDrafts.add(current.id);
		let record: SubmissionRecord;
		try {
			await this.flush();
			const { submitApplication } = await import('../sync/submission-ops');
			record = await submitApplication({
				definition,
				application,
				draftId: current.id,
				key: session.key,
				context: { accessPointId: readDeviceAccessPoint() ?? undefined, coachingRecordId },
				contact: { consent: this.consent, typed: this.#contactAddresses }
			});
		} catch (error) {
			this.#submittedDrafts.delete(current.id);
			throw error;
		}
		this.submitted = { localReference: record.localReference, application };
		this.current = null;
		return record;
	}

	/** "Đính kèm giấy tờ" / "Chụp ảnh": compressed, encrypted and stored beside the draft. */
	async addAttachment(file: File, slot: DocumentSlot) {
		if (!this.#session || !this.current) throw new Error('no draft');
		return (await ops()).addAttachment(this.current.id, this.#session.key, file, slot);
	}

	async thumbnail(id: string): Promise<Blob | null> {
		if (!this.#session) return null;
		return (await ops()).attachmentThumbnail(this.#session.key, id);
	}

	async removeAttachment(id: string): Promise<void> {
		await (await ops()).deleteAttachment(id);
	}

	/**
	 * Called by the wizard on every change of the answers or of the coaching attribution, with
	 * the function that copies them: the copy is made when the write starts, after the edit's
	 * frame (drafts/autosaver.ts).
	 */
	save(draftId: string, snapshot: () => { answers: Answers; coaching?: CoachingSnapshot }): void {
		const session = this.#session;
		if (!session || this.#ending || this.#submittedDrafts.has(draftId)) return;
		this.#autosaver.save(() => {
			const { answers, coaching } = snapshot();
			if (this.current?.id === draftId) {
				this.current.answers = answers;
				this.current.coaching = coaching;
			}
			return { draftId, key: session.key, answers, coaching };
		});
	}

	/** Resolves once everything typed so far is on disk. */
	flush(): Promise<void> {
		return this.#autosaver.flush();
	}

	/**
	 * "Kết thúc phiên" and the idle time-out: save, forget, and start the page afresh. Without
	 * consent to keep it on this PC, the draft is deleted too.
	 */
	async end(homeUrl: string): Promise<void> {
		this.#ending = true;
		try {
			await this.flush();
			if (this.current && !this.consent?.keepOnDevice)
				await (await ops()).removeDraft(this.current.id);
		} catch (error) {
			handleError(error);
		} finally {
			this.#session = null;
			this.current = null;
			this.consent = null;
			this.submitted = null;
			this.active = false;
			// A new document: no component state, no DOM, no in-memory answers survive, and the
			// replaced history entry cannot be restored from the back-forward cache.
			window.location.replace(homeUrl);
		}
	}
}

export const citizenSession = new CitizenSession();
