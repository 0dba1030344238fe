import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { consentTo, smtpSink } from '$testing/server/notification-endpoints';
import { openTestDatabase } from '$testing/server/database';
import { seededUser, submittedDossier } from '$testing/server/officer';
import type { SessionUser } from '../auth/session';
import { seedDemoData } from '../db/seed';
import { notifications } from '../db/schema';
import { actOnDossier } from '../officer/act';
import { seedProvinces } from '../units/import-units';
import { startNotifications } from './start';

/** What the app server does at start-up (hooks.server.ts), with the environment it is given. */
describe('notifications at server start', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let officer: SessionUser;
	let smtp: Awaited<ReturnType<typeof smtpSink>>;
	const now = () => new Date();
	const saved = { ...process.env };

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await seedDemoData(handle.db, 'mat-khau-thu');
		officer = await seededUser(handle.db, 'officer');
		smtp = await smtpSink();
	});
	afterAll(async () => {
		process.env = saved;
		await smtp.close();
		await handle.dispose();
	});
	const accept = (code: string) =>
		actOnDossier({ db: handle.db, user: officer, now: now() }, { code, action: 'accept' });

	it('without configuration: says notifications are off, runs no worker, queues nothing', async () => {
		for (const name of ['SMTP_URL', 'MAIL_FROM', 'SMS_PROVIDER', 'VAPID_PUBLIC_KEY']) {
			delete process.env[name];
		}
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const started = startNotifications(handle.db, {});
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('Notifications are off'));
		warn.mockRestore();
		const code = await submittedDossier(handle.db, now());
		await consentTo(handle.db, code, 'email', 'a@example.vn');
		await accept(code);
		expect(await handle.db.$count(notifications)).toBe(0);
		await started.stop();
	});

	it('with SMTP configured: the running worker delivers the message, and stops cleanly', async () => {
		const env = { SMTP_URL: smtp.url, MAIL_FROM: 'thongbao@cunglam.example.vn' };
		Object.assign(process.env, env);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const started = startNotifications(handle.db, env);
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('Notifications are on for: email'));
		warn.mockRestore();
		const code = await submittedDossier(handle.db, now());
		await consentTo(handle.db, code, 'email', 'b@example.vn');
		await accept(code);
		await vi.waitFor(() => expect(smtp.mails).toHaveLength(1), { timeout: 15_000, interval: 100 });
		expect(smtp.mails[0]!.parsed.text).toContain(code);
		await started.stop();
		const [row] = await handle.db.select().from(notifications);
		expect(row).toMatchObject({ state: 'sent', attempts: 1 });
	});
});
