import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { samplePhone } from '$testing/procedures/sample-data';
import type { SessionUser } from '../../auth/session';
import { seedDemoData } from '../../db/seed';
import { auditLog, rateLimitEvents } from '../../db/schema';
import { fakeFile, uploadFile } from '$testing/server/attachments';
import { failure } from '$testing/server/failure';
import { seededUser, staffElsewhere, submittedDossier } from '$testing/server/officer';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { createCaller } from '../root';
import { createOfficerRouter } from './officer.router';
import { seedProvinces } from '../../units/import-units';

const at = new Date('2026-11-20T09:00:00+07:00');
const last4 = samplePhone.slice(-4);
const wrong4 = last4 === '0000' ? '1111' : '0000';

describe('the online result: the officer attaches the file, the citizen downloads it', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let officer: SessionUser;
	let other: SessionUser;
	let code: string;
	const pdf = fakeFile('application/pdf', 300 * 1024, 'ket-qua');
	let sha256: string;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await seedDemoData(handle.db, 'mat-khau-thu');
		officer = await seededUser(handle.db, 'officer');
		other = await staffElsewhere(handle.db, 'officer', '00007', 'canbo.khac');
		code = await submittedDossier(handle.db, at);
		// Two chunks, as the officer's browser sends a file over 256 KiB.
		sha256 = await uploadFile(handle.db, pdf, 'application/pdf');
	});
	afterAll(() => handle.dispose());

	const console_ = (user: SessionUser = officer) =>
		createOfficerRouter(() => at).createCaller(testContext(handle, { user }));
	const citizen = () => createCaller(testContext(handle));
	const online = (extra: Record<string, unknown> = {}) => ({
		method: 'online' as const,
		fileSha256: sha256,
		fileName: 'Giấy khai sinh.pdf',
		mimeType: 'application/pdf' as const,
		sizeBytes: pdf.byteLength,
		...extra
	});
	const failuresOf = async (key: string) =>
		(await handle.db.select().from(rateLimitEvents).where(eq(rateLimitEvents.key, key))).length;

	it('refuses an online result without its file, or with a file the server does not hold', async () => {
		await console_().act({ code, action: 'accept' });
		const act = (delivery: unknown) =>
			console_().act({ code, action: 'set_result_ready', delivery } as never);
		expect(await failure(act({ method: 'online' }))).toBe('result_file_required');
		expect(await failure(act(online({ fileSha256: 'a'.repeat(64) })))).toBe('attachment_missing');
		expect(await failure(act(online({ sizeBytes: 1234 })))).toBe('attachment_missing');
		expect(await failure(act(online({ mimeType: 'image/png' })))).toBe('attachment_missing');
		expect((await citizen().dossiers.lookup({ code, phoneLast4: last4 })).resultFile).toBeNull();
	});

	it('does not let another ward’s officer set it', async () => {
		const call = console_(other).act({ code, action: 'set_result_ready', delivery: online() });
		expect(await failure(call)).toBe('not_found');
	});

	it('keeps the file in the delivery and audits its type and size only', async () => {
		const ready = await console_().act({ code, action: 'set_result_ready', delivery: online() });
		expect(ready.status).toBe('result_ready');
		expect(ready.resultDelivery).toEqual(online());
		expect(ready.events.at(-1)!.details).toEqual({
			method: 'online',
			mimeType: 'application/pdf',
			sizeBytes: pdf.byteLength
		});
		const [audit] = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subject, code), eq(auditLog.action, 'officer.act')))
			.orderBy(auditLog.id);
		expect(JSON.stringify(audit)).not.toContain('Giấy khai sinh');
	});

	it('names the file in the look-up and downloads the same bytes with the right digits', async () => {
		const seen = await citizen().dossiers.lookup({ code, phoneLast4: last4 });
		expect(seen.resultFile).toEqual({
			fileName: 'Giấy khai sinh.pdf',
			mimeType: 'application/pdf',
			sizeBytes: pdf.byteLength
		});
		const file = await citizen().dossiers.resultFile({ code, phoneLast4: last4 });
		expect(file.mimeType).toBe('application/pdf');
		expect(file.fileName).toBe('Giấy khai sinh.pdf');
		expect(Buffer.from(file.base64, 'base64').equals(Buffer.from(pdf))).toBe(true);
		const rows = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subject, code), eq(auditLog.action, 'dossier.result_download')));
		expect(rows).toHaveLength(1);
		expect(rows[0]!.actorUserId).toBeNull();
		expect(rows[0]!.details).toEqual({ mimeType: 'application/pdf', sizeBytes: pdf.byteLength });
	});

	it('refuses wrong digits as not found and counts them like the look-up', async () => {
		const before = await failuresOf(`lookup:code:${code}`);
		const call = citizen().dossiers.resultFile({ code, phoneLast4: wrong4 });
		expect(await failure(call)).toBe('not_found');
		expect(await failuresOf(`lookup:code:${code}`)).toBe(before + 1);
		for (let i = 0; i < 5; i++) {
			await failure(citizen().dossiers.resultFile({ code, phoneLast4: wrong4 }));
		}
		// Past the limit even the right digits wait, for the download and the look-up alike.
		expect(await failure(citizen().dossiers.resultFile({ code, phoneLast4: last4 }))).toBe(
			'rate_limited'
		);
		expect(await failure(citizen().dossiers.lookup({ code, phoneLast4: last4 }))).toBe(
			'rate_limited'
		);
	});
});
