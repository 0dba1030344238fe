import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import { addDays, todayInVietnam } from '$lib/domain/validation/dates';
import { birthRegistration } from '$testing/procedures/catalogue';
import { withUploadedAttachments } from '$testing/server/attachments';
import { testContext } from '$testing/server/context';
import { openTestDatabase } from '$testing/server/database';
import { dossiers } from '../../db/schema';
import { publishDocuments } from '../../procedures/procedure-store';
import { seedProvinces } from '../../units/import-units';
import { createCaller } from '../root';

/** The next version of birth registration asks one thing more, on its first step. */
const v2: ProcedureDefinition = structuredClone(birthRegistration);
v2.version = birthRegistration.version + 1;
v2.steps[0]!.fields.push({
	kind: 'text',
	id: 'zalo',
	label: { vi: 'Tên tài khoản Zalo', en: 'Zalo account name' },
	help: { vi: 'Để cán bộ nhắn tin.', en: 'For the officer’s messages.' },
	coaching: { vi: 'Hỏi người dân.', en: 'Ask them.' },
	required: true,
	maxLength: 100
});
// Its sample and practice answers say it too (the document check requires them to pass).
for (const answers of [v2.sampleCase, ...(v2.practiceCases ?? []).map((c) => c.answers)]) {
	if (answers?.requester) answers.requester.zalo = 'lan.nguyen';
}

/**
 * Issue 16: a draft begun before a new version takes effect keeps its version: the server
 * validates and accepts it under that version until the grace date, and names it on the dossier;
 * after that day, `version_expired` (the device then carries the answers to the new version).
 */
describe('a draft begun on a replaced version', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	const today = todayInVietnam(new Date());
	const caller = () => createCaller(testContext(handle));
	/** Clean answers are looser in type than the input schema's (it checks them at runtime). */
	type ValidateInput = Parameters<ReturnType<typeof caller>['procedures']['validate']>[0];
	let begunOnV1: ValidateInput;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		const sample = validateApplication(birthRegistration, birthRegistration.sampleCase, {
			today: '2026-11-22'
		});
		if (!sample.ok) throw new Error('the sample case of birth registration does not validate');
		begunOnV1 = (await withUploadedAttachments(handle.db, sample.application)) as ValidateInput;
		const published = await publishDocuments(handle.db, [v2], { by: null, effectiveFrom: today });
		expect(published).toMatchObject({ ok: true });
	});
	afterEach(() => vi.useRealTimers());
	afterAll(() => handle.dispose());

	it('devices are served both versions while the old one is in grace', async () => {
		const served = await caller().procedures.catalogue({});
		const versions = served.versions
			?.filter((definition) => definition.id === birthRegistration.id)
			.map((definition) => definition.version);
		expect(versions?.sort()).toEqual([birthRegistration.version, v2.version]);
	});

	it('validates under its own version in grace, and is accepted naming it', async () => {
		expect(begunOnV1.procedureVersion).toBe(birthRegistration.version);
		expect(await caller().procedures.validate(begunOnV1)).toMatchObject({ ok: true });
		// The same answers under the new version miss its new field.
		const underV2 = await caller().procedures.validate({ ...begunOnV1, procedureVersion: 2 });
		expect(underV2.ok).toBe(false);
		expect(underV2.issues.map((i) => i.fieldId)).toContain('zalo');

		const clientReference = `CL-${randomUUID().slice(0, 8)}`;
		const pushed = await caller().sync.push({
			clientId: randomUUID(),
			mutations: [{ id: 1, kind: 'dossier.submit', payload: { ...begunOnV1, clientReference } }]
		});
		expect(pushed.results).toEqual([expect.objectContaining({ ok: true })]);
		const [row] = await handle.db
			.select({ version: dossiers.procedureVersion })
			.from(dossiers)
			.where(eq(dossiers.clientReference, clientReference));
		expect(row?.version).toBe(birthRegistration.version);
	});

	it('is refused as version_expired once the grace is over', async () => {
		const afterGrace = addDays(today, (birthRegistration.draftGraceDays ?? 30) + 1);
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date(`${afterGrace}T03:00:00Z`));
		await expect(caller().procedures.validate(begunOnV1)).rejects.toMatchObject({
			cause: { code: 'version_expired' }
		});
	});
});
