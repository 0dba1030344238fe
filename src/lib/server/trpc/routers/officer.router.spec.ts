import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { samplePhone } from '$testing/procedures/sample-data';
import type { SessionUser } from '../../auth/session';
import { seedDemoData } from '../../db/seed';
import { auditLog, dossiers, rateLimitEvents, syncFailures } from '../../db/schema';
import { fakeFile, uploadFile } from '$testing/server/attachments';
import { failure } from '$testing/server/failure';
import { seededUser, submittedDossier } from '$testing/server/officer';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedProvinces } from '../../units/import-units';
import { createCaller } from '../root';
import { createOfficerRouter } from './officer.router';
import { createSyncRouter } from './sync.router';
import { appSyncHandlers } from '../../sync/dossier-handlers';

/** Vietnamese wall-clock time. Friday 20 Nov 2026 09:00; 24 Nov 2026 is a day off. */
const vn = (local: string) => new Date(`${local}+07:00`);
const last4 = samplePhone.slice(-4);

describe('officer router: the life of a dossier', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let officer: SessionUser;
	let clock = vn('2026-11-20T09:00:00');
	const now = () => clock;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await seedDemoData(handle.db, 'mat-khau-thu');
		officer = await seededUser(handle.db, 'officer');
	});
	afterAll(() => handle.dispose());

	const console_ = (user: SessionUser = officer) =>
		createOfficerRouter(now).createCaller(testContext(handle, { user }));
	const lookup = (code: string) =>
		createCaller(testContext(handle)).dossiers.lookup({ code, phoneLast4: last4 });
	const push = (clientId: string, id: number, payload: unknown) =>
		createSyncRouter(appSyncHandlers, now)
			.createCaller(testContext(handle))
			.push({ clientId, mutations: [{ id, kind: 'dossier.supplement', payload }] });

	it('receives, asks for a supplement, resumes with the paused days, returns by post, delivers', async () => {
		clock = vn('2026-11-20T09:00:00');
		const code = await submittedDossier(handle.db, clock);
		const first = await console_().dossier({ code });
		expect(first).toMatchObject({
			status: 'received',
			overdue: false,
			apologyRequired: false,
			dueDate: '2026-11-20',
			originalDueDate: '2026-11-20',
			allowedActions: ['accept', 'reject'],
			assignee: null
		});
		expect(first.attachments.length).toBeGreaterThan(0);
		expect(first.events.map((e) => e.action)).toEqual(['receive']);

		clock = vn('2026-11-20T10:00:00');
		const accepted = await console_().act({ code, action: 'accept' });
		expect(accepted.status).toBe('processing');
		expect(accepted.assignee).toEqual({ id: officer.id, displayName: officer.displayName });

		// A reason must name the procedure's documents, or be written out.
		expect(await failure(console_().act({ code, action: 'request_supplement' }))).toBe(
			'invalid_input'
		);
		expect(
			await failure(
				console_().act({
					code,
					action: 'request_supplement',
					reasons: [{ fieldId: 'noSuchField', label: 'Giấy gì đó' }]
				})
			)
		).toBe('invalid_input');
		const asked = await console_().act({
			code,
			action: 'request_supplement',
			reasons: [{ fieldId: 'witnessStatement', label: 'Văn bản làm chứng' }],
			otherReason: 'Ảnh giấy chứng sinh bị mờ'
		});
		expect(asked.status).toBe('needs_supplement');
		expect(asked.allowedActions).toEqual([]);
		expect(asked.supplementRequests).toMatchObject([
			{ reasons: [{ fieldId: 'witnessStatement', label: 'Văn bản làm chứng' }], fulfilledAt: null }
		]);

		const seen = await lookup(code);
		expect(seen.status).toBe('needs_supplement');
		expect(seen.supplement).toEqual({
			reasons: [{ fieldId: 'witnessStatement', label: 'Văn bản làm chứng' }],
			otherReason: 'Ảnh giấy chứng sinh bị mờ'
		});

		// Paused from Friday 20 to Wednesday 25 Nov: Monday 23 and Wednesday 25 (24 is off).
		clock = vn('2026-11-25T08:30:00');
		const bytes = fakeFile('image/jpeg', 4000, 'witness');
		const sha256 = await uploadFile(handle.db, bytes, 'image/jpeg');
		const file = {
			stepId: 'documents',
			fieldId: 'witnessStatement',
			fileName: 'lam-chung.jpg',
			mimeType: 'image/jpeg',
			sizeBytes: bytes.length,
			sha256
		};
		const clientId = randomUUID();
		const wrong = await push(clientId, 1, {
			code,
			phoneLast4: last4 === '0000' ? '1111' : '0000',
			files: [file]
		});
		expect(wrong.results).toEqual([{ id: 1, ok: false, reason: 'not_found' }]);
		// A wrong guess counts against the code like a wrong look-up.
		const guesses = await handle.db
			.select()
			.from(rateLimitEvents)
			.where(eq(rateLimitEvents.key, `lookup:code:${code}`));
		expect(guesses).toHaveLength(1);
		const pushed = await push(clientId, 2, { code, phoneLast4: last4, files: [file] });
		expect(pushed.results).toEqual([
			{ id: 2, ok: true, value: { code, status: 'processing', dueDate: '2026-11-25' } }
		]);
		const resumed = await console_().dossier({ code });
		expect(resumed).toMatchObject({ status: 'processing', dueDate: '2026-11-25', overdue: false });
		expect(resumed.attachments.filter((a) => a.fieldId === 'witnessStatement')).toContainEqual(
			expect.objectContaining({ sha256, fileName: 'lam-chung.jpg' })
		);
		expect(resumed.supplementRequests[0]!.fulfilledAt).toEqual(clock);
		expect(resumed.events.at(-1)).toMatchObject({
			action: 'supplement_received',
			actorName: null,
			details: { pausedWorkingDays: 2, files: 1 }
		});
		const [audit] = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subject, code), eq(auditLog.action, 'dossier.supplement')));
		expect(audit).toMatchObject({ actorUserId: null, details: { files: 1, pausedWorkingDays: 2 } });
		// Supplied once: a second one finds nothing to supplement.
		expect((await push(clientId, 3, { code, phoneLast4: last4, files: [file] })).results).toEqual([
			{ id: 3, ok: false, reason: 'illegal_transition' }
		]);
		const failures = await handle.db
			.select()
			.from(syncFailures)
			.where(eq(syncFailures.clientId, clientId));
		expect(failures.map((f) => f.reason)).toEqual(['not_found', 'illegal_transition']);

		expect(await failure(console_().act({ code, action: 'deliver' }))).toBe('illegal_transition');
		expect(await failure(console_().act({ code, action: 'set_result_ready' }))).toBe(
			'invalid_input'
		);
		const post = {
			method: 'post',
			recipient: 'Nguyễn Văn Bình',
			address: { provinceCode: '01', communeCode: '00004', street: 'Số 5 phố Đội Cấn' },
			phone: '0987 654 321'
		} as const;
		const ready = await console_().act({ code, action: 'set_result_ready', delivery: post });
		expect(ready.status).toBe('result_ready');
		expect(ready.resultDelivery).toEqual({ ...post, phone: '0987654321' });
		expect(ready.events.at(-1)!.details).toEqual({ method: 'post' });
		const done = await console_().act({ code, action: 'deliver' });
		expect(done.status).toBe('delivered');
		expect(done.allowedActions).toEqual([]);
		expect(await failure(console_().act({ code, action: 'reject', note: 'Muộn' }))).toBe(
			'illegal_transition'
		);

		const timeline = (await lookup(code)).timeline;
		expect(timeline.map((e) => [e.status, e.action])).toEqual([
			['received', 'receive'],
			['processing', 'accept'],
			['needs_supplement', 'request_supplement'],
			['processing', 'supplement_received'],
			['result_ready', 'set_result_ready'],
			['delivered', 'deliver']
		]);
		// No officer names reach the citizen, nor the post recipient's data beyond the method.
		expect(JSON.stringify(await lookup(code))).not.toContain(officer.displayName);
	});

	it('refuses a late dossier every action until the apology, which moves the due date', async () => {
		clock = vn('2026-11-20T09:00:00');
		const code = await submittedDossier(handle.db, clock);
		clock = vn('2026-12-01T09:00:00'); // Tuesday; due Friday 20 Nov
		const late = await console_().dossier({ code });
		expect(late).toMatchObject({ overdue: true, apologyRequired: true, allowedActions: [] });
		expect(await failure(console_().act({ code, action: 'accept' }))).toBe('apology_required');
		expect(await failure(console_().act({ code, action: 'reject', note: 'Thiếu giấy' }))).toBe(
			'apology_required'
		);
		expect(await failure(console_().assign({ code, officerId: officer.id }))).toBe(
			'apology_required'
		);
		const reason = 'Hệ thống liên thông bị gián đoạn nhiều ngày';
		for (const newDate of ['2026-12-05', '2026-12-01', '2026-11-30']) {
			expect(await failure(console_().apologize({ code, reason, newDate })), newDate).toBe(
				'apology_date_invalid'
			);
		}
		expect(
			await failure(console_().apologize({ code, reason: 'ngắn', newDate: '2026-12-03' }))
		).toBe('invalid_input');
		const apologised = await console_().apologize({ code, reason, newDate: '2026-12-03' });
		expect(apologised).toMatchObject({
			dueDate: '2026-12-03',
			originalDueDate: '2026-11-20',
			overdue: false,
			apologyRequired: false,
			allowedActions: ['accept', 'reject']
		});
		expect(apologised.apologies).toEqual([
			{
				at: clock,
				reason,
				oldDate: '2026-11-20',
				newDate: '2026-12-03',
				officerName: officer.displayName
			}
		]);
		expect((await console_().act({ code, action: 'accept' })).status).toBe('processing');

		// Late again: a second apology is counted, the original date stays the first one.
		clock = vn('2026-12-04T09:00:00');
		expect(await failure(console_().act({ code, action: 'reject', note: 'x' }))).toBe(
			'apology_required'
		);
		const again = await console_().apologize({ code, reason, newDate: '2026-12-08' });
		expect(again.apologies).toHaveLength(2);
		expect(again.originalDueDate).toBe('2026-11-20');
		const [row] = await handle.db.select().from(dossiers).where(eq(dossiers.code, code));
		expect(row!.dueDate).toBe('2026-12-08');

		const seen = await lookup(code);
		expect(seen.apologies.map((a) => [a.reason, a.newDate])).toEqual([
			[reason, '2026-12-03'],
			[reason, '2026-12-08']
		]);
		expect(seen.dueDate).toBe('2026-12-08');
	});

	it('rejects only with a reason, which the citizen reads', async () => {
		clock = vn('2026-11-20T09:00:00');
		const code = await submittedDossier(handle.db, clock);
		expect(await failure(console_().act({ code, action: 'reject' }))).toBe('invalid_input');
		expect(await failure(console_().act({ code, action: 'reject', note: '   ' }))).toBe(
			'invalid_input'
		);
		const rejected = await console_().act({
			code,
			action: 'reject',
			note: 'Thủ tục này thuộc thẩm quyền nơi cư trú khác'
		});
		expect(rejected.status).toBe('rejected');
		expect((await lookup(code)).rejectionReason).toBe(
			'Thủ tục này thuộc thẩm quyền nơi cư trú khác'
		);
		expect(await failure(console_().act({ code, action: 'accept' }))).toBe('illegal_transition');
	});

	it('writes an audit row for every view and change, without personal data', async () => {
		clock = vn('2026-11-20T09:00:00');
		const code = await submittedDossier(handle.db, clock);
		await console_().dossier({ code });
		await console_().act({ code, action: 'accept' });
		await failure(console_().act({ code, action: 'deliver' }));
		const post = {
			method: 'post',
			recipient: 'Nguyễn Văn Bình',
			address: { provinceCode: '01', street: 'Số 5 phố Đội Cấn' },
			phone: '0987654321'
		} as const;
		// A postal address needs its commune, from the list or typed.
		expect(
			await failure(console_().act({ code, action: 'set_result_ready', delivery: post }))
		).toBe('invalid_input');
		await console_().act({
			code,
			action: 'set_result_ready',
			delivery: { ...post, address: { ...post.address, communeName: 'Phường Ba Đình' } }
		});
		// In the order written: PostgreSQL returns rows in no set order without one.
		const rows = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.subject, code))
			.orderBy(auditLog.id);
		expect(rows.map((r) => [r.action, r.actorUserId, r.details])).toEqual([
			['officer.dossier', officer.id, null],
			['officer.act', officer.id, { action: 'accept', from: 'received', to: 'processing' }],
			[
				'officer.act',
				officer.id,
				{ action: 'set_result_ready', from: 'processing', to: 'result_ready' }
			]
		]);
		const text = JSON.stringify(rows);
		for (const secret of [samplePhone, '0987654321', 'Nguyễn', 'Đội Cấn']) {
			expect(text).not.toContain(secret);
		}
		// The manager reads them, newest first, with the officer's name.
		const manager = await seededUser(handle.db, 'manager');
		const page = await createCaller(testContext(handle, { user: manager })).audit.list({
			limit: 3
		});
		expect(page.items.map((i) => i.action)).toEqual([
			'officer.act',
			'officer.act',
			'officer.dossier'
		]);
		expect(page.items[0]).toMatchObject({ subject: code, actorName: officer.displayName });
		const older = await createCaller(testContext(handle, { user: manager })).audit.list({
			limit: 1,
			beforeId: page.items[2]!.id
		});
		expect(older.items[0]!.id).toBeLessThan(page.items[2]!.id);
	});
});
