import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { readShippedDocuments, getProcedure } from '$testing/procedures/catalogue';
import { openTestDatabase } from '$testing/server/database';
import { auditLog, procedureVersions } from '../db/schema';
import { publishDocuments, retireProcedure } from './procedure-publishing';
import { catalogueFeed, procedureCatalogue, publishedVersion } from './procedure-store';
import { seedProcedures } from './seed-procedures';
import { shippedDocuments } from './shipped-documents';

type Handle = Awaited<ReturnType<typeof openTestDatabase>>;

/** Every document in the documents folder, read from disk: the bundle must hold them all. */
const shippedCount = readShippedDocuments().length;

const birth = getProcedure('dang-ky-khai-sinh')!;
const death = getProcedure('dang-ky-khai-tu')!;
const withNote = (vi: string, version = birth.version + 1) => ({
	...structuredClone(birth),
	version,
	fee: { ...birth.fee, note: { vi, en: 'A new note' } }
});

describe('first start', () => {
	let handle: Handle;
	beforeAll(async () => {
		handle = await openTestDatabase(undefined, { procedures: false });
	});
	afterAll(() => handle.dispose());

	it('seeds every shipped procedure from the server bundle into an empty store, once', async () => {
		expect(shippedDocuments()).toHaveLength(shippedCount);
		expect((await procedureCatalogue(handle.db)).procedures()).toHaveLength(0);
		const seeded = await seedProcedures(handle.db, shippedDocuments());
		expect(seeded).toMatchObject({ ok: true });
		const catalogue = await procedureCatalogue(handle.db);
		expect(catalogue.procedures().map((p) => p.id)).toEqual(
			readShippedDocuments()
				.sort((a, b) => a.catalogueOrder! - b.catalogueOrder!)
				.map((p) => p.id)
		);
		expect(catalogue.get(birth.id)).toEqual({ ...birth, effectiveFrom: '2025-07-01' });
		expect(await seedProcedures(handle.db, shippedDocuments())).toBeUndefined();
		const audits = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'procedures.publish'));
		expect(audits).toHaveLength(shippedCount);
		expect(audits[0]).toMatchObject({ actorUserId: null, details: { source: 'seed' } });
	});
});

describe('publishing documents', () => {
	let handle: Handle;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(() => handle.dispose());

	const count = async () => (await handle.db.select().from(procedureVersions)).length;

	it('finds the same content again unchanged, whatever its effective day says', async () => {
		const again = await publishDocuments(
			handle.db,
			[{ ...birth, effectiveFrom: '2030-01-01' }, death],
			{ by: null }
		);
		expect(again).toEqual({
			ok: true,
			published: [],
			unchanged: [
				{ id: birth.id, version: 1 },
				{ id: death.id, version: 1 }
			]
		});
		expect(await count()).toBe(shippedCount);
	});

	it('refuses the same version with other content, and a version below the published one', async () => {
		const changed = await publishDocuments(handle.db, [withNote('Khác', 1)], { by: null });
		expect(changed).toEqual({
			ok: false,
			problems: [
				{
					index: 0,
					path: 'version',
					message: {
						vi: 'Phiên bản 1 đã được công bố với nội dung khác — hãy tăng số phiên bản.',
						en: 'Version 1 was already published with other content: raise the version.'
					}
				}
			]
		});
		await publishDocuments(handle.db, [{ ...structuredClone(death), version: 3 }], { by: null });
		const lower = await publishDocuments(handle.db, [{ ...structuredClone(death), version: 2 }], {
			by: null
		});
		expect(lower).toMatchObject({ ok: false, problems: [{ index: 0, path: 'version' }] });
		expect(!lower.ok && lower.problems[0]!.message.en).toContain(
			'lower than the published version 3'
		);
	});

	it('publishes nothing when any document is invalid, naming its path', async () => {
		const before = await count();
		const broken = structuredClone(birth) as unknown as {
			version: number;
			steps: { fields: { kind: string }[] }[];
		};
		broken.version = 5;
		broken.steps[1]!.fields[0]!.kind = 'hologram';
		const outcome = await publishDocuments(handle.db, [withNote('Mới'), broken], { by: null });
		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.problems.map((p) => [p.index, p.path])).toContainEqual([
			1,
			expect.stringMatching(/^steps\[1\]\.fields\[0\]/)
		]);
		expect(await count()).toBe(before);
	});

	it('refreshes the catalogue and the device feed after a publish and a retirement', async () => {
		const feed = await catalogueFeed(handle.db);
		expect((await catalogueFeed(handle.db)).revision).toBe(feed.revision);
		const published = await publishDocuments(handle.db, [withNote('Lệ phí theo mức mới')], {
			by: null,
			effectiveFrom: '2026-01-01'
		});
		expect(published).toMatchObject({ ok: true, published: [{ id: birth.id, version: 2 }] });
		const catalogue = await procedureCatalogue(handle.db);
		expect(catalogue.get(birth.id)?.fee.note?.vi).toBe('Lệ phí theo mức mới');
		const after = await catalogueFeed(handle.db);
		expect(after.revision).not.toBe(feed.revision);

		await retireProcedure(handle.db, { id: death.id, by: null });
		expect((await procedureCatalogue(handle.db)).get(death.id)).toBeUndefined();
		expect((await catalogueFeed(handle.db)).versions.some((v) => v.id === death.id)).toBe(false);
		// A dossier sent under a retired version still finds its fields.
		expect((await publishedVersion(handle.db, death.id, 1))?.id).toBe(death.id);
	});
});
