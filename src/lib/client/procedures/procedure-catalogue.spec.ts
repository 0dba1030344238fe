import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import { birthRegistration, procedures } from '$testing/procedures/catalogue';
import { openCungLamDb, type CungLamDb, type DraftRecord } from '../db';
import { draftOpening } from '../drafts/draft-version';
import {
	loadDeviceCatalogue,
	readCatalogueRevision,
	refreshCatalogue,
	type CatalogueAnswer,
	type CatalogueSource
} from './procedure-catalogue';

const v1: ProcedureDefinition = { ...birthRegistration, version: 1, effectiveFrom: '2026-01-01' };
const v2: ProcedureDefinition = {
	...birthRegistration,
	version: 2,
	effectiveFrom: '2026-12-01',
	draftGraceDays: 30
};
const others = procedures.filter((p) => p.id !== birthRegistration.id);

/** A server that counts its calls and answers like `procedures.catalogue`. */
function server(revision: string, versions: ProcedureDefinition[]) {
	const calls: (string | undefined)[] = [];
	const source: CatalogueSource = async (known) => {
		calls.push(known);
		const answer: CatalogueAnswer = known === revision ? { revision } : { revision, versions };
		return answer;
	};
	return { source, calls };
}

const draftOn = (version: number): DraftRecord =>
	({
		id: `draft-${version}`,
		procedureId: birthRegistration.id,
		procedureVersion: version,
		procedureSlug: birthRegistration.slug,
		initials: '',
		createdAt: '2026-11-20T03:00:00Z',
		updatedAt: '2026-11-20T03:00:00Z'
	}) as DraftRecord;

describe("the device's procedure catalogue", () => {
	let db: CungLamDb;

	beforeEach(async () => {
		db = openCungLamDb(`catalogue-${crypto.randomUUID()}`);
		await db.open();
	});
	afterEach(async () => {
		await db.delete();
	});

	it('has nothing before the first refresh, then serves what the server sent, offline too', async () => {
		expect(await loadDeviceCatalogue(db)).toBeUndefined();
		const { source, calls } = server('r1', [v1, ...others]);
		expect(await refreshCatalogue(db, source)).toBe(true);
		expect(calls).toEqual([undefined]);
		expect(await readCatalogueRevision(db)).toBe('r1');

		const catalogue = await loadDeviceCatalogue(db, { today: () => '2026-11-22' });
		expect(catalogue?.procedures()).toHaveLength(others.length + 1);
		expect(catalogue?.bySlug(birthRegistration.slug)?.version).toBe(1);
	});

	it('asks with its revision and keeps its copy when nothing changed', async () => {
		const first = server('r1', [v1, ...others]);
		await refreshCatalogue(db, first.source);
		const again = server('r1', []);
		expect(await refreshCatalogue(db, again.source)).toBe(false);
		expect(again.calls).toEqual(['r1']);
		expect(await db.procedures.count()).toBe(others.length + 1);
	});

	it('takes a new version, and keeps an old one a draft on this PC was begun on', async () => {
		await refreshCatalogue(db, server('r1', [v1, ...others]).source);
		await db.drafts.add(draftOn(1));
		// Past v1's grace the server no longer serves it.
		await refreshCatalogue(db, server('r2', [v2, ...others]).source);
		const catalogue = await loadDeviceCatalogue(db, { today: () => '2027-02-01' });
		expect(catalogue?.get(birthRegistration.id)?.version).toBe(2);
		expect(catalogue?.get(birthRegistration.id, 1)).toBeDefined();
		// The draft then moves to v2 with its answers carried from v1.
		const opening = draftOpening(catalogue!, birthRegistration.id, 1);
		expect(opening).toMatchObject({
			kind: 'carry',
			from: { version: 1 },
			definition: { version: 2 }
		});
	});

	it('drops versions no draft needs, and a retired procedure altogether', async () => {
		await refreshCatalogue(db, server('r1', [v1, ...others]).source);
		await db.drafts.add(draftOn(1));
		await refreshCatalogue(db, server('r2', others).source);
		const catalogue = await loadDeviceCatalogue(db);
		expect(catalogue?.get(birthRegistration.id)).toBeUndefined();
		expect(catalogue?.versions.some((v) => v.id === birthRegistration.id)).toBe(false);
		expect(draftOpening(catalogue!, birthRegistration.id, 1)).toEqual({ kind: 'gone' });
	});
});

describe('how a draft opens', () => {
	it('on the version in effect as always; on its own version in grace; carried after', async () => {
		const { createProcedureCatalogue } = await import('$lib/domain/procedures/catalogue');
		const on = (today: string) => createProcedureCatalogue([v1, v2], { today: () => today });

		expect(draftOpening(on('2026-11-22'), birthRegistration.id, 1)).toMatchObject({
			kind: 'current',
			definition: { version: 1 }
		});
		expect(draftOpening(on('2026-12-10'), birthRegistration.id, 2)).toMatchObject({
			kind: 'current',
			definition: { version: 2 }
		});
		expect(draftOpening(on('2026-12-10'), birthRegistration.id, 1)).toMatchObject({
			kind: 'grace',
			definition: { version: 1 },
			graceUntil: '2026-12-31'
		});
		expect(draftOpening(on('2027-01-01'), birthRegistration.id, 1)).toMatchObject({
			kind: 'carry',
			from: { version: 1 },
			definition: { version: 2 }
		});
		// A version this device never kept: carried to the one in effect, from what it has.
		const only2 = createProcedureCatalogue([v2], { today: () => '2027-01-01' });
		expect(draftOpening(only2, birthRegistration.id, 1)).toEqual({
			kind: 'carry',
			definition: v2
		});
	});
});
