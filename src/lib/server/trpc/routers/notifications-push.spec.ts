import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import webpush from 'web-push';
import { samplePhone } from '$testing/procedures/sample-data';
import { seedDemoData } from '../../db/seed';
import { auditLog, dossierContactConsents, dossiers } from '../../db/schema';
import { failure } from '$testing/server/failure';
import { submittedDossier } from '$testing/server/officer';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedProvinces } from '../../units/import-units';
import { activeContactConsents } from '../../notifications/consent-store';
import { createCaller } from '../root';

const last4 = samplePhone.slice(-4);
const at = new Date('2026-11-20T09:00:00+07:00');
const vapid = webpush.generateVAPIDKeys();

/** What a browser's PushSubscription.toJSON() gives (keys of the RFC 8291 sizes). */
const subscription = (endpoint = 'https://push.example.net/send/abc123') => ({
	endpoint,
	expirationTime: null,
	keys: {
		p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url'),
		auth: Buffer.alloc(16, 9).toString('base64url')
	}
});

describe('Web Push consent at the look-up (issue 20)', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await seedDemoData(handle.db, 'mat-khau-thu');
	});
	afterAll(() => handle.dispose());
	afterEach(() => vi.unstubAllEnvs());

	const pushOn = () => {
		vi.stubEnv('VAPID_PUBLIC_KEY', vapid.publicKey);
		vi.stubEnv('VAPID_PRIVATE_KEY', vapid.privateKey);
		vi.stubEnv('VAPID_SUBJECT', 'mailto:motcua@example.vn');
	};
	const citizen = (clientAddress = '127.0.0.1') =>
		createCaller(testContext(handle, { user: null, clientAddress })).notifications;
	const dossierIdOf = async (code: string) =>
		(await handle.db.select().from(dossiers).where(eq(dossiers.code, code)))[0]!.id;
	const auditOf = (code: string) =>
		handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subject, code), eq(auditLog.action, 'notification.consent.grant')));

	it('gives the VAPID public key only while push is configured', async () => {
		vi.stubEnv('VAPID_PUBLIC_KEY', '');
		vi.stubEnv('VAPID_PRIVATE_KEY', '');
		vi.stubEnv('VAPID_SUBJECT', '');
		expect(await citizen().pushPublicKey()).toBeNull();
		pushOn();
		expect(await citizen().pushPublicKey()).toBe(vapid.publicKey);
	});

	it('stores the subscription as the push consent under the look-up proof, audited without it', async () => {
		pushOn();
		const code = await submittedDossier(handle.db, at, undefined, {
			contact: { email: 'lan@example.vn' }
		});
		const view = await citizen().subscribePush({
			code,
			phoneLast4: last4,
			subscription: subscription()
		});
		expect(view.map((c) => [c.channel, c.on, c.address])).toEqual([
			['email', true, 'l•••@example.vn'],
			['push', true, null]
		]);
		const active = await activeContactConsents(handle.db, await dossierIdOf(code));
		expect(active.find((c) => c.channel === 'push')).toEqual({
			channel: 'push',
			address: null,
			subscription: {
				endpoint: 'https://push.example.net/send/abc123',
				keys: subscription().keys
			}
		});
		const audit = await auditOf(code);
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ actorUserId: null, details: { channel: 'push' } });
		expect(JSON.stringify(audit[0])).not.toContain('push.example.net');

		// Withdrawn with the existing button, then given again from another device: on again,
		// with the new subscription in place of the old one.
		await citizen().withdrawConsent({ code, phoneLast4: last4, channel: 'push' });
		const again = await citizen().subscribePush({
			code,
			phoneLast4: last4,
			subscription: subscription('https://push.example.net/send/other')
		});
		expect(again.find((c) => c.channel === 'push')).toMatchObject({ on: true, withdrawnAt: null });
		const rows = await handle.db
			.select()
			.from(dossierContactConsents)
			.where(
				and(
					eq(dossierContactConsents.dossierId, await dossierIdOf(code)),
					eq(dossierContactConsents.channel, 'push')
				)
			);
		expect(rows).toHaveLength(1);
		expect(rows[0]!.subscription?.endpoint).toBe('https://push.example.net/send/other');
	});

	it('refuses wrong digits as the look-up does, and counts them toward its limits', async () => {
		pushOn();
		const code = await submittedDossier(handle.db, at);
		for (let i = 0; i < 5; i++) {
			expect(
				await failure(
					citizen(`10.2.0.${i}`).subscribePush({
						code,
						phoneLast4: '0000',
						subscription: subscription()
					})
				)
			).toBe('not_found');
		}
		expect(
			await failure(
				citizen('10.2.1.1').subscribePush({ code, phoneLast4: last4, subscription: subscription() })
			)
		).toBe('rate_limited');
		expect(await activeContactConsents(handle.db, await dossierIdOf(code))).toEqual([]);
		expect(await auditOf(code)).toEqual([]);
	});

	it('refuses a malformed subscription, and any while push is off', async () => {
		pushOn();
		const code = await submittedDossier(handle.db, at);
		const bad = [
			subscription('http://push.example.net/send/abc'),
			{ ...subscription(), keys: { ...subscription().keys, auth: 'not base64url!!!!!!!!!' } },
			{ ...subscription(), keys: { ...subscription().keys, p256dh: 'AAAA' } },
			{ endpoint: subscription().endpoint }
		];
		for (const candidate of bad) {
			expect(
				await failure(
					citizen().subscribePush({
						code,
						phoneLast4: last4,
						subscription: candidate as ReturnType<typeof subscription>
					})
				)
			).toBe('invalid_input');
		}
		vi.stubEnv('VAPID_PUBLIC_KEY', '');
		expect(
			await failure(
				citizen().subscribePush({ code, phoneLast4: last4, subscription: subscription() })
			)
		).toBe('forbidden');
		expect(await activeContactConsents(handle.db, await dossierIdOf(code))).toEqual([]);
	});
});
