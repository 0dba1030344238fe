import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getProcedure } from '$testing/procedures/catalogue';
import { coachingRecordFor, seedCoachingWorld, type CoachingWorld } from '$testing/server/coaching';
import { testContext } from '$testing/server/context';
import { openTestDatabase } from '$testing/server/database';
import { failure } from '$testing/server/failure';
import { withUploadedAttachments } from '$testing/server/attachments';
import { satisfactionLevels } from '$lib/domain/coaching/coaching-record';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import type { SessionUser } from '../../auth/session';
import { auditLog, coachingRecords, devices } from '../../db/schema';
import { createCaller } from '../root';
import { createDevicesRouter } from './devices.router';
import { createCallerFactory, createRouter } from '../trpc';
import { createSyncRouter } from './sync.router';
import { seedProvinces } from '../../units/import-units';
import { coachingSyncHandlers } from '../../sync/coaching-handlers';
import { appSyncHandlers } from '../../sync/dossier-handlers';
import type { MutationResult } from '../../sync/push';

describe('access-point PCs as managed devices (issue 21)', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let world: CoachingWorld;
	beforeAll(async () => {
		handle = await openTestDatabase();
		world = await seedCoachingWorld(handle.db);
		// The sample dossier's address names a commune.
		await seedProvinces(handle.db);
	});
	afterAll(() => handle.dispose());

	const as = (user: SessionUser | null) => createCaller(testContext(handle, { user }));
	const period = { from: '2026-11-01', to: '2026-11-30', bucket: 'month' as const };
	const reasonOf = (result: MutationResult) => (result.ok ? 'ok' : result.reason);

	/** Pushes one mutation as the next of a fresh queue, with the credential if any. */
	async function push(
		kind: string,
		payload: unknown,
		device?: string,
		user: SessionUser | null = null
	) {
		const result = await as(user).sync.push({
			clientId: randomUUID(),
			...(device && { device }),
			mutations: [{ id: 1, kind, payload }]
		});
		expect(result.lastMutationId).toBe(1);
		return result.results[0]!;
	}

	async function enrol(name = 'Máy 2 — Nhà văn hóa tổ 5') {
		const clientId = randomUUID();
		const enrolled = await as(world.managerA).devices.enrol({ name, clientId });
		return { ...enrolled, clientId };
	}

	async function sessionsCounted(): Promise<number> {
		const figures = await as(world.managerA).dashboard.figures({
			scope: { kind: 'point' },
			period
		});
		return figures.coaching.totals.sessions;
	}

	async function dossierPayload(reference: string) {
		const definition = getProcedure('dang-ky-khai-sinh')!;
		const checked = validateApplication(definition, definition.sampleCase, {
			today: '2026-11-20'
		});
		if (!checked.ok) throw new Error('sample case does not validate');
		const application = await withUploadedAttachments(handle.db, checked.application);
		return { ...application, clientReference: reference, accessPointId: world.pointA };
	}

	it('enrols a PC: the credential once, its hash only on the server, an audit line', async () => {
		const { id, credential, accessPointId } = await enrol();
		expect(credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(accessPointId).toBe(world.pointA);
		const [row] = await handle.db.select().from(devices).where(eq(devices.id, id));
		expect(row!.credentialHash).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.stringify(row)).not.toContain(credential);
		const audit = await handle.db.select().from(auditLog).where(eq(auditLog.subject, id));
		expect(audit.map((line) => [line.action, line.actorUserId])).toEqual([
			['devices.enrol', world.managerA.id]
		]);
		const list = await as(world.managerA).devices.list({});
		expect(list.devices.map((d) => d.name)).toContain('Máy 2 — Nhà văn hóa tổ 5');
		// Another access point's manager sees none of it, and cannot revoke it.
		expect((await as(world.managerB).devices.list({})).devices).toHaveLength(0);
		expect(await failure(as(world.managerB).devices.revoke({ id }))).toBe('forbidden');
		expect(await failure(as(world.volunteerA).devices.list({}))).toBe('forbidden');
	});

	it('refuses an anonymous coaching record and rating, which do not count; an enrolled PC’s count', async () => {
		const before = await sessionsCounted();
		const anonymous = coachingRecordFor(world.pointA, world.volunteerA.id);
		expect(reasonOf(await push('coaching.record', anonymous))).toBe('device_not_enrolled');
		const rating = {
			id: randomUUID(),
			accessPointId: world.pointA,
			overall: satisfactionLevels[0],
			criteria: {},
			at: anonymous.endedAt
		};
		expect(reasonOf(await push('rating.submit', rating))).toMatch(
			/device_not_enrolled|invalid_input/
		);
		expect(
			await handle.db.select().from(coachingRecords).where(eq(coachingRecords.id, anonymous.id))
		).toHaveLength(0);
		expect(await sessionsCounted()).toBe(before);

		const { credential } = await enrol('Máy 3');
		const enrolled = coachingRecordFor(world.pointA, world.volunteerA.id);
		expect(reasonOf(await push('coaching.record', enrolled, credential))).toBe('ok');
		expect(await sessionsCounted()).toBe(before + 1);

		// A logged-in volunteer's own PC needs no enrolment.
		const staffed = coachingRecordFor(world.pointA, world.volunteerA.id);
		expect(reasonOf(await push('coaching.record', staffed, undefined, world.volunteerA))).toBe(
			'ok'
		);
		expect(await sessionsCounted()).toBe(before + 2);
	});

	it('refuses an enrolled PC’s record about another access point', async () => {
		const { credential } = await enrol('Máy 4');
		const elsewhere = coachingRecordFor(world.pointB, world.volunteerB.id);
		expect(reasonOf(await push('coaching.record', elsewhere, credential))).toBe('forbidden');
	});

	it('accepts a revoked PC’s queued dossier and refuses its coaching record', async () => {
		const { id, credential } = await enrol('Máy bị mất');
		expect(await as(world.managerA).devices.revoke({ id })).toEqual({ revoked: true });
		const audit = await handle.db.select().from(auditLog).where(eq(auditLog.subject, id));
		expect(audit.map((line) => line.action)).toEqual(['devices.enrol', 'devices.revoke']);

		const clientId = randomUUID();
		// The sample case's dates are valid on the day it was written for.
		const syncAt = createCallerFactory(
			createRouter({
				sync: createSyncRouter(
					{ ...appSyncHandlers, ...coachingSyncHandlers },
					() => new Date('2026-11-20T02:00:00Z')
				)
			})
		)(testContext(handle)).sync;
		const pushed = await syncAt.push({
			clientId,
			device: credential,
			mutations: [
				{ id: 1, kind: 'dossier.submit', payload: await dossierPayload('L-REVOKED') },
				{
					id: 2,
					kind: 'coaching.record',
					payload: coachingRecordFor(world.pointA, world.volunteerA.id)
				}
			]
		});
		expect(pushed.lastMutationId).toBe(2);
		expect(pushed.results.map(reasonOf)).toEqual(['ok', 'device_revoked']);
		const checkIn = await as(null).devices.checkIn({ credential, report: {} });
		expect(checkIn).toEqual({ status: 'revoked' });
	});

	it('delivers settings by revision, the PC’s own over its access point’s', async () => {
		const { id, credential } = await enrol('Máy 5');
		const first = await as(null).devices.checkIn({ credential, report: {} });
		expect(first.status === 'active' && first.settings?.idleTimeoutSeconds).toBe(300);
		const revision = first.status === 'active' ? first.revision : -1;
		const same = await as(null).devices.checkIn({ credential, report: {}, revision });
		expect(same).not.toHaveProperty('settings');

		await as(world.managerA).devices.setSettings({
			scope: 'accessPoint',
			settings: { idleTimeoutSeconds: 600, paperSize: 'A5' }
		});
		await as(world.managerA).devices.setSettings({
			scope: 'device',
			deviceId: id,
			settings: { idleTimeoutSeconds: 120 }
		});
		const changed = await as(null).devices.checkIn({ credential, report: {}, revision });
		expect(changed.status === 'active' && changed.revision).toBeGreaterThan(revision);
		expect(changed.status === 'active' && changed.settings).toMatchObject({
			idleTimeoutSeconds: 120,
			paperSize: 'A5',
			language: 'vi'
		});
		expect(
			await failure(
				as(world.managerA).devices.setSettings({
					scope: 'device',
					deviceId: id,
					settings: { idleTimeoutSeconds: 5 }
				})
			)
		).toBe('invalid_input');
	});

	it('flags a PC whose dossier has waited since the working day before', async () => {
		// Thursday 2026-11-26, 09:00 in Vietnam; Wednesday was a working day.
		const now = new Date('2026-11-26T02:00:00Z');
		const devicesAt = createCallerFactory(createDevicesRouter(() => now));
		const manager = devicesAt(testContext(handle, { user: world.managerA }));
		const { credential: yesterday } = await enrol('Máy chờ từ hôm qua');
		const { credential: thisMorning } = await enrol('Máy chờ từ sáng nay');
		await manager.checkIn({
			credential: yesterday,
			report: {
				dossiersWaiting: 2,
				oldestWaitingAt: '2026-11-25T09:00:00Z',
				refusalsWaiting: 1,
				appVersion: '1.4.0'
			}
		});
		await manager.checkIn({
			credential: thisMorning,
			report: { dossiersWaiting: 1, oldestWaitingAt: '2026-11-26T01:00:00Z' }
		});
		const list = await manager.list({});
		const byName = Object.fromEntries(list.devices.map((d) => [d.name, d]));
		expect(byName['Máy chờ từ hôm qua']).toMatchObject({
			flagged: true,
			lastSyncAt: now,
			report: { dossiersWaiting: 2, refusalsWaiting: 1, appVersion: '1.4.0' }
		});
		expect(byName['Máy chờ từ sáng nay']!.flagged).toBe(false);
	});
});
