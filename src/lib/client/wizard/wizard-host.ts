import { getContext, setContext } from 'svelte';
import type { Answers, AttachmentRef } from '$lib/domain/procedures/answers';
import type { DocumentSlot } from '$lib/domain/procedures/procedure.schema';
import type { SamplePaper } from '$lib/domain/practice/practice-case';
import type { ValidationOptions } from '$lib/domain/procedures/validate-application';
import type { PrepareErrorCode } from '../attachments/prepare-attachment';
import type { WizardState } from './wizard-state.svelte';

export type AttachmentResult =
	{ ok: true; ref: AttachmentRef } | { ok: false; code: PrepareErrorCode };

/** Where a document field keeps the files picked: the encrypted draft, or practice's memory. */
export type AttachmentHost = {
	addAttachment(file: File, slot: DocumentSlot): Promise<AttachmentResult>;
	thumbnail(id: string): Promise<Blob | null>;
	removeAttachment(id: string): Promise<void>;
};

/**
 * What the form wizard runs against instead of a citizen's session, for practice mode: the
 * address of its steps, files kept in memory, the case's papers to attach, a fixed day for the
 * date rules, the case's answers for "Làm mẫu", and its own end instead of "Nộp hồ sơ" queueing
 * a dossier. Without a host the wizard saves to the encrypted draft and submits to the outbox.
 */
export type WizardHost = {
	/** The form's address; steps add `buoc=` to it. */
	base: string;
	/** Where "Quay lại" on the first step leads. */
	exitHref: string;
	attachments: AttachmentHost;
	papers: readonly SamplePaper[];
	/** Turns a sample paper into the file a document field attaches. */
	paperFile(paper: SamplePaper): Promise<File>;
	validation: ValidationOptions;
	sample: Answers;
	/** Called with valid answers on "Nộp hồ sơ". */
	submit(wizard: WizardState): Promise<void>;
};

const key = Symbol('wizard-host');

export const provideWizardHost = (host: WizardHost) => setContext(key, host);
export const wizardHost = () => getContext<WizardHost | undefined>(key);
