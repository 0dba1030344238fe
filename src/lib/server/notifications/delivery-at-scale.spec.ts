import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { consentTo, httpEndpoint } from '$testing/server/notification-endpoints';
import { openTestDatabase } from '$testing/server/database';
import { submittedDossier } from '$testing/server/officer';
import { openDatabase, queryRows, type DatabaseHandle } from '../db/client';
import { seedDemoData } from '../db/seed';
import { dossierEvents, notificationAttempts, notifications } from '../db/schema';
import { seedProvinces } from '../units/import-units';
import { enqueueNotifications } from './enqueue';
import { templateRender } from './template-render';
import { esmsTransport } from './transports/sms-esms';
import { leaseExpiredReason, notificationWorker, type NotificationWorker } from './worker';

// The acceptance's 1,000 on PostgreSQL, where two app servers share the queue; PGlite (one
// process, one worker at a time) proves the same with 250 in a quarter of the suite's time.
const changes = process.env.DATABASE_URL ? 1000 : 250;
const dossierCount = 10;
const leaseMs = 60_000;

/**
 * Issue 20's acceptance: 1,000 status changes, workers that crash after claiming and after
 * sending, and (on PostgreSQL) two workers on separate connections as two app servers would
 * run them: every message is delivered, once except where a worker died between sending and
 * recording, and the attempt log shows that re-send.
 */
describe('notification delivery at scale, with crashes', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let second: DatabaseHandle | undefined;
	let provider: Awaited<ReturnType<typeof httpEndpoint>>;
	let clock = new Date('2026-12-01T02:00:00Z');
	const now = () => clock;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await seedDemoData(handle.db, 'mat-khau-thu');
		provider = await httpEndpoint();
		if (handle.kind === 'postgresql') {
			// A second app server: its own connection pool to the same database.
			const [row] = await queryRows<{ name: string }>(
				handle.db,
				sql`select current_database() as name`
			);
			const url = new URL(process.env.DATABASE_URL!);
			url.pathname = `/${row!.name}`;
			second = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
		}
	}, 120_000);
	afterAll(async () => {
		await second?.close();
		await provider.close();
		await handle.dispose();
	});

	const workerOn = (db: DatabaseHandle['db'], id: string): NotificationWorker =>
		notificationWorker({
			db,
			transports: {
				sms: esmsTransport({
					provider: 'esms',
					apiUrl: `${provider.url}/MainService.svc/json/SendMultipleMessage_V4_post_json/`,
					apiKey: 'k',
					secretKey: 's',
					brandname: 'UBND_BADINH',
					sandbox: false
				})
			},
			render: templateRender(handle.db),
			id,
			now,
			leaseMs,
			batchSize: 25,
			origin: 'https://cunglam.example.vn'
		});

	const drain = async (worker: NotificationWorker) => {
		while ((await worker.runOnce()) > 0);
	};

	it(`delivers every one of ${changes} messages, once but for the crash between send and record`, async () => {
		const dossierIds: string[] = [];
		for (let i = 0; i < dossierCount; i += 1) {
			const code = await submittedDossier(handle.db, clock);
			dossierIds.push(
				await consentTo(handle.db, code, 'sms', `09123456${String(i).padStart(2, '0')}`)
			);
		}
		// 1,000 status changes, each with its message in its own transaction.
		for (let i = 0; i < changes; i += 1) {
			const dossierId = dossierIds[i % dossierCount]!;
			await handle.db.transaction(async (tx) => {
				const [event] = await tx
					.insert(dossierEvents)
					.values({
						dossierId,
						at: clock,
						status: 'processing',
						action: 'extend',
						details: { newDate: '2026-12-20' }
					})
					.returning({ id: dossierEvents.id });
				await enqueueNotifications(
					tx,
					{ dossierId, eventId: event!.id, action: 'extend', at: clock },
					['sms']
				);
			});
		}
		expect(await handle.db.$count(notifications)).toBe(changes);

		// One worker dies right after its claim, another after sending, before recording.
		const claimedOnly = await workerOn(handle.db, 'crash-after-claim').claim();
		const sender = workerOn(handle.db, 'crash-after-send');
		const sentUnrecorded = await sender.claim();
		for (const row of sentUnrecorded)
			expect(await sender.deliver(row)).toMatchObject({ kind: 'sent' });
		expect(claimedOnly).toHaveLength(25);
		expect(sentUnrecorded).toHaveLength(25);

		// The live workers: two app servers on PostgreSQL, one process on PGlite.
		const live = [workerOn(handle.db, 'server-a')];
		if (second) live.push(workerOn(second.db, 'server-b'));
		await Promise.all(live.map(drain));
		// The dead workers' claims wait for their leases; then they are taken again.
		const stuck = await handle.db
			.select()
			.from(notifications)
			.where(eq(notifications.state, 'sending'));
		expect(stuck).toHaveLength(50);
		clock = new Date(clock.getTime() + leaseMs + 1);
		await Promise.all(live.map(drain));

		const rows = await handle.db.select().from(notifications);
		expect(rows.filter((r) => r.state !== 'sent')).toEqual([]);

		const received = new Map<string, number>();
		for (const request of provider.requests) {
			const id = (JSON.parse(request.body.toString('utf8')) as { RequestId: string }).RequestId;
			received.set(id, (received.get(id) ?? 0) + 1);
		}
		const twice = new Set(sentUnrecorded.map((r) => `cunglam-${r.id}`));
		expect(received.size).toBe(changes);
		for (const row of rows) {
			expect(received.get(`cunglam-${row.id}`)).toBe(twice.has(`cunglam-${row.id}`) ? 2 : 1);
		}
		expect(provider.requests).toHaveLength(changes + sentUnrecorded.length);

		// The attempt log: the lost attempt of each dead worker's claim, then the one that went.
		const crashed = sentUnrecorded[0]!.id;
		const log = await handle.db
			.select()
			.from(notificationAttempts)
			.where(eq(notificationAttempts.notificationId, crashed))
			.orderBy(asc(notificationAttempts.id));
		expect(log).toMatchObject([
			{ worker: 'crash-after-send', ok: false, error: leaseExpiredReason },
			{ ok: true, error: null }
		]);
		expect(rows.find((r) => r.id === crashed)!.attempts).toBe(2);
		const lostAttempts = await handle.db
			.select()
			.from(notificationAttempts)
			.where(eq(notificationAttempts.ok, false));
		expect(lostAttempts).toHaveLength(50);

		const okBy = await queryRows<{ worker: string; n: number }>(
			handle.db,
			sql`select worker, count(*)::int as n from notification_attempts where ok group by worker`
		);
		expect(okBy.reduce((sum, r) => sum + Number(r.n), 0)).toBe(changes);
		if (second) {
			// Both app servers took part.
			expect(okBy.map((r) => r.worker).sort()).toEqual(['server-a', 'server-b']);
		}
	}, 240_000);
});
