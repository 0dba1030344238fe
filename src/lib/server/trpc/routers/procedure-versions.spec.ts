import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { addDays, todayInVietnam } from '$lib/domain/validation/dates';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import { getProcedure, readShippedDocuments } from '$testing/procedures/catalogue';
import { withAddedField } from '$testing/procedures/versions';
import { withUploadedAttachments } from '$testing/server/attachments';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { failure } from '$testing/server/failure';
import { dossierFigures } from '../../dashboard/dossier-figures';
import { dossiers } from '../../db/schema';
import type { ApplicationInput } from '../../procedures/inputs';
import { publishDocuments } from '../../procedures/procedure-publishing';
import { appSyncHandlers } from '../../sync/dossier-handlers';
import { applyPush } from '../../sync/push';
import { seedProvinces } from '../../units/import-units';
import { createCaller } from '../root';

/** The sample answers were written for this day; the push's clock says it is that day. */
const receivedAt = new Date('2026-11-20T02:00:00Z');
const sampleDay = '2026-11-20';
const today = todayInVietnam(new Date());
const birth = getProcedure('dang-ky-khai-sinh')!;

type Handle = Awaited<ReturnType<typeof openTestDatabase>>;

async function withVersion2(
	effectiveFrom: string
): Promise<{ handle: Handle; v2: ProcedureDefinition }> {
	const handle = await openTestDatabase();
	await seedProvinces(handle.db);
	const v2 = withAddedField(birth, 'extraNote', effectiveFrom);
	const outcome = await publishDocuments(handle.db, [v2], { by: null });
	expect(outcome).toMatchObject({ ok: true, published: [{ id: birth.id, version: 2 }] });
	return { handle, v2 };
}

/** The sample case as a device would send it under `definition`. */
async function application(handle: Handle, definition: ProcedureDefinition) {
	const checked = validateApplication(definition, definition.sampleCase, { today: sampleDay });
	if (!checked.ok) throw new Error('sample case does not validate');
	return (await withUploadedAttachments(handle.db, checked.application)) as ApplicationInput;
}

async function submit(handle: Handle, payload: object) {
	const pushed = await applyPush(
		handle.db,
		appSyncHandlers,
		randomUUID(),
		[
			{
				id: 1,
				kind: 'dossier.submit',
				payload: { ...payload, clientReference: `V-${randomUUID().slice(0, 8)}` }
			}
		],
		() => receivedAt
	);
	return pushed.results[0]!;
}

describe('a new version with a field added, in effect today (version 1 in its grace)', () => {
	let handle: Handle;
	let v2: ProcedureDefinition;
	beforeAll(async () => {
		({ handle, v2 } = await withVersion2(today));
	});
	afterAll(() => handle.dispose());

	it('requires the new field in a submission on version 2', async () => {
		const sent = await application(handle, v2);
		const { extraNote: _dropped, ...firstStep } = sent.answers[v2.steps[0]!.id]!;
		const without: ApplicationInput = {
			...sent,
			answers: { ...sent.answers, [v2.steps[0]!.id]: firstStep }
		};
		const checked = await createCaller(testContext(handle)).procedures.validate(without);
		expect(checked.ok).toBe(false);
		expect(checked.issues.map((i) => i.fieldId)).toContain('extraNote');
		expect(await submit(handle, without)).toMatchObject({ ok: false, reason: 'invalid_input' });
		expect(await submit(handle, sent)).toMatchObject({ ok: true });
	});

	it('accepts a draft begun on version 1 under version 1, without the new field', async () => {
		const sent = await application(handle, birth);
		expect(sent.procedureVersion).toBe(1);
		const checked = await createCaller(testContext(handle)).procedures.validate(sent);
		expect(checked.ok).toBe(true);
		const result = await submit(handle, sent);
		expect(result).toMatchObject({ ok: true });
		const code = (result as { value: { code: string } }).value.code;
		const [row] = await handle.db.select().from(dossiers).where(eq(dossiers.code, code));
		expect(row).toMatchObject({ procedureId: birth.id, procedureVersion: 1 });
	});

	it('counts the dossiers of both versions under one procedure on the dashboard', async () => {
		const figures = await dossierFigures(
			handle.db,
			{ kind: 'all' },
			{
				from: '2026-11-01',
				to: '2026-11-30',
				bucket: 'month'
			}
		);
		const versions = await handle.db
			.selectDistinct({ version: dossiers.procedureVersion })
			.from(dossiers);
		expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
		expect(figures.byProcedure).toEqual([{ procedureId: birth.id, count: 2 }]);
	});

	it('serves both versions to devices, each with its effective day', async () => {
		const feed = await createCaller(testContext(handle)).procedures.catalogue({});
		const served = feed.versions!.filter((v) => v.id === birth.id);
		expect(served.map((v) => [v.version, v.effectiveFrom])).toEqual([
			[1, '2025-07-01'],
			[2, today]
		]);
		// Every shipped procedure once, and the birth registration twice.
		expect(feed.versions!.map((v) => v.id)).toHaveLength(readShippedDocuments().length + 1);
	});
});

describe('a draft on version 1 past its grace', () => {
	let handle: Handle;
	beforeAll(async () => {
		// Version 2 took effect 31 days ago: the 30 days of grace ended yesterday.
		({ handle } = await withVersion2(addDays(today, -31)));
	});
	afterAll(() => handle.dispose());

	it('is refused with version_expired, by the check and by the push', async () => {
		const sent = await application(handle, birth);
		expect(await failure(createCaller(testContext(handle)).procedures.validate(sent))).toBe(
			'version_expired'
		);
		expect(await submit(handle, sent)).toMatchObject({ ok: false, reason: 'version_expired' });
	});

	it('no longer serves version 1 to devices', async () => {
		const feed = await createCaller(testContext(handle)).procedures.catalogue({});
		expect(feed.versions!.filter((v) => v.id === birth.id).map((v) => v.version)).toEqual([2]);
	});
});
