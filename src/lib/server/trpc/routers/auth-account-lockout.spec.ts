import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedDemoData } from '../../db/seed';
import { accessPoints, auditLog, users } from '../../db/schema';
import { listAudit } from '../../audit/audit-log';
import { hashPassword } from '../../auth/password';
import type { SessionUser } from '../../auth/session';
import { createRouter } from '../trpc';
import { createAuthRouter } from './auth.router';
import { usersRouter } from './users.router';

const password = 'mat-khau-thu';
const second = 1000;
const minute = 60 * second;

/** Issue 14, item 5: guesses at one account are bounded whatever addresses they come from. */
describe('login guessing per account, across addresses', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let clock = new Date('2025-03-03T01:00:00Z');
	const later = (ms: number) => (clock = new Date(clock.getTime() + ms));
	// A small lock limit keeps the test quick; the wait follows the defaults (10 free, 30 s, 15 min).
	const router = createRouter({
		auth: createAuthRouter({ now: () => clock, lockout: { lockAfterFailures: 12 } }),
		users: usersRouter
	});
	const staff: Record<string, SessionUser> = {};
	const as = (username: string) =>
		router.createCaller(testContext(handle, { user: staff[username]! }));
	const login = (username: string, pw: string, clientAddress: string) =>
		router
			.createCaller(testContext(handle, { clientAddress }))
			.auth.login({ username, password: pw });
	/** The app code of a refusal, with its HTTP-level code and the values its sentence takes. */
	type Outcome = { code: string; trpc?: string; params?: Record<string, number> };
	const outcome = (p: Promise<unknown>): Promise<Outcome> =>
		p.then(
			() => ({ code: 'ok' }),
			(e: TRPCError) => ({
				code: e.cause instanceof AppError ? e.cause.code : e.code,
				trpc: e.code,
				params: e.cause instanceof AppError ? e.cause.params : undefined
			})
		);
	const codeOf = async (p: Promise<unknown>) => (await outcome(p)).code;
	/** One address per guess: none of them ever reaches the per-pair or per-address limit. */
	let nextAddress = 0;
	const elsewhere = () => `198.18.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;
	const rowOf = async (username: string) =>
		(await handle.db.select().from(users).where(eq(users.username, username)))[0]!;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedDemoData(handle.db, password);
		const [pointB] = await handle.db
			.insert(accessPoints)
			.values({
				name: 'Điểm hỗ trợ – Nhà văn hóa khu dân cư số 2',
				provinceCode: '01',
				communeCode: '00004',
				street: 'Phố Giang Văn Minh'
			})
			.returning();
		const hash = await hashPassword(password);
		await handle.db.insert(users).values([
			{
				username: 'quanly.b',
				displayName: 'Quản lý B',
				role: 'manager',
				passwordHash: hash,
				accessPointId: pointB!.id
			},
			{ username: 'quantri.hai', displayName: 'Quản trị 2', role: 'admin', passwordHash: hash }
		]);
		for (const u of await handle.db.select().from(users)) {
			const { id, username, displayName, role, accessPointId } = u;
			staff[username] = { id, username, displayName, role, accessPointId };
		}
	});
	afterAll(() => handle.dispose());

	it('makes guesses from 50 addresses wait after 10 failures, right password or not', async () => {
		const answers = [];
		for (let i = 0; i < 50; i++)
			answers.push(await outcome(login('tnv.demo', `doan-${i}`, elsewhere())));
		expect(answers.slice(0, 10).map((a) => a.code)).toEqual(Array(10).fill('login_failed'));
		expect(answers[10]).toEqual({
			code: 'login_delayed',
			trpc: 'TOO_MANY_REQUESTS',
			params: { seconds: 30 }
		});
		expect(new Set(answers.slice(10).map((a) => a.code))).toEqual(new Set(['login_delayed']));
		// Refused without looking at the password: the right one waits too, and the refusals
		// are not counted as failures.
		expect(await codeOf(login('tnv.demo', password, '192.0.2.10'))).toBe('login_delayed');
		expect((await rowOf('tnv.demo')).failedLogins).toBe(10);

		later(20 * second);
		expect((await outcome(login('tnv.demo', 'x', elsewhere()))).params).toEqual({ seconds: 10 });
		later(10 * second);
		// The wait over, one more failure doubles it.
		expect(await codeOf(login('tnv.demo', 'sai-nua', elsewhere()))).toBe('login_failed');
		expect((await outcome(login('tnv.demo', password, elsewhere()))).params).toEqual({
			seconds: 60
		});
		later(minute);

		// Other accounts are not held up.
		expect(await codeOf(login('canbo.demo', password, elsewhere()))).toBe('ok');
	});

	it('forgets the failures in a row once the right password comes', async () => {
		expect(await codeOf(login('tnv.demo', password, '192.0.2.10'))).toBe('ok');
		expect(await rowOf('tnv.demo')).toMatchObject({ failedLogins: 0, lastFailedLoginAt: null });
		for (let i = 0; i < 10; i++) {
			expect(await codeOf(login('tnv.demo', `lai-sai-${i}`, elsewhere()))).toBe('login_failed');
		}
		expect(await codeOf(login('tnv.demo', password, elsewhere()))).toBe('login_delayed');
		later(30 * second);
		expect(await codeOf(login('tnv.demo', password, '192.0.2.10'))).toBe('ok');
	});

	it('lets only the allowed number of a parallel burst reach the password check', async () => {
		const burst = await Promise.all(
			Array.from({ length: 16 }, (_, i) => codeOf(login('canbo.demo', `loat-${i}`, elsewhere())))
		);
		expect(burst.filter((c) => c === 'login_failed')).toHaveLength(10);
		expect(burst.filter((c) => c === 'login_delayed')).toHaveLength(6);
		later(30 * second);
		expect(await codeOf(login('canbo.demo', password, elsewhere()))).toBe('ok');
	});

	it('locks at the limit, tells only the right password, and audits the lock', async () => {
		const volunteer = staff['tnv.demo']!;
		for (let i = 0; i < 12; i++) {
			expect(await codeOf(login('tnv.demo', `khoa-${i}`, elsewhere()))).toBe('login_failed');
			later(15 * minute);
		}
		expect((await rowOf('tnv.demo')).lockedAt).toEqual(new Date(clock.getTime() - 15 * minute));

		// A wrong password learns nothing new; the right one learns of the lock.
		expect(await codeOf(login('tnv.demo', 'van-sai', elsewhere()))).toBe('login_failed');
		later(15 * minute);
		expect(await outcome(login('tnv.demo', password, '192.0.2.10'))).toMatchObject({
			code: 'account_locked',
			trpc: 'FORBIDDEN'
		});
		// The right password is no failure: trying again right away says the same, no wait.
		expect(await codeOf(login('tnv.demo', password, '192.0.2.10'))).toBe('account_locked');
		// A wrong one is, lock or not: guessing a locked account stays as slow as before.
		expect(await codeOf(login('tnv.demo', 'lai-sai', elsewhere()))).toBe('login_failed');
		expect(await codeOf(login('tnv.demo', password, '192.0.2.10'))).toBe('login_delayed');
		later(15 * minute);

		const locks = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'auth.account_locked'));
		expect(locks).toHaveLength(1);
		expect(locks[0]).toMatchObject({
			actorUserId: null,
			subject: volunteer.id,
			details: { failures: 12 }
		});
		const listed = await as('quanly.demo').users.list();
		expect(listed.find((u) => u.id === volunteer.id)?.lockedAt).toBeInstanceOf(Date);
	});

	it('is lifted by the manager of its access point or an administrator, and no one else', async () => {
		const volunteer = staff['tnv.demo']!;
		const unlock = (who: string) => codeOf(as(who).users.unlock({ userId: volunteer.id }));
		expect(await unlock('quanly.b')).toBe('forbidden');
		expect(await unlock('tnv.demo')).toBe('forbidden');
		expect(await unlock('canbo.demo')).toBe('forbidden');
		expect((await rowOf('tnv.demo')).lockedAt).not.toBeNull();

		expect(await unlock('quanly.demo')).toBe('ok');
		expect(await rowOf('tnv.demo')).toMatchObject({
			lockedAt: null,
			failedLogins: 0,
			lastFailedLoginAt: null
		});
		const unlocks = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'users.unlock'), eq(auditLog.subject, volunteer.id)));
		expect(unlocks).toHaveLength(1);
		expect(unlocks[0]!.actorUserId).toBe(staff['quanly.demo']!.id);
		// The access log says who unlocked whom, by the names the accounts page shows.
		const { items } = await listAudit(handle.db, { limit: 20 });
		expect(items.find((i) => i.action === 'users.unlock')).toMatchObject({
			actorName: staff['quanly.demo']!.displayName,
			subjectName: volunteer.displayName
		});
		expect(items.find((i) => i.action === 'auth.account_locked')).toMatchObject({
			actorName: null,
			subjectName: volunteer.displayName
		});
		// Unlocking an account that is not locked changes nothing and writes nothing.
		expect(await unlock('quanly.demo')).toBe('ok');
		expect(
			await handle.db.select().from(auditLog).where(eq(auditLog.action, 'users.unlock'))
		).toHaveLength(1);

		// Right away, with the password it had.
		expect(await codeOf(login('tnv.demo', password, '192.0.2.10'))).toBe('ok');
	});

	it('lets an administrator unlock an administrator: there is no one else to ask', async () => {
		await handle.db
			.update(users)
			.set({ lockedAt: clock, failedLogins: 12 })
			.where(eq(users.username, 'quantri.hai'));
		const target = staff['quantri.hai']!.id;
		expect(await codeOf(as('quanly.demo').users.unlock({ userId: target }))).toBe('forbidden');
		expect(await codeOf(as('quantri.demo').users.unlock({ userId: target }))).toBe('ok');
		later(15 * minute);
		expect(await codeOf(login('quantri.hai', password, elsewhere()))).toBe('ok');
	});
});
