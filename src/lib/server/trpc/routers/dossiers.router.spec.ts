import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like, sql } from 'drizzle-orm';
import { getProcedure } from '$testing/procedures/catalogue';
import { samplePhone } from '$testing/procedures/sample-data';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import { dossierEvents, dossiers, rateLimitEvents } from '../../db/schema';
import { appSyncHandlers } from '../../sync/dossier-handlers';
import { applyPush } from '../../sync/push';
import { withUploadedAttachments } from '$testing/server/attachments';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedProvinces } from '../../units/import-units';
import { createCaller } from '../root';
import { failure } from '$testing/server/failure';

const rightDigits = samplePhone.slice(-4);
const wrongDigits = rightDigits === '0000' ? '1111' : '0000';

describe('dossiers router: status look-up', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let nextAddress = 1;
	const receivedAt = new Date('2026-11-20T02:00:00Z');

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
	});
	afterAll(() => handle.dispose());

	const caller = (clientAddress = `198.51.100.${nextAddress++}`) =>
		createCaller(testContext(handle, { clientAddress })).dossiers;
	const failuresFor = async (key: string) =>
		(await handle.db.select().from(rateLimitEvents).where(eq(rateLimitEvents.key, key))).length;

	/** A birth registration accepted through the sync queue; its code. */
	async function submitted(): Promise<string> {
		const definition = getProcedure('dang-ky-khai-sinh')!;
		const checked = validateApplication(definition, definition.sampleCase, { today: '2026-11-20' });
		if (!checked.ok) throw new Error('sample case does not validate');
		const application = await withUploadedAttachments(handle.db, checked.application);
		const pushed = await applyPush(
			handle.db,
			appSyncHandlers,
			randomUUID(),
			[{ id: 1, kind: 'dossier.submit', payload: { ...application, clientReference: 'L-1' } }],
			() => receivedAt
		);
		const [result] = pushed.results;
		if (!result?.ok) throw new Error('dossier not accepted');
		return (result.value as { code: string }).code;
	}

	it('gives the status and timeline, and no personal data', async () => {
		const code = await submitted();
		const [row] = await handle.db.select().from(dossiers).where(eq(dossiers.code, code));
		await handle.db.insert(dossierEvents).values({
			dossierId: row!.id,
			at: new Date('2026-11-20T03:00:00Z'),
			status: 'processing',
			note: 'Cán bộ một cửa đang xử lý'
		});
		await handle.db.update(dossiers).set({ status: 'processing' }).where(eq(dossiers.id, row!.id));

		const found = await caller().lookup({ code, phoneLast4: rightDigits });
		expect(found).toEqual({
			code,
			procedureId: 'dang-ky-khai-sinh',
			procedureVersion: getProcedure('dang-ky-khai-sinh')!.version,
			status: 'processing',
			receivedAt,
			dueDate: '2026-11-20',
			events: [
				{ status: 'received', at: receivedAt, note: 'Đã tiếp nhận' },
				{
					status: 'processing',
					at: new Date('2026-11-20T03:00:00Z'),
					note: 'Cán bộ một cửa đang xử lý'
				}
			],
			timeline: [
				{ status: 'received', at: receivedAt, action: 'receive' },
				{ status: 'processing', at: new Date('2026-11-20T03:00:00Z'), action: null }
			],
			supplement: null,
			apologies: [],
			rejectionReason: null,
			resultFile: null,
			// No consent to be told by email or SMS was given (issue 20).
			contact: []
		});
		const text = JSON.stringify(found);
		for (const secret of [samplePhone, 'Nguyễn Thị Lan', '001195004321', 'Đội Cấn']) {
			expect(text).not.toContain(secret);
		}
	});

	it('accepts a code typed in lower case or scanned with spaces and Enter', async () => {
		const code = await submitted();
		const address = '203.0.113.5';
		for (const typed of [code.toLowerCase(), `  ${code}\r\n`, `\t${code.toLowerCase()} `]) {
			expect((await caller(address).lookup({ code: typed, phoneLast4: rightDigits })).code).toBe(
				code
			);
		}
		// Successes are not failures.
		expect(await failuresFor('lookup:addr:203.0.113.5')).toBe(0);
		expect(await failuresFor(`lookup:code:${code}`)).toBe(0);
		expect(await failure(caller().lookup({ code: 'not a code', phoneLast4: '1234' }))).toBe(
			'invalid_input'
		);
		expect(await failure(caller().lookup({ code, phoneLast4: '12a4' }))).toBe('invalid_input');
	});

	it('answers a wrong code and wrong digits alike, and counts both', async () => {
		const code = await submitted();
		const address = '203.0.113.7';
		const unknown = code.replace(/\d{6}$/, '999999');
		expect(await failure(caller(address).lookup({ code, phoneLast4: wrongDigits }))).toBe(
			'not_found'
		);
		expect(await failure(caller(address).lookup({ code: unknown, phoneLast4: rightDigits }))).toBe(
			'not_found'
		);
		expect(await failuresFor(`lookup:addr:${address}`)).toBe(2);
		expect(await failuresFor(`lookup:code:${code}`)).toBe(1);
		expect(await failuresFor(`lookup:code:${unknown}`)).toBe(1);
	});

	it('holds a code back after 5 failures in 15 minutes, even with the right digits', async () => {
		const code = await submitted();
		// Five addresses, so that only the per-code limit can apply.
		for (let i = 0; i < 5; i++) {
			expect(await failure(caller(`10.1.0.${i}`).lookup({ code, phoneLast4: wrongDigits }))).toBe(
				'not_found'
			);
		}
		expect(await failure(caller('10.1.1.1').lookup({ code, phoneLast4: rightDigits }))).toBe(
			'rate_limited'
		);
		// A refusal is not a failure: the wait does not grow.
		expect(await failuresFor(`lookup:code:${code}`)).toBe(5);
		// A quarter of an hour later it answers again.
		await handle.db
			.update(rateLimitEvents)
			.set({ at: sql`${rateLimitEvents.at} - interval '16 minutes'` })
			.where(eq(rateLimitEvents.key, `lookup:code:${code}`));
		expect((await caller('10.1.1.1').lookup({ code, phoneLast4: rightDigits })).code).toBe(code);
	});

	it('holds an address back after 10 failures, whatever the codes', async () => {
		const code = await submitted();
		const address = '2001:db8:77::1';
		for (let i = 0; i < 10; i++) {
			const guess = code.replace(/\d{6}$/, String(900_000 + i));
			expect(await failure(caller(address).lookup({ code: guess, phoneLast4: '1234' }))).toBe(
				'not_found'
			);
		}
		expect(await failure(caller(address).lookup({ code, phoneLast4: rightDigits }))).toBe(
			'rate_limited'
		);
		// The same /64 is the same client; another address is not held back.
		expect(
			await failure(caller('2001:db8:77:0:ffff::2').lookup({ code, phoneLast4: rightDigits }))
		).toBe('rate_limited');
		expect((await caller('2001:db8:78::1').lookup({ code, phoneLast4: rightDigits })).code).toBe(
			code
		);
		expect(await failuresFor(`lookup:code:${code}`)).toBe(0);
	});

	it('lets no more than 5 of a burst of parallel guesses at one code through', async () => {
		const code = await submitted();
		const outcomes = await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				failure(caller(`10.2.0.${i}`).lookup({ code, phoneLast4: wrongDigits }))
			)
		);
		const answered = outcomes.filter((o) => o === 'not_found').length;
		expect(answered).toBeLessThanOrEqual(5);
		expect(outcomes.every((o) => o === 'not_found' || o === 'rate_limited')).toBe(true);
		expect(await failuresFor(`lookup:code:${code}`)).toBe(answered);
	});

	it('prunes its failure records, and leaves the resume ones alone', async () => {
		await handle.db.insert(rateLimitEvents).values([
			{ key: 'lookup:addr:192.0.2.1', at: new Date(Date.now() - 20 * 60_000) },
			{ key: 'resume:addr:192.0.2.1', at: new Date(Date.now() - 20 * 60_000) }
		]);
		await failure(caller().lookup({ code: 'CL.01.00004-261120-999998', phoneLast4: '1234' }));
		const stale = await handle.db
			.select({ key: rateLimitEvents.key })
			.from(rateLimitEvents)
			.where(like(rateLimitEvents.key, '%:addr:192.0.2.1'));
		expect(stale).toEqual([{ key: 'resume:addr:192.0.2.1' }]);
	});
});
