import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { consentTo, smtpSink } from '$testing/server/notification-endpoints';
import { openTestDatabase } from '$testing/server/database';
import { seededUser, submittedDossier } from '$testing/server/officer';
import type { SessionUser } from '../auth/session';
import { seedDemoData } from '../db/seed';
import {
	dossierContactConsents,
	dossiers,
	notificationAttempts,
	notifications
} from '../db/schema';
import { actOnDossier } from '../officer/act';
import { apologize } from '../officer/apologize';
import { extendForVerification } from '../officer/extend';
import type { ActInput } from '../officer/inputs';
import { seedProvinces } from '../units/import-units';
import { enqueueNotifications } from './enqueue';
import { templateRender } from './template-render';
import { emailTransport } from './transports/email';
import { notificationWorker } from './worker';

const vn = (local: string) => new Date(`${local}+07:00`);
const from = 'Phường Ba Đình <thongbao@cunglam.example.vn>';
const origin = 'https://cunglam.example.vn';

describe('notifications: queued with the change, delivered by email', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let officer: SessionUser;
	let smtp: Awaited<ReturnType<typeof smtpSink>>;
	let clock = vn('2026-12-01T09:00:00');
	const now = () => clock;
	const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await seedDemoData(handle.db, 'mat-khau-thu');
		officer = await seededUser(handle.db, 'officer');
		smtp = await smtpSink();
	});
	afterEach(() => {
		process.env.SMTP_URL = smtp.url;
		process.env.MAIL_FROM = from;
	});
	afterAll(async () => {
		Object.assign(process.env, saved);
		for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
		await smtp.close();
		await handle.dispose();
	});

	const officerConsole = () => ({
		act: (input: ActInput) => actOnDossier({ db: handle.db, user: officer, now: now() }, input)
	});
	const queued = async (code: string) => {
		const [dossier] = await handle.db.select().from(dossiers).where(eq(dossiers.code, code));
		return handle.db
			.select()
			.from(notifications)
			.where(eq(notifications.dossierId, dossier!.id))
			.orderBy(asc(notifications.id));
	};
	const attemptsOf = (id: number) =>
		handle.db
			.select()
			.from(notificationAttempts)
			.where(eq(notificationAttempts.notificationId, id))
			.orderBy(asc(notificationAttempts.id));
	const worker = (smtpUrl = smtp.url, id = 'w1') =>
		notificationWorker({
			db: handle.db,
			transports: { email: emailTransport({ smtpUrl, from }) },
			render: templateRender(handle.db),
			id,
			now,
			random: () => 0.5,
			origin
		});

	it('writes one email in the officer’s acceptance and sends it with a text and an HTML part', async () => {
		process.env.SMTP_URL = smtp.url;
		process.env.MAIL_FROM = from;
		clock = vn('2026-12-01T09:00:00');
		const code = await submittedDossier(handle.db, clock);
		await consentTo(handle.db, code, 'email', 'nguyen.van.a@example.vn');
		// An SMS consent too, but no SMS provider is configured: nothing is queued for it.
		await consentTo(handle.db, code, 'sms', '0912345678');
		await officerConsole().act({ code, action: 'accept' });

		const [row, ...others] = await queued(code);
		expect(others).toEqual([]);
		expect(row).toMatchObject({ event: 'received', channel: 'email', state: 'pending' });

		expect(await worker().runOnce()).toBe(1);
		expect(smtp.mails).toHaveLength(1);
		const [mail] = smtp.mails;
		expect(mail!.envelopeTo).toEqual(['nguyen.van.a@example.vn']);
		expect(mail!.parsed.subject).toBe(`Hồ sơ ${code} đã được tiếp nhận`);
		expect(mail!.parsed.text).toContain(code);
		expect(mail!.parsed.text).toContain(`đã tiếp nhận hồ sơ ${code} (Đăng ký khai sinh).`);
		expect(mail!.parsed.text).toContain(`${origin}/tra-cuu?ma=${code}`);
		expect(mail!.parsed.html).toContain(code);
		expect(mail!.parsed.html).toContain(`href="${origin}/tra-cuu?ma=${code}"`);
		expect(mail!.parsed.messageId).toBe(`<notification-${row!.id}@cunglam.example.vn>`);

		const [sent] = await queued(code);
		expect(sent).toMatchObject({ state: 'sent', attempts: 1, claimedBy: null, lastError: null });
		expect(sent!.providerMessageId).toBe(`<notification-${row!.id}@cunglam.example.vn>`);
		expect(await attemptsOf(row!.id)).toMatchObject([{ worker: 'w1', ok: true, error: null }]);
		// Nothing left for a second round.
		expect(await worker().runOnce()).toBe(0);
		expect(smtp.mails).toHaveLength(1);
	});

	it('tells each event with its facts: more papers with the reason, refusal with its reason', async () => {
		clock = vn('2026-12-02T09:00:00');
		const code = await submittedDossier(handle.db, clock);
		await consentTo(handle.db, code, 'email', 'tran.thi.b@example.vn');
		await officerConsole().act({ code, action: 'accept' });
		await officerConsole().act({
			code,
			action: 'request_supplement',
			otherReason: 'Bản sao giấy chứng nhận kết hôn có chứng thực'
		});
		expect((await queued(code)).map((n) => n.event)).toEqual(['received', 'supplement_requested']);
		smtp.mails.length = 0;
		await worker().runOnce();
		const texts = smtp.mails.map((m) => m.parsed.text ?? '');
		expect(texts).toHaveLength(2);
		expect(texts.find((t) => t.includes('cần bổ sung'))).toContain(
			'Bản sao giấy chứng nhận kết hôn có chứng thực'
		);

		const refusedCode = await submittedDossier(handle.db, clock);
		await consentTo(handle.db, refusedCode, 'email', 'le.van.c@example.vn');
		await officerConsole().act({ code: refusedCode, action: 'reject', note: 'Sai thẩm quyền' });
		smtp.mails.length = 0;
		await worker().runOnce();
		expect(smtp.mails.map((m) => m.parsed.text)).toEqual([
			expect.stringContaining(
				`Hồ sơ ${refusedCode} (Đăng ký khai sinh) không được giải quyết vì: Sai thẩm quyền`
			)
		]);
	});

	it('an extension, an apology and a result each tell their new date, reason or way to collect', async () => {
		clock = vn('2026-12-14T09:00:00');
		const actor = () => ({ db: handle.db, user: officer, now: now() });
		// Confirmation of residence: 1 working day, 2 more when verification is needed.
		const code = await submittedDossier(handle.db, clock, 'xac-nhan-thong-tin-cu-tru');
		await consentTo(handle.db, code, 'email', 'ngo.l@example.vn');
		await officerConsole().act({ code, action: 'accept' });
		const reason = 'Cần xác minh nơi cư trú với công an xã nơi ở trước.';
		await extendForVerification(actor(), { code, reason, workingDays: 2 });
		clock = vn('2026-12-18T09:00:00');
		await apologize(actor(), {
			code,
			reason: 'Chưa nhận được kết quả xác minh từ công an xã.',
			newDate: '2026-12-22'
		});
		await officerConsole().act({
			code,
			action: 'set_result_ready',
			delivery: { method: 'desk' }
		});
		expect((await queued(code)).map((n) => n.event)).toEqual([
			'received',
			'extended',
			'late',
			'result_ready'
		]);
		smtp.mails.length = 0;
		await worker().runOnce();
		const bySubject = new Map(smtp.mails.map((m) => [m.parsed.subject, m.parsed.text ?? '']));
		const extended = bySubject.get(`Hồ sơ ${code} được gia hạn đến 17/12/2026`);
		expect(extended).toContain(
			'cần thêm thời gian xác minh: Cần xác minh nơi cư trú với công an xã nơi ở trước.'
		);
		expect(extended).toContain('Ngày hẹn trả kết quả mới: 17/12/2026.');
		// Within the allowance the office is not late: no apology in the extension's message.
		expect(extended).not.toContain('xin lỗi');
		const late = bySubject.get(`Xin lỗi: hồ sơ ${code} trễ hẹn`);
		expect(late).toContain('Chưa nhận được kết quả xác minh từ công an xã.');
		expect(late).toContain('Ngày hẹn trả mới: 22/12/2026.');
		expect(bySubject.get(`Hồ sơ ${code} đã có kết quả`)).toContain(
			'Mời ông/bà mang giấy tiếp nhận đến Bộ phận Một cửa để nhận kết quả.'
		);
	});

	it('queues nothing without the consent, after its withdrawal, or without any transport', async () => {
		clock = vn('2026-12-03T09:00:00');
		const none = await submittedDossier(handle.db, clock);
		await officerConsole().act({ code: none, action: 'accept' });
		expect(await queued(none)).toEqual([]);

		const withdrawn = await submittedDossier(handle.db, clock);
		const id = await consentTo(handle.db, withdrawn, 'email', 'pham.d@example.vn');
		await handle.db
			.update(dossierContactConsents)
			.set({ withdrawnAt: clock })
			.where(eq(dossierContactConsents.dossierId, id));
		await officerConsole().act({ code: withdrawn, action: 'accept' });
		expect(await queued(withdrawn)).toEqual([]);

		delete process.env.SMTP_URL;
		delete process.env.MAIL_FROM;
		const off = await submittedDossier(handle.db, clock);
		await consentTo(handle.db, off, 'email', 'hoang.e@example.vn');
		await officerConsole().act({ code: off, action: 'accept' });
		expect(await queued(off)).toEqual([]);
	});

	it('queues one message per event and channel, and none when the change is refused', async () => {
		clock = vn('2026-12-04T09:00:00');
		const code = await submittedDossier(handle.db, clock);
		const dossierId = await consentTo(handle.db, code, 'email', 'vu.f@example.vn');
		await officerConsole().act({ code, action: 'accept' });
		const [row] = await queued(code);
		const again = { dossierId, eventId: row!.eventId, action: 'accept' as const, at: clock };
		expect(await enqueueNotifications(handle.db, again, ['email'])).toBe(0);
		expect(await queued(code)).toHaveLength(1);
		// Accepting twice is an illegal transition: the refusal leaves no message behind.
		await expect(officerConsole().act({ code, action: 'accept' })).rejects.toMatchObject({
			code: 'illegal_transition'
		});
		expect(await queued(code)).toHaveLength(1);
	});

	it('a withdrawal before the send cancels the queued message', async () => {
		clock = vn('2026-12-07T09:00:00');
		const code = await submittedDossier(handle.db, clock);
		const dossierId = await consentTo(handle.db, code, 'email', 'do.g@example.vn');
		await officerConsole().act({ code, action: 'accept' });
		await handle.db
			.update(dossierContactConsents)
			.set({ withdrawnAt: clock })
			.where(eq(dossierContactConsents.dossierId, dossierId));
		smtp.mails.length = 0;
		await worker().runOnce();
		expect(smtp.mails.flatMap((m) => m.envelopeTo)).not.toContain('do.g@example.vn');
		expect(await queued(code)).toMatchObject([
			{ state: 'cancelled', lastError: 'consent withdrawn' }
		]);
	});

	it('an unreachable SMTP server: the change goes through, the message retries with backoff, then is dead with the reason', async () => {
		clock = vn('2026-12-08T09:00:00');
		const code = await submittedDossier(handle.db, clock);
		await consentTo(handle.db, code, 'email', 'bui.h@example.vn');
		// Port 9 (discard) on this machine: nothing listens, the connection is refused at once.
		const down = worker('smtp://127.0.0.1:9', 'w-down');
		const view = await officerConsole().act({ code, action: 'accept' });
		expect(view.status).toBe('processing');

		const waits: number[] = [];
		for (let attempt = 1; attempt <= 8; attempt += 1) {
			expect(await down.runOnce()).toBe(1);
			const [row] = await queued(code);
			expect(row!.attempts).toBe(attempt);
			if (attempt < 8) {
				expect(row!.state).toBe('pending');
				const wait = row!.nextAttemptAt.getTime() - clock.getTime();
				waits.push(wait);
				// Not due before its time.
				expect(await down.runOnce()).toBe(0);
				clock = new Date(row!.nextAttemptAt.getTime());
			}
		}
		// 30 s doubled each time, jitter at the middle of [half, whole]: 22.5 s, 45 s, 90 s…
		expect(waits).toEqual([22_500, 45_000, 90_000, 180_000, 360_000, 720_000, 1_440_000]);
		const [dead] = await queued(code);
		expect(dead).toMatchObject({ state: 'dead', attempts: 8, claimedBy: null });
		expect(dead!.lastError).toMatch(/ECONNREFUSED/);
		const attempts = await attemptsOf(dead!.id);
		expect(attempts).toHaveLength(8);
		expect(attempts.every((a) => !a.ok && /ECONNREFUSED/.test(a.error ?? ''))).toBe(true);
		expect(await down.runOnce()).toBe(0);
		const [dossier] = await handle.db.select().from(dossiers).where(eq(dossiers.code, code));
		expect(dossier!.status).toBe('processing');
	});

	it('a refusing server (5xx) dead-letters at once; a busy one (4xx) is tried again', async () => {
		clock = vn('2026-12-09T09:00:00');
		const refused = await submittedDossier(handle.db, clock);
		await consentTo(handle.db, refused, 'email', 'no.such.person@example.vn');
		await officerConsole().act({ code: refused, action: 'accept' });
		smtp.failNext(550, 1);
		await worker().runOnce();
		const [dead] = await queued(refused);
		expect(dead).toMatchObject({ state: 'dead', attempts: 1 });
		expect(dead!.lastError).toMatch(/550/);
		expect(dead!.lastError).not.toContain('no.such.person');

		const busy = await submittedDossier(handle.db, clock);
		await consentTo(handle.db, busy, 'email', 'dinh.k@example.vn');
		await officerConsole().act({ code: busy, action: 'accept' });
		smtp.failNext(451, 1);
		smtp.mails.length = 0;
		await worker().runOnce();
		expect(await queued(busy)).toMatchObject([{ state: 'pending', attempts: 1 }]);
		clock = new Date(clock.getTime() + 60_000);
		await worker().runOnce();
		expect(await queued(busy)).toMatchObject([{ state: 'sent', attempts: 2 }]);
		expect(smtp.mails).toHaveLength(1);
	});
});
