import { createHash } from 'node:crypto';
import { ne } from 'drizzle-orm';
import {
	createProcedureCatalogue,
	type ProcedureCatalogue
} from '$lib/domain/procedures/catalogue';
import {
	procedureDefinitionSchema,
	type ProcedureDefinition
} from '$lib/domain/procedures/procedure.schema';
import { todayInVietnam } from '$lib/domain/validation/dates';
import type { Database } from '../db/client';
import { procedureVersions, type ProcedureVersionStatus } from '../db/schema';
import { currentStamp } from './catalogue-stamp';

export {
	publishDocuments,
	saveDrafts,
	publishDraft,
	retireProcedure,
	discardDraft
} from './procedure-publishing';

/** A published or retired version as the server reads it: the document with its effective day. */
export type StoredVersion = {
	definition: ProcedureDefinition;
	status: Exclude<ProcedureVersionStatus, 'draft'>;
	contentHash: string;
};

/** Catalogues by stamp: a few at most (test files each have their own database). */
const loadedByStamp = new Map<string, Loaded>();

type Loaded = {
	stamp: string;
	/** Published, not retired: what devices and new submissions see. */
	catalogue: ProcedureCatalogue;
	/** Every version ever published, retired ones too: the fields of dossiers sent under them. */
	archive: Map<string, StoredVersion>;
	ids: Set<string>;
};

const key = (id: string, version: number) => `${id}@${version}`;

async function load(db: Database, stamp: string): Promise<Loaded> {
	const rows = await db
		.select()
		.from(procedureVersions)
		.where(ne(procedureVersions.status, 'draft'));
	const archive = new Map<string, StoredVersion>();
	const published: ProcedureDefinition[] = [];
	for (const row of rows) {
		// Validated when stored; parsed again so that a document the current schema no longer
		// reads is left out (and said in the log) rather than breaking every page.
		const parsed = procedureDefinitionSchema.safeParse({
			...row.document,
			...(row.effectiveFrom ? { effectiveFrom: row.effectiveFrom } : {})
		});
		if (!parsed.success) {
			console.error(`procedure ${row.id} v${row.version}: stored document no longer valid`);
			continue;
		}
		const status = row.status === 'retired' ? 'retired' : 'published';
		archive.set(key(row.id, row.version), {
			definition: parsed.data,
			status,
			contentHash: row.contentHash
		});
		if (status === 'published') published.push(parsed.data);
	}
	const ids = new Set([...archive.values()].map((stored) => stored.definition.id));
	return { stamp, catalogue: createProcedureCatalogue(published), archive, ids };
}

async function loaded(db: Database): Promise<Loaded> {
	const stamp = await currentStamp(db);
	const hit = loadedByStamp.get(stamp);
	if (hit) return hit;
	const fresh = await load(db, stamp);
	if (loadedByStamp.size >= 4) loadedByStamp.delete(loadedByStamp.keys().next().value!);
	loadedByStamp.set(stamp, fresh);
	return fresh;
}

/** The published procedures, as the browser's catalogue would have them (cached by stamp). */
export async function procedureCatalogue(db: Database): Promise<ProcedureCatalogue> {
	return (await loaded(db)).catalogue;
}

/** Whether any version of the procedure was ever published (a rating may name a retired one). */
export async function isKnownProcedure(db: Database, id: string): Promise<boolean> {
	return (await loaded(db)).ids.has(id);
}

/**
 * A version as it was published, retired or replaced since: what an old dossier was sent under
 * (its phone number for the look-up, its document fields for a supplement).
 */
export async function publishedVersion(
	db: Database,
	id: string,
	version: number
): Promise<ProcedureDefinition | undefined> {
	return (await loaded(db)).archive.get(key(id, version))?.definition;
}

/** The newest published version of each procedure not retired (one may take effect later). */
export async function newestPublished(db: Database): Promise<ProcedureDefinition[]> {
	const newest = new Map<string, ProcedureDefinition>();
	for (const stored of (await loaded(db)).archive.values()) {
		if (stored.status !== 'published') continue;
		const { definition } = stored;
		const known = newest.get(definition.id);
		if (!known || known.version < definition.version) newest.set(definition.id, definition);
	}
	return [...newest.values()].sort(
		(a, b) =>
			(a.catalogueOrder ?? Number.MAX_SAFE_INTEGER) -
				(b.catalogueOrder ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id)
	);
}

export type CatalogueFeed = { revision: string; versions: ProcedureDefinition[] };

/**
 * What a device keeps (procedures.catalogue): every published version in effect, in its
 * drafts' grace, or taking effect later. The revision changes whenever that set does.
 */
export async function catalogueFeed(db: Database, now: Date = new Date()): Promise<CatalogueFeed> {
	const { catalogue, archive } = await loaded(db);
	const today = todayInVietnam(now);
	const versions = catalogue.versions.filter((definition) => {
		if (definition.effectiveFrom !== undefined && definition.effectiveFrom > today) return true;
		const state = catalogue.draftVersion(definition.id, definition.version);
		return state.kind === 'current' || state.kind === 'grace';
	});
	const revision = createHash('sha256');
	for (const definition of versions) {
		const stored = archive.get(key(definition.id, definition.version));
		revision.update(
			`${definition.id}@${definition.version}:${stored?.contentHash}:${definition.effectiveFrom ?? ''};`
		);
	}
	return { revision: revision.digest('base64url').slice(0, 22), versions };
}
