import type { Answers } from '$lib/domain/procedures/answers';
import type { DossierStatus } from '$lib/domain/dossier/status';
import type { DossierChannel } from '$lib/domain/dossier/channel';
import type { DossierEventAction, OfficerAction } from '$lib/domain/dossier/status-machine';
import type { ResultDelivery, SupplementReason } from '../db/schema';

export type { ResultDelivery, SupplementReason };

export type StaffRef = { id: string; displayName: string };

/** One line of the officer inbox: the applicant's name is the only personal data in it. */
export type InboxItem = {
	code: string;
	procedureId: string;
	procedureVersion: number;
	applicantName: string;
	channel: DossierChannel;
	status: DossierStatus;
	overdue: boolean;
	receivedAt: Date;
	dueDate: string;
	assignee: StaffRef | null;
};

export type InboxPage = { items: InboxItem[]; total: number };

export type DossierAttachmentView = {
	stepId: string;
	fieldId: string;
	fileName: string;
	mimeType: string;
	sizeBytes: number;
	sha256: string;
};

export type DossierEventView = {
	at: Date;
	status: DossierStatus;
	action: DossierEventAction | null;
	actorName: string | null;
	note: string | null;
	details: Record<string, unknown> | null;
};

export type ApologyView = {
	at: Date;
	reason: string;
	oldDate: string;
	newDate: string;
	officerName: string | null;
};

export type ExtensionView = {
	at: Date;
	reason: string;
	workingDays: number;
	oldDate: string;
	newDate: string;
	officerName: string | null;
};

export type SupplementRequestView = {
	at: Date;
	reasons: SupplementReason[];
	otherReason: string | null;
	/** When the request closed: the papers arrived (online or at the desk), or it was withdrawn. */
	fulfilledAt: Date | null;
	/** Closed by the officer withdrawing it rather than by papers arriving. */
	withdrawn: boolean;
};

/** Form 06: each hand-over of the dossier. */
export type AssignmentView = {
	at: Date;
	from: StaffRef | null;
	to: StaffRef | null;
	byName: string | null;
	note: string | null;
};

/** The officer's dossier page; reading it is audited (personal data). */
export type OfficerDossierView = {
	code: string;
	procedureId: string;
	procedureVersion: number;
	status: DossierStatus;
	overdue: boolean;
	apologyRequired: boolean;
	receivedAt: Date;
	dueDate: string;
	/** The due date before any apology moved it (equal to dueDate while none did). */
	originalDueDate: string;
	answers: Answers;
	attachments: DossierAttachmentView[];
	events: DossierEventView[];
	apologies: ApologyView[];
	/** Extensions for verification, within the procedure's allowance. */
	extensions: ExtensionView[];
	/** The procedure's allowance for verification and what extensions used; null when none. */
	verificationExtension: { allowedDays: number; usedDays: number } | null;
	supplementRequests: SupplementRequestView[];
	assignments: AssignmentView[];
	assignee: StaffRef | null;
	allowedActions: OfficerAction[];
	resultDelivery: ResultDelivery | null;
};

export type AuditItem = {
	id: number;
	at: Date;
	actorName: string | null;
	action: string;
	subject: string | null;
	/** The staff account the row is about, when it is about one. */
	subjectName: string | null;
	details: Record<string, string | number | boolean | null> | null;
};
