/**
 * An enrolled PC against the real server code: its coaching record is accepted through the sync
 * pass, its settings arrive and apply, and a revocation takes its credential and offline unlocks
 * away while its queued dossiers stay.
 */
import Dexie from 'dexie';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '$lib/server/trpc/root';
import { coachingRecordFor, seedCoachingWorld, type CoachingWorld } from '$testing/server/coaching';
import { testContext } from '$testing/server/context';
import { openTestDatabase } from '$testing/server/database';
import { openCungLamDb, type CungLamDb } from '../db';
import { readDeviceSettings } from '../state/device-settings';
import { clientIdOf, enqueueRecord } from '../sync/outbox';
import { runSyncPass, type SyncApi } from '../sync/sync-pass';
import { readEnrolment, readSyncedSettings, saveEnrolment } from './device-enrolment';

describe('an enrolled PC', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let world: CoachingWorld;
	let db: CungLamDb;
	beforeAll(async () => {
		handle = await openTestDatabase();
		world = await seedCoachingWorld(handle.db);
	});
	afterAll(() => handle.dispose());
	afterEach(async () => {
		db.close();
		await Dexie.delete(db.name);
	});

	/** Anonymous, as a PC's sync is: only the credential speaks for it. */
	function api(): SyncApi {
		const caller = createCaller(testContext(handle));
		return {
			push: (input) => caller.sync.push(input),
			pull: (input) => caller.sync.pull(input),
			attachmentStatus: (input) => caller.attachments.status(input),
			putChunk: (input) => caller.attachments.putChunk(input),
			checkIn: (input) => caller.devices.checkIn(input)
		};
	}
	const manager = () => createCaller(testContext(handle, { user: world.managerA })).devices;

	async function enrolled(name: string) {
		db = openCungLamDb(`device-${randomUUID()}`);
		const answer = await manager().enrol({ name, clientId: await clientIdOf(db) });
		await saveEnrolment(db, {
			credential: answer.credential,
			deviceId: answer.id,
			name,
			accessPointId: answer.accessPointId,
			enrolledAt: new Date().toISOString()
		});
		return answer;
	}

	async function queueRecord() {
		const record = coachingRecordFor(world.pointA, world.volunteerA.id);
		await enqueueRecord(db, 'coaching.record', record.id, record);
		return record;
	}

	it('sends its coaching record with its credential, reports, and applies its settings', async () => {
		const { id } = await enrolled('Máy 1');
		await manager().setSettings({
			scope: 'device',
			deviceId: id,
			settings: { idleTimeoutSeconds: 120 }
		});
		await queueRecord();
		const outcome = await runSyncPass(db, api(), {
			deviceFacts: async () => ({ appVersion: 'test', storageUsedBytes: 1000 })
		});
		expect(outcome).toMatchObject({ pushed: 1, refused: 0 });
		expect(await db.outbox.count()).toBe(0);
		expect((await readSyncedSettings(db))?.settings.idleTimeoutSeconds).toBe(120);
		expect(readDeviceSettings()).toMatchObject({ idleSeconds: 120, idleWarningSeconds: 60 });
		const row = (await manager().list({})).devices.find((d) => d.id === id)!;
		expect(row.report).toMatchObject({
			appVersion: 'test',
			dossiersWaiting: 0,
			refusalsWaiting: 0
		});
		expect(row.lastSyncAt).not.toBeNull();
	});

	it('forgets its credential, settings and offline unlocks once revoked', async () => {
		const { id } = await enrolled('Máy mất');
		await runSyncPass(db, api());
		await db.settings.put({ key: 'staff.offline:tnv.a', value: { username: 'tnv.a' } });
		await manager().revoke({ id });
		await runSyncPass(db, api());
		expect(await readEnrolment(db)).toBeUndefined();
		expect(await readSyncedSettings(db)).toBeUndefined();
		expect(await db.settings.get('staff.offline:tnv.a')).toBeUndefined();
		expect(await db.settings.get('device.accessPointId')).toBeUndefined();
		expect(readDeviceSettings().idleSeconds).toBe(300);
	});
});
