import { addDays, todayInVietnam, type IsoDate } from '../validation/dates';
import type { ProcedureDefinition } from './procedure.schema';

/** How long a draft begun on a replaced version may still be sent under it, by default. */
export const DEFAULT_DRAFT_GRACE_DAYS = 30;

export type ProcedureLookup =
	| { ok: true; definition: ProcedureDefinition }
	| { ok: false; code: 'unknown_procedure' | 'unknown_version' | 'version_expired' };

/**
 * Where a draft begun on one version stands today:
 * - `current`: its version is the one in effect;
 * - `grace`: a newer version is in effect, but the draft may still be finished under its own
 *   until `graceUntil` (inclusive);
 * - `expired`: past that day; it opens on `latest` with the answers carried over;
 * - `unknown`: the procedure is no longer offered (or never was).
 */
export type DraftVersionState =
	| { kind: 'current'; definition: ProcedureDefinition }
	| {
			kind: 'grace';
			definition: ProcedureDefinition;
			latest: ProcedureDefinition;
			graceUntil?: IsoDate;
	  }
	| { kind: 'expired'; latest: ProcedureDefinition; graceUntil: IsoDate }
	| { kind: 'unknown' };

export type ProcedureCatalogue = {
	/** Every version given, as given. */
	readonly versions: readonly ProcedureDefinition[];
	/** The version of each procedure in effect today, in catalogue order. */
	procedures(): ProcedureDefinition[];
	/** A procedure by id: the version in effect today unless one is asked for. */
	get(id: string, version?: number): ProcedureDefinition | undefined;
	bySlug(slug: string): ProcedureDefinition | undefined;
	/** For the server: the version a submission names, or why it cannot be used today. */
	resolve(id: string, version?: number): ProcedureLookup;
	draftVersion(id: string, version: number): DraftVersionState;
};

export type CatalogueOptions = { today?: () => IsoDate };

const inEffect = (definition: ProcedureDefinition, today: IsoDate) =>
	(definition.effectiveFrom === undefined || definition.effectiveFrom <= today) &&
	(definition.effectiveTo === undefined || definition.effectiveTo >= today);

const byOrder = (a: ProcedureDefinition, b: ProcedureDefinition) =>
	(a.catalogueOrder ?? Number.MAX_SAFE_INTEGER) - (b.catalogueOrder ?? Number.MAX_SAFE_INTEGER) ||
	a.name.vi.localeCompare(b.name.vi, 'vi');

/**
 * The catalogue over a set of published versions (from the server's store, a device's copy, or
 * a test's documents). Pure: "today" is asked of `options.today` on each call.
 */
export function createProcedureCatalogue(
	versions: readonly ProcedureDefinition[],
	options: CatalogueOptions = {}
): ProcedureCatalogue {
	const today = options.today ?? (() => todayInVietnam(new Date()));
	const byId = new Map<string, ProcedureDefinition[]>();
	for (const definition of versions) {
		const list = byId.get(definition.id) ?? [];
		list.push(definition);
		byId.set(definition.id, list);
	}
	for (const list of byId.values()) list.sort((a, b) => a.version - b.version);

	const current = (id: string, day: IsoDate) =>
		byId
			.get(id)
			?.filter((definition) => inEffect(definition, day))
			.at(-1);

	/** The last day a draft on `definition` may be sent, given the version now in effect. */
	const graceUntil = (definition: ProcedureDefinition, latest: ProcedureDefinition) => {
		const successor = byId
			.get(definition.id)
			?.find((other) => other.version > definition.version && other.version <= latest.version);
		const from = successor?.effectiveFrom;
		if (from === undefined) return undefined;
		return addDays(from, definition.draftGraceDays ?? DEFAULT_DRAFT_GRACE_DAYS);
	};

	const draftVersion = (id: string, version: number): DraftVersionState => {
		const day = today();
		const latest = current(id, day);
		if (!latest) return { kind: 'unknown' };
		if (latest.version === version) return { kind: 'current', definition: latest };
		const definition = byId.get(id)?.find((candidate) => candidate.version === version);
		if (!definition || definition.version > latest.version) return { kind: 'unknown' };
		const until = graceUntil(definition, latest);
		if (until !== undefined && until < day) return { kind: 'expired', latest, graceUntil: until };
		return {
			kind: 'grace',
			definition,
			latest,
			...(until === undefined ? {} : { graceUntil: until })
		};
	};

	return {
		versions,
		procedures() {
			const day = today();
			return [...byId.keys()]
				.map((id) => current(id, day))
				.filter((definition) => definition !== undefined)
				.sort(byOrder);
		},
		get(id, version) {
			if (version === undefined) return current(id, today());
			return byId.get(id)?.find((definition) => definition.version === version);
		},
		bySlug(slug) {
			const day = today();
			for (const id of byId.keys()) {
				const definition = current(id, day);
				if (definition?.slug === slug) return definition;
			}
			return undefined;
		},
		resolve(id, version) {
			if (!byId.has(id)) return { ok: false, code: 'unknown_procedure' };
			if (version === undefined) {
				const definition = current(id, today());
				return definition ? { ok: true, definition } : { ok: false, code: 'unknown_procedure' };
			}
			const state = draftVersion(id, version);
			if (state.kind === 'current' || state.kind === 'grace') {
				return { ok: true, definition: state.definition };
			}
			if (state.kind === 'expired') return { ok: false, code: 'version_expired' };
			return { ok: false, code: 'unknown_version' };
		},
		draftVersion
	};
}
