import { and, eq, inArray, ne } from 'drizzle-orm';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import { isIsoDate, todayInVietnam, type IsoDate } from '$lib/domain/validation/dates';
import type { LocalizedText } from '$lib/domain/validation/issue';
import { AppError } from '$lib/errors/app-error';
import { writeAudit } from '../audit/audit-log';
import type { Database } from '../db/client';
import { procedureVersions, type ProcedureVersionStatus } from '../db/schema';
import { contentHash, storedDocument } from './content-hash';
import { validateProcedureDocument } from '$lib/domain/procedures/validate-document';
import { forgetCatalogue } from './catalogue-stamp';

export type VersionRef = { id: string; version: number };

/** A problem of one input document: `index` is its place in the list given. */
export type DocumentSetProblem = { index: number; path: string; message: LocalizedText };

type Existing = {
	id: string;
	version: number;
	slug: string;
	status: ProcedureVersionStatus;
	contentHash: string;
};

type Planned =
	| { kind: 'insert' | 'replace-draft' | 'same-draft'; document: ProcedureDefinition; hash: string }
	| { kind: 'unchanged'; document: ProcedureDefinition };

type Plan = { ok: true; planned: Planned[] } | { ok: false; problems: DocumentSetProblem[] };

const text = {
	duplicate: (id: string, version: number): LocalizedText => ({
		vi: `Có hai tài liệu khác nhau cùng là thủ tục ${id} phiên bản ${version}.`,
		en: `Two different documents are both procedure ${id} version ${version}.`
	}),
	otherContent: (version: number): LocalizedText => ({
		vi: `Phiên bản ${version} đã được công bố với nội dung khác — hãy tăng số phiên bản.`,
		en: `Version ${version} was already published with other content: raise the version.`
	}),
	lower: (version: number, highest: number): LocalizedText => ({
		vi: `Phiên bản ${version} thấp hơn phiên bản đã công bố (${highest}) — hãy dùng số lớn hơn ${highest}.`,
		en: `Version ${version} is lower than the published version ${highest}: use a number above ${highest}.`
	}),
	slugTaken: (slug: string, id: string): LocalizedText => ({
		vi: `Đường dẫn «${slug}» đã dùng cho thủ tục ${id}.`,
		en: `The slug "${slug}" is already used by procedure ${id}.`
	}),
	empty: (): LocalizedText => ({
		vi: 'Không có tài liệu thủ tục nào để nhập.',
		en: 'There is no procedure document to import.'
	})
};

/**
 * Validates every document and decides, against what is stored, what each would do. Nothing is
 * written; a problem in any document is reported and nothing is stored (all or nothing).
 */
async function plan(db: Database, raws: readonly unknown[]): Promise<Plan> {
	const problems: DocumentSetProblem[] = [];
	if (raws.length === 0)
		return { ok: false, problems: [{ index: 0, path: '', message: text.empty() }] };
	const documents: (ProcedureDefinition | undefined)[] = raws.map((raw, index) => {
		const checked = validateProcedureDocument(raw);
		if (checked.ok) return checked.document;
		for (const problem of checked.problems) problems.push({ index, ...problem });
		return undefined;
	});
	const ids = [...new Set(documents.flatMap((d) => (d ? [d.id] : [])))];
	const slugs = [...new Set(documents.flatMap((d) => (d ? [d.slug] : [])))];
	const existing: Existing[] =
		ids.length === 0
			? []
			: await db
					.select({
						id: procedureVersions.id,
						version: procedureVersions.version,
						slug: procedureVersions.slug,
						status: procedureVersions.status,
						contentHash: procedureVersions.contentHash
					})
					.from(procedureVersions)
					.where(inArray(procedureVersions.id, ids));
	const slugOwners =
		slugs.length === 0
			? []
			: await db
					.select({ id: procedureVersions.id, slug: procedureVersions.slug })
					.from(procedureVersions)
					.where(
						and(inArray(procedureVersions.slug, slugs), ne(procedureVersions.status, 'retired'))
					);

	// The same version twice (its .json and its .xlsx side by side) is one document.
	const seen = new Map<string, string>();
	const planned: Planned[] = [];
	documents.forEach((document, index) => {
		if (!document) return;
		const { id, version } = document;
		const problem = (path: string, message: LocalizedText) =>
			problems.push({ index, path, message });
		const hash = contentHash(document);
		const twinHash = seen.get(`${id}@${version}`);
		if (twinHash === hash) return;
		if (twinHash !== undefined) return problem('version', text.duplicate(id, version));
		seen.set(`${id}@${version}`, hash);
		const owner = slugOwners.find((row) => row.slug === document.slug && row.id !== id);
		const twin = documents.find(
			(other) => other && other.slug === document.slug && other.id !== id
		);
		if (owner || twin) return problem('slug', text.slugTaken(document.slug, (owner ?? twin)!.id));
		const rows = existing.filter((row) => row.id === id);
		const same = rows.find((row) => row.version === version);
		if (same && same.status !== 'draft') {
			if (same.contentHash === hash) return void planned.push({ kind: 'unchanged', document });
			return problem('version', text.otherContent(version));
		}
		const highest = Math.max(0, ...rows.filter((r) => r.status !== 'draft').map((r) => r.version));
		if (version < highest) return problem('version', text.lower(version, highest));
		if (!same) return void planned.push({ kind: 'insert', document, hash });
		planned.push({
			kind: same.contentHash === hash ? 'same-draft' : 'replace-draft',
			document,
			hash
		});
	});
	return problems.length > 0 ? { ok: false, problems } : { ok: true, planned };
}

export type PublishOptions = {
	/** The administrator; null for the first start's seeding and the import command. */
	by: string | null;
	/** For documents that do not say: the day they take effect (today when not given). */
	effectiveFrom?: IsoDate;
	/** Written in the audit line: where the documents came from. */
	source?: 'seed' | 'import' | 'admin';
	now?: Date;
};

export type PublishOutcome =
	| { ok: true; published: VersionRef[]; unchanged: VersionRef[] }
	| { ok: false; problems: DocumentSetProblem[] };

const ref = (document: ProcedureDefinition): VersionRef => ({
	id: document.id,
	version: document.version
});

/**
 * Publishes documents all or nothing, in one transaction: each new version as published, a
 * document equal to its stored version as unchanged, anything else as a problem.
 */
export async function publishDocuments(
	db: Database,
	raws: readonly unknown[],
	options: PublishOptions
): Promise<PublishOutcome> {
	const now = options.now ?? new Date();
	const outcome = await db.transaction(async (tx): Promise<PublishOutcome> => {
		const planning = await plan(tx, raws);
		if (!planning.ok) return planning;
		const published: VersionRef[] = [];
		const unchanged: VersionRef[] = [];
		for (const item of planning.planned) {
			const { document } = item;
			if (item.kind === 'unchanged') {
				unchanged.push(ref(document));
				continue;
			}
			const effectiveFrom = document.effectiveFrom ?? options.effectiveFrom ?? todayInVietnam(now);
			const values = {
				slug: document.slug,
				status: 'published' as const,
				document: storedDocument(document),
				contentHash: item.hash,
				effectiveFrom,
				publishedAt: now,
				publishedBy: options.by,
				updatedAt: now
			};
			await writeVersion(tx, document, values, now);
			await audit(tx, options.by, 'procedures.publish', document, now, {
				effectiveFrom,
				source: options.source ?? 'import'
			});
			published.push(ref(document));
		}
		return { ok: true, published, unchanged };
	});
	if (outcome.ok && outcome.published.length > 0) forgetCatalogue();
	return outcome;
}

/** A version's row: a new one, or the draft of the same version written over. */
function writeVersion(
	tx: Database,
	document: ProcedureDefinition,
	values: Omit<typeof procedureVersions.$inferInsert, 'id' | 'version' | 'createdAt'>,
	now: Date
) {
	return tx
		.insert(procedureVersions)
		.values({ id: document.id, version: document.version, createdAt: now, ...values })
		.onConflictDoUpdate({ target: [procedureVersions.id, procedureVersions.version], set: values });
}

export type DraftsOutcome =
	| { ok: true; drafts: ProcedureDefinition[]; unchanged: VersionRef[] }
	| { ok: false; problems: DocumentSetProblem[] };

/**
 * Stores uploaded documents as drafts, all or nothing: a new version as a new draft (or over the
 * draft of the same version), a published one with the same content as unchanged.
 */
export async function saveDrafts(
	db: Database,
	raws: readonly unknown[],
	options: { by: string; now?: Date }
): Promise<DraftsOutcome> {
	const now = options.now ?? new Date();
	return db.transaction(async (tx): Promise<DraftsOutcome> => {
		const planning = await plan(tx, raws);
		if (!planning.ok) return planning;
		const drafts: ProcedureDefinition[] = [];
		const unchanged: VersionRef[] = [];
		for (const item of planning.planned) {
			const { document } = item;
			if (item.kind === 'unchanged') {
				unchanged.push(ref(document));
				continue;
			}
			drafts.push(document);
			if (item.kind === 'same-draft') continue;
			const values = {
				slug: document.slug,
				status: 'draft' as const,
				document: storedDocument(document),
				contentHash: item.hash,
				effectiveFrom: document.effectiveFrom ?? null,
				updatedAt: now
			};
			await writeVersion(tx, document, values, now);
			await audit(tx, options.by, 'procedures.upload', document, now, {});
		}
		return { ok: true, drafts, unchanged };
	});
}

/** Publishes a draft from the given day (today or later). */
export async function publishDraft(
	db: Database,
	input: { id: string; version: number; effectiveFrom: IsoDate; by: string | null; now?: Date }
): Promise<VersionRef & { effectiveFrom: IsoDate }> {
	const now = input.now ?? new Date();
	if (!isIsoDate(input.effectiveFrom) || input.effectiveFrom < todayInVietnam(now)) {
		throw new AppError('invalid_input');
	}
	const result = await db.transaction(async (tx) => {
		const rows = await tx
			.select()
			.from(procedureVersions)
			.where(eq(procedureVersions.id, input.id))
			.for('update');
		const draft = rows.find((row) => row.version === input.version && row.status === 'draft');
		if (!draft) throw new AppError('not_found');
		// Published meanwhile by someone else under a higher number, or its slug taken since.
		const highest = Math.max(0, ...rows.filter((r) => r.status !== 'draft').map((r) => r.version));
		if (input.version <= highest) throw new AppError('conflict');
		const [slugOwner] = await tx
			.select({ id: procedureVersions.id })
			.from(procedureVersions)
			.where(
				and(
					eq(procedureVersions.slug, draft.slug),
					ne(procedureVersions.id, input.id),
					ne(procedureVersions.status, 'retired')
				)
			)
			.limit(1);
		if (slugOwner) throw new AppError('conflict');
		await tx
			.update(procedureVersions)
			.set({
				status: 'published',
				effectiveFrom: input.effectiveFrom,
				publishedAt: now,
				publishedBy: input.by,
				updatedAt: now
			})
			.where(and(eq(procedureVersions.id, input.id), eq(procedureVersions.version, input.version)));
		await audit(tx, input.by, 'procedures.publish', draft.document, now, {
			effectiveFrom: input.effectiveFrom,
			source: 'admin'
		});
		return { id: input.id, version: input.version, effectiveFrom: input.effectiveFrom };
	});
	forgetCatalogue();
	return result;
}

/** Takes a procedure out of the catalogue: every published version of it is retired. */
export async function retireProcedure(
	db: Database,
	input: { id: string; by: string | null; now?: Date }
): Promise<{ id: string; versions: number[] }> {
	const now = input.now ?? new Date();
	const result = await db.transaction(async (tx) => {
		const retired = await tx
			.update(procedureVersions)
			.set({ status: 'retired', updatedAt: now })
			.where(and(eq(procedureVersions.id, input.id), eq(procedureVersions.status, 'published')))
			.returning({ version: procedureVersions.version });
		if (retired.length === 0) throw new AppError('not_found');
		const versions = retired.map((row) => row.version).sort((a, b) => a - b);
		await writeAudit(tx, {
			actorUserId: input.by,
			action: 'procedures.retire',
			subject: input.id,
			details: { versions: versions.join(',') },
			at: now
		});
		return { id: input.id, versions };
	});
	forgetCatalogue();
	return result;
}

/** Throws a draft away; published versions are never deleted. */
export async function discardDraft(
	db: Database,
	input: { id: string; version: number; by: string | null; now?: Date }
): Promise<VersionRef> {
	const now = input.now ?? new Date();
	return db.transaction(async (tx) => {
		const [gone] = await tx
			.delete(procedureVersions)
			.where(
				and(
					eq(procedureVersions.id, input.id),
					eq(procedureVersions.version, input.version),
					eq(procedureVersions.status, 'draft')
				)
			)
			.returning({ document: procedureVersions.document });
		if (!gone) throw new AppError('not_found');
		await audit(tx, input.by, 'procedures.discard', gone.document, now, {});
		return { id: input.id, version: input.version };
	});
}

function audit(
	db: Database,
	by: string | null,
	action: string,
	document: Pick<ProcedureDefinition, 'id' | 'version'>,
	at: Date,
	details: Record<string, string>
) {
	// Ids, versions and dates only: a document holds no personal data, but the log stays small.
	return writeAudit(db, {
		actorUserId: by,
		action,
		subject: document.id,
		details: { version: document.version, ...details },
		at
	});
}
