import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../auth/session';
import { seedCoachingWorld, type CoachingWorld } from '$testing/server/coaching';
import { practiceExercises, practiceSeats } from '../../db/schema';
import { failure } from '$testing/server/failure';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { createCallerFactory, createRouter } from '../trpc';
import { createPracticeRouter } from './practice.router';

describe('practice router', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let world: CoachingWorld;
	let now = new Date('2026-11-20T03:00:00Z');
	beforeAll(async () => {
		handle = await openTestDatabase();
		world = await seedCoachingWorld(handle.db);
	});
	afterAll(() => handle.dispose());

	const router = createRouter({
		practice: createPracticeRouter({ maxJoinFailures: 3 }, () => now)
	});
	const call = (user: SessionUser | null = null, clientAddress = '10.0.0.1') =>
		createCallerFactory(router)(testContext(handle, { user, clientAddress })).practice;
	const counts = (alone: number, hint = 0, volunteer = 0) => ({
		stepsTotal: alone + hint + volunteer,
		stepsAlone: alone,
		outcomes: { alone, hint, explain: 0, demonstrate: 0, volunteer }
	});

	it('lets a volunteer start an exercise with a six-character code, expiring in 12 hours', async () => {
		const made = await call(world.volunteerA).create({ caseId: 'khai-sinh-1' });
		expect(made.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
		expect(made.expiresAt).toEqual(new Date('2026-11-20T15:00:00Z'));
		expect(await failure(call(world.volunteerA).create({ caseId: 'khong-co' }))).toBe(
			'invalid_input'
		);
		expect(await failure(call(null).create({ caseId: 'khai-sinh-1' }))).toBe('unauthorized');
		expect(await failure(call(world.officerA).create({ caseId: 'khai-sinh-1' }))).toBe('forbidden');
	});

	it('numbers the PCs that join, stores only a hash of each seat token, and shows their counts', async () => {
		const { code } = await call(world.volunteerA).create({ caseId: 'tam-tru-2' });
		const first = await call(null, '10.0.0.2').join({ code: code.toLowerCase() });
		const second = await call(null, '10.0.0.3').join({
			code: ` ${code.slice(0, 3)}-${code.slice(3)} `
		});
		expect([first.seat, second.seat]).toEqual([1, 2]);
		expect(first.caseId).toBe('tam-tru-2');
		expect(Buffer.from(first.token, 'base64url')).toHaveLength(16);
		expect(first.token).not.toBe(second.token);

		const rows = await handle.db.select().from(practiceSeats);
		const hash = createHash('sha256').update(first.token).digest('hex');
		expect(rows.map((r) => r.tokenHash)).toContain(hash);
		expect(JSON.stringify(rows)).not.toContain(first.token);

		await call(null).report({ token: first.token, ...counts(4, 1, 1) });
		// A retry after a lost answer replaces the same seat's counts.
		await call(null).report({ token: first.token, ...counts(5, 1) });

		const view = await call(world.volunteerA).view({ code });
		expect(view.seats).toEqual([
			{
				seat: 1,
				finished: true,
				stepsTotal: 6,
				stepsAlone: 5,
				outcomes: { alone: 5, hint: 1, explain: 0, demonstrate: 0, volunteer: 0 }
			},
			{ seat: 2, finished: false, stepsTotal: null, stepsAlone: null, outcomes: null }
		]);
		// Staff of the same point see it; another point's staff do not.
		expect((await call(world.managerA).view({ code })).seats).toHaveLength(2);
		expect((await call(world.volunteerA2).view({ code })).seats).toHaveLength(2);
		expect(await failure(call(world.volunteerB).view({ code }))).toBe('forbidden');
		expect(await failure(call(null).view({ code }))).toBe('unauthorized');
	});

	it('refuses counts that do not add up and tokens it never issued', async () => {
		const { code } = await call(world.managerA).create({ caseId: 'ket-hon-2' });
		const { token } = await call(null, '10.0.0.4').join({ code });
		const bad = { ...counts(3, 1), stepsAlone: 4 };
		expect(await failure(call(null).report({ token, ...bad }))).toBe('invalid_input');
		expect(await failure(call(null).report({ token: 'A'.repeat(22), ...counts(3) }))).toBe(
			'not_found'
		);
		expect(await failure(call(null).report({ token: 'short', ...counts(3) }))).toBe(
			'invalid_input'
		);
	});

	it('limits wrong codes per address, and a right one is never counted', async () => {
		const { code } = await call(world.volunteerA).create({ caseId: 'khai-tu-2' });
		const wrong = code === '000000' ? '111111' : '000000';
		for (let i = 0; i < 3; i++) {
			expect(await failure(call(null, '10.9.9.9').join({ code: wrong }))).toBe('not_found');
		}
		expect(await failure(call(null, '10.9.9.9').join({ code: wrong }))).toBe('rate_limited');
		expect(await failure(call(null, '10.9.9.9').join({ code }))).toBe('rate_limited');
		// Another address is not affected.
		expect((await call(null, '10.9.9.8').join({ code })).seat).toBe(1);
		expect(await failure(call(null, '10.9.9.8').join({ code: 'BAD' }))).toBe('invalid_input');
	});

	it('lets an exercise expire: no joining, reporting or viewing after 12 hours, and its code freed', async () => {
		const { code } = await call(world.volunteerA).create({ caseId: 'chung-thuc-2' });
		const { token } = await call(null, '10.0.1.1').join({ code });
		now = new Date(now.getTime() + 12 * 3_600_000 + 1);
		expect(await failure(call(null, '10.0.1.2').join({ code }))).toBe('not_found');
		expect(await failure(call(null).report({ token, ...counts(2) }))).toBe('not_found');
		expect(await failure(call(world.volunteerA).view({ code }))).toBe('not_found');
		await call(world.volunteerA).create({ caseId: 'chung-thuc-1' });
		const left = await handle.db
			.select()
			.from(practiceExercises)
			.where(eq(practiceExercises.code, code));
		expect(left).toEqual([]);
	});
});
