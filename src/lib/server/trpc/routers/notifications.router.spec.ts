import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { samplePhone } from '$testing/procedures/sample-data';
import type { SessionUser } from '../../auth/session';
import { seedDemoData } from '../../db/seed';
import {
	auditLog,
	dossierContactConsents,
	dossierEvents,
	dossiers,
	notificationAttempts,
	notifications,
	notificationTemplates
} from '../../db/schema';
import { failure } from '$testing/server/failure';
import { seededUser, staffElsewhere, submittedDossier } from '$testing/server/officer';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedProvinces } from '../../units/import-units';
import { activeContactConsents } from '../../notifications/consent-store';
import { notificationTemplate } from '../../notifications/template-store';
import { defaultTemplates } from '$lib/domain/notifications/templates';
import { createCaller } from '../root';

const last4 = samplePhone.slice(-4);
const at = new Date('2026-11-20T09:00:00+07:00');

describe('notifications router (issue 20): consents, withdrawal, templates, the officer view', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let officer: SessionUser;
	let admin: SessionUser;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await seedDemoData(handle.db, 'mat-khau-thu');
		officer = await seededUser(handle.db, 'officer');
		admin = await seededUser(handle.db, 'admin');
	});
	afterAll(() => handle.dispose());

	const as = (user: SessionUser | null) => createCaller(testContext(handle, { user }));
	const citizen = () => as(null);
	const dossierOf = async (code: string) =>
		(await handle.db.select().from(dossiers).where(eq(dossiers.code, code)))[0]!;

	/** A message as the worker leaves it (the outbox itself is built beside this feature). */
	async function queued(
		code: string,
		channel: 'email' | 'sms',
		state: 'pending' | 'sent' | 'dead',
		extra: Partial<typeof notifications.$inferInsert> = {}
	) {
		const dossier = await dossierOf(code);
		const [event] = await handle.db
			.select({ id: dossierEvents.id })
			.from(dossierEvents)
			.where(eq(dossierEvents.dossierId, dossier.id));
		const [row] = await handle.db
			.insert(notifications)
			.values({
				dossierId: dossier.id,
				eventId: event!.id + (extra.event === 'late' ? 1000 : 0),
				event: 'received',
				channel,
				state,
				...extra
			})
			.returning();
		return row!;
	}

	it('stores the consented channels with their addresses when the dossier is accepted', async () => {
		const code = await submittedDossier(handle.db, at, undefined, {
			contact: { email: ' lan.nguyen@example.vn ', sms: '+84 912 345 678' }
		});
		const dossier = await dossierOf(code);
		const rows = await handle.db
			.select()
			.from(dossierContactConsents)
			.where(eq(dossierContactConsents.dossierId, dossier.id));
		expect(rows.map((r) => [r.channel, r.address, r.withdrawnAt]).sort()).toEqual([
			['email', 'lan.nguyen@example.vn', null],
			['sms', '0912345678', null]
		]);
		expect(rows[0]!.grantedAt).toEqual(at);

		const view = await citizen().dossiers.lookup({ code, phoneLast4: last4 });
		expect(view.contact).toEqual([
			{ channel: 'email', on: true, address: 'l•••@example.vn', withdrawnAt: null },
			{ channel: 'sms', on: true, address: '•••••• 5678', withdrawnAt: null }
		]);
	});

	it('keeps an older device’s submission without consents valid, and drops a malformed address', async () => {
		const older = await submittedDossier(handle.db, at);
		expect((await citizen().dossiers.lookup({ code: older, phoneLast4: last4 })).contact).toEqual(
			[]
		);
		const malformed = await submittedDossier(handle.db, at, undefined, {
			contact: { email: 'lan@', sms: '0912 345' }
		});
		const view = await citizen().dossiers.lookup({ code: malformed, phoneLast4: last4 });
		expect(view.contact).toEqual([]);
	});

	it('withdraws a channel at the look-up with the same proof, cancelling its pending messages', async () => {
		const code = await submittedDossier(handle.db, at, undefined, {
			contact: { email: 'lan@example.vn', sms: '0912345678' }
		});
		const smsPending = await queued(code, 'sms', 'pending');
		const emailPending = await queued(code, 'email', 'pending');

		const wrong = await failure(
			citizen().notifications.withdrawConsent({ code, phoneLast4: '0000', channel: 'sms' })
		);
		expect(wrong).toBe('not_found');

		const after = await citizen().notifications.withdrawConsent({
			code,
			phoneLast4: last4,
			channel: 'sms'
		});
		expect(after.map((c) => [c.channel, c.on])).toEqual([
			['email', true],
			['sms', false]
		]);
		const view = await citizen().dossiers.lookup({ code, phoneLast4: last4 });
		expect(view.contact.find((c) => c.channel === 'sms')).toMatchObject({ on: false });

		const states = await handle.db
			.select({ id: notifications.id, state: notifications.state })
			.from(notifications)
			.where(eq(notifications.dossierId, (await dossierOf(code)).id));
		expect(states).toEqual(
			expect.arrayContaining([
				{ id: smsPending.id, state: 'cancelled' },
				{ id: emailPending.id, state: 'pending' }
			])
		);
		// What a later event's enqueue reads: no SMS consent any more.
		const active = await activeContactConsents(handle.db, (await dossierOf(code)).id);
		expect(active.map((c) => c.channel)).toEqual(['email']);

		const audit = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subject, code), eq(auditLog.action, 'notification.consent.withdraw')));
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({
			actorUserId: null,
			details: { channel: 'sms', cancelled: 1 }
		});

		// Withdrawing again changes nothing and writes no second line.
		await citizen().notifications.withdrawConsent({ code, phoneLast4: last4, channel: 'sms' });
		const again = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subject, code), eq(auditLog.action, 'notification.consent.withdraw')));
		expect(again).toHaveLength(1);
	});

	it('lets only an administrator edit texts, refusing unknown placeholders, and audits saves', async () => {
		expect(await failure(as(officer).notifications.templates())).toBe('forbidden');
		const rows = await as(admin).notifications.templates();
		expect(rows).toHaveLength(18);
		expect(rows.every((r) => !r.edited)).toBe(true);

		const refused = await failure(
			as(admin).notifications.setTemplate({
				event: 'received',
				channel: 'sms',
				template: { body: 'Ho so {maHoSo} cua {hoTen}: {lienKetTraCuu}' }
			})
		);
		expect(refused).toBe('invalid_input');

		const body = 'Da nhan ho so {maHoSo}. Xem: {lienKetTraCuu}';
		const saved = await as(admin).notifications.setTemplate({
			event: 'received',
			channel: 'sms',
			template: { body, subject: 'ignored for SMS' }
		});
		expect(saved).toMatchObject({ edited: true, template: { body } });
		const stored = await handle.db.select().from(notificationTemplates);
		expect(stored).toEqual([expect.objectContaining({ body, subject: null, updatedBy: admin.id })]);
		const after = await as(admin).notifications.templates();
		expect(after.find((r) => r.event === 'received' && r.channel === 'sms')).toMatchObject({
			edited: true,
			template: { body }
		});
		const audit = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'notification.template.set'));
		expect(audit).toEqual([
			expect.objectContaining({ actorUserId: admin.id, subject: 'received/sms' })
		]);

		const reset = await as(admin).notifications.resetTemplate({
			event: 'received',
			channel: 'sms'
		});
		expect(reset.edited).toBe(false);
		expect(await handle.db.select().from(notificationTemplates)).toEqual([]);
		expect(await notificationTemplate(handle.db, 'received', 'sms')).toEqual(
			defaultTemplates.received.sms
		);
	});

	it('shows the officer each message and its attempts, and resends a dead one (audited)', async () => {
		const code = await submittedDossier(handle.db, at, undefined, {
			contact: { email: 'lan@example.vn', sms: '0912345678' }
		});
		const dead = await queued(code, 'email', 'dead', {
			attempts: 5,
			lastError: 'ECONNREFUSED'
		});
		await handle.db.insert(notificationAttempts).values([
			{ notificationId: dead.id, worker: 'w1', ok: false, error: 'ECONNREFUSED' },
			{ notificationId: dead.id, worker: 'w1', ok: false, error: 'ECONNREFUSED' }
		]);
		const pending = await queued(code, 'sms', 'pending');

		const listed = await as(officer).notifications.ofDossier({ code });
		expect(listed.items).toEqual([
			expect.objectContaining({
				id: dead.id,
				channel: 'email',
				state: 'dead',
				attempts: 5,
				lastError: 'ECONNREFUSED',
				sentAt: null,
				log: [
					expect.objectContaining({ ok: false, error: 'ECONNREFUSED', resent: false }),
					expect.objectContaining({ ok: false, error: 'ECONNREFUSED', resent: false })
				]
			}),
			expect.objectContaining({ id: pending.id, channel: 'sms', state: 'pending', attempts: 0 })
		]);
		expect(listed.consents.map((c) => c.channel)).toEqual(['email', 'sms']);

		const resent = await as(officer).notifications.resend({ id: dead.id });
		expect(resent).toEqual({ id: dead.id, state: 'pending' });
		const [row] = await handle.db.select().from(notifications).where(eq(notifications.id, dead.id));
		expect(row).toMatchObject({ state: 'pending', attempts: 5 });
		const audit = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subject, code), eq(auditLog.action, 'notification.resend')));
		expect(audit).toEqual([
			expect.objectContaining({
				actorUserId: officer.id,
				details: { notificationId: dead.id, event: 'received', channel: 'email', was: 'dead' }
			})
		]);

		// Pending already: nothing to resend.
		expect(await failure(as(officer).notifications.resend({ id: pending.id }))).toBe(
			'illegal_transition'
		);
		// Another ward's officer neither sees nor resends it; a volunteer is not an officer.
		const elsewhere = await staffElsewhere(handle.db, 'officer', '00007', 'canbo.khac');
		expect(await failure(as(elsewhere).notifications.ofDossier({ code }))).toBe('not_found');
		expect(await failure(as(elsewhere).notifications.resend({ id: dead.id }))).toBe('not_found');
		const volunteer = await seededUser(handle.db, 'volunteer');
		expect(await failure(as(volunteer).notifications.ofDossier({ code }))).toBe('forbidden');
	});

	it('never resends on a channel whose consent was withdrawn', async () => {
		const code = await submittedDossier(handle.db, at, undefined, {
			contact: { sms: '0912345678' }
		});
		const sent = await queued(code, 'sms', 'sent', { sentAt: at, attempts: 1 });
		await citizen().notifications.withdrawConsent({ code, phoneLast4: last4, channel: 'sms' });
		expect(await failure(as(officer).notifications.resend({ id: sent.id }))).toBe(
			'illegal_transition'
		);
		const [row] = await handle.db.select().from(notifications).where(eq(notifications.id, sent.id));
		expect(row!.state).toBe('sent');
	});

	it('counts sent, failed and withdrawn on the dashboard', async () => {
		const period = { from: '2026-11-01', to: '2026-11-30', bucket: 'month' as const };
		const before = await as(admin).dashboard.figures({ scope: { kind: 'all' }, period });
		const code = await submittedDossier(handle.db, at, undefined, {
			contact: { email: 'lan@example.vn', sms: '0912345678' }
		});
		await queued(code, 'email', 'sent', { sentAt: at, createdAt: at });
		await queued(code, 'sms', 'dead', { createdAt: at });
		await citizen().notifications.withdrawConsent({ code, phoneLast4: last4, channel: 'email' });
		// The withdrawal happened today (December), outside November: not counted there.
		const after = await as(admin).dashboard.figures({ scope: { kind: 'all' }, period });
		expect(after.notifications.sent - before.notifications.sent).toBe(1);
		expect(after.notifications.failed - before.notifications.failed).toBe(1);
		expect(after.notifications.withdrawn).toBe(before.notifications.withdrawn);
		const today = new Date().toISOString().slice(0, 10);
		const now = await as(admin).dashboard.figures({
			scope: { kind: 'all' },
			period: { from: today, to: today, bucket: 'week' }
		});
		expect(now.notifications.withdrawn).toBeGreaterThanOrEqual(1);
	});
});
