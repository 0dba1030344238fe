import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { SessionUser } from '../../auth/session';
import { seedDemoData } from '../../db/seed';
import { auditLog, dossiers, serverSettings } from '../../db/schema';
import { demoOffice } from '../../office/office-setting';
import { failure } from '$testing/server/failure';
import { seededUser, staffElsewhere, submittedDossier } from '$testing/server/officer';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { createOfficerRouter } from './officer.router';
import { seedProvinces } from '../../units/import-units';
import { createSession } from '../../auth/session';
import { attachmentDownload, officerAttachment } from '../../officer/attachment-download';

const at = new Date('2026-11-20T09:00:00+07:00');

async function refusal(call: Promise<unknown>): Promise<string> {
	return call.then(
		() => 'none',
		(e: unknown) => (e instanceof AppError ? e.code : String(e))
	);
}

describe('officers see and act on their own ward only', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let officer: SessionUser;
	let other: SessionUser;
	let admin: SessionUser;
	let here: string;
	let there: string;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await seedDemoData(handle.db, 'mat-khau-thu');
		officer = await seededUser(handle.db, 'officer');
		admin = await seededUser(handle.db, 'admin');
		other = await staffElsewhere(handle.db, 'officer', '00007', 'canbo.khac');
		here = await submittedDossier(handle.db, at);
		// The other ward's server setting: dossiers received from now on are theirs.
		await handle.db
			.insert(serverSettings)
			.values({ key: 'office', value: { ...demoOffice, communeCode: '00007' } });
		there = await submittedDossier(handle.db, at);
	});
	afterAll(() => handle.dispose());

	const console_ = (user: SessionUser) =>
		createOfficerRouter(() => at).createCaller(testContext(handle, { user }));

	it('gives a new dossier the ward of the office setting', async () => {
		const rows = await handle.db.select().from(dossiers);
		expect(Object.fromEntries(rows.map((r) => [r.code, r.wardCode]))).toEqual({
			[here]: '00004',
			[there]: '00007'
		});
	});

	it('lists only the ward’s dossiers, and the administrator all of them', async () => {
		expect((await console_(officer).inbox({})).items.map((i) => i.code)).toEqual([here]);
		expect((await console_(other).inbox({})).items.map((i) => i.code)).toEqual([there]);
		const all = await console_(admin).inbox({});
		expect(all.total).toBe(2);
		expect(all.items[0]).not.toHaveProperty('answers');
	});

	it('answers another ward’s dossier as not found, for reading and for every change', async () => {
		const view = console_(other).dossier({ code: here });
		expect(await failure(view)).toBe('not_found');
		expect(await failure(console_(other).act({ code: here, action: 'accept' }))).toBe('not_found');
		expect(
			await failure(
				console_(other).apologize({
					code: here,
					reason: 'Lý do đủ dài ở đây',
					newDate: '2026-12-03'
				})
			)
		).toBe('not_found');
		expect(await failure(console_(other).assign({ code: here, officerId: other.id }))).toBe(
			'not_found'
		);
		const [row] = await handle.db.select().from(dossiers).where(eq(dossiers.code, here));
		expect(row!.status).toBe('received');
		// No audit row claims a view that did not happen.
		const audits = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subject, here), eq(auditLog.actorUserId, other.id)));
		expect(audits).toEqual([]);
		expect((await console_(admin).dossier({ code: here })).code).toBe(here);
	});

	it('hands a dossier only to an officer of its ward, recording the hand-over', async () => {
		expect((await console_(officer).colleagues()).map((c) => c.id)).toEqual([officer.id]);
		expect(await failure(console_(officer).assign({ code: here, officerId: other.id }))).toBe(
			'invalid_input'
		);
		const colleague = await staffElsewhere(handle.db, 'officer', '00004', 'canbo.ban');
		expect((await console_(officer).colleagues()).map((c) => c.id).sort()).toEqual(
			[officer.id, colleague.id].sort()
		);
		const assigned = await console_(officer).assign({
			code: here,
			officerId: colleague.id,
			note: 'Chuyển xử lý'
		});
		expect(assigned.assignee).toEqual({ id: colleague.id, displayName: colleague.displayName });
		expect(assigned.assignments).toMatchObject([
			{ from: null, to: { id: colleague.id }, byName: officer.displayName, note: 'Chuyển xử lý' }
		]);
		const mine = await console_(colleague).inbox({ assignedToMe: true });
		expect(mine.items.map((i) => i.code)).toEqual([here]);
		expect(mine.items[0]!.assignee).toEqual({
			id: colleague.id,
			displayName: colleague.displayName
		});
		expect((await console_(officer).inbox({ assignedToMe: true })).items).toEqual([]);
	});

	it('serves a dossier’s file to its ward’s officer only, and audits the download', async () => {
		const { attachments } = await console_(officer).dossier({ code: here });
		const file = attachments[0]!;
		const got = await officerAttachment(handle.db, officer, { code: here, sha256: file.sha256 });
		expect(got.mimeType).toBe(file.mimeType);
		expect(got.bytes.byteLength).toBe(file.sizeBytes);
		expect(
			await refusal(officerAttachment(handle.db, other, { code: here, sha256: file.sha256 }))
		).toBe('not_found');
		// Only files the dossier names: the other ward's dossier does not open this one's files.
		expect(
			await refusal(officerAttachment(handle.db, other, { code: there, sha256: '0'.repeat(64) }))
		).toBe('not_found');
		expect(
			await refusal(officerAttachment(handle.db, null, { code: here, sha256: file.sha256 }))
		).toBe('unauthorized');
		const volunteer = await seededUser(handle.db, 'volunteer');
		expect(
			await refusal(officerAttachment(handle.db, volunteer, { code: here, sha256: file.sha256 }))
		).toBe('forbidden');
		const rows = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'officer.attachment'), eq(auditLog.subject, here)));
		expect(rows.map((r) => [r.actorUserId, r.details])).toEqual([
			[officer.id, { sha256: file.sha256 }]
		]);
	});

	it('answers the download route with the file, never cached, or with a bare refusal', async () => {
		const { attachments } = await console_(officer).dossier({ code: here });
		const file = attachments[0]!;
		const params = { code: here.toLowerCase(), sha256: file.sha256 };
		const { token } = await createSession(handle.db, officer.id);
		const ok = await attachmentDownload(handle.db, token, params);
		expect(ok.status).toBe(200);
		expect(ok.headers.get('content-type')).toBe(file.mimeType);
		expect(ok.headers.get('cache-control')).toBe('no-store');
		expect((await ok.arrayBuffer()).byteLength).toBe(file.sizeBytes);
		const elsewhere = await createSession(handle.db, other.id);
		const refused = await attachmentDownload(handle.db, elsewhere.token, params);
		expect(refused.status).toBe(404);
		expect(await refused.json()).toEqual({ appCode: 'not_found' });
		expect((await attachmentDownload(handle.db, undefined, params)).status).toBe(401);
		expect((await attachmentDownload(handle.db, 'forged', params)).status).toBe(401);
	});
	it('lets the administrator act on any ward, without becoming the assignee', async () => {
		const accepted = await console_(admin).act({ code: there, action: 'accept' });
		expect(accepted).toMatchObject({ status: 'processing', assignee: null, assignments: [] });
		expect(accepted.events.at(-1)).toMatchObject({
			action: 'accept',
			actorName: admin.displayName
		});
	});
});

describe('the officer inbox', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let officer: SessionUser;
	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await seedDemoData(handle.db, 'mat-khau-thu');
		officer = await seededUser(handle.db, 'officer');
	});
	afterAll(() => handle.dispose());

	it('puts overdue dossiers first, then by due date, and filters by status and code', async () => {
		const early = await submittedDossier(handle.db, new Date('2026-11-16T09:00:00+07:00'));
		const waiting = await submittedDossier(handle.db, new Date('2026-11-17T09:00:00+07:00'));
		const later = await submittedDossier(handle.db, new Date('2026-11-30T09:00:00+07:00'));
		const soon = await submittedDossier(handle.db, new Date('2026-11-26T09:00:00+07:00'));
		await handle.db
			.update(dossiers)
			.set({ status: 'needs_supplement' })
			.where(eq(dossiers.code, waiting));
		const today = new Date('2026-11-25T09:00:00+07:00');
		const inbox = createOfficerRouter(() => today).createCaller(
			testContext(handle, { user: officer })
		).inbox;
		const all = await inbox({});
		// Paused for a supplement is never overdue, even long past its date.
		expect(all.items.map((i) => [i.code, i.overdue])).toEqual([
			[early, true],
			[waiting, false],
			[soon, false],
			[later, false]
		]);
		expect((await inbox({ status: 'overdue' })).items.map((i) => i.code)).toEqual([early]);
		expect((await inbox({ status: 'needs_supplement' })).items.map((i) => i.code)).toEqual([
			waiting
		]);
		expect((await inbox({ code: soon.toLowerCase() })).items.map((i) => i.code)).toEqual([soon]);
		expect((await inbox({ code: soon.slice(-13) })).total).toBe(1);
		const page = await inbox({ limit: 2, offset: 2 });
		expect(page).toMatchObject({ total: 4 });
		expect(page.items.map((i) => i.code)).toEqual([soon, later]);
	});
});
