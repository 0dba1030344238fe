import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TRPCError } from '@trpc/server';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedDemoData } from '../../db/seed';
import { hashPassword } from '../../auth/password';
import { createSession, userForSessionToken, type SessionUser } from '../../auth/session';
import { accessPoints, auditLog, users } from '../../db/schema';
import { createCaller } from '../root';

const password = 'mat-khau-thu';

describe('staff accounts of an access point', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	const staff: Record<string, SessionUser> = {};
	let pointA: string;
	let pointB: string;

	const as = (username: string | null) =>
		createCaller(testContext(handle, { user: username ? staff[username]! : null }));
	const codeOf = (p: Promise<unknown>) =>
		p.then(
			() => 'ok',
			(e: TRPCError) => (e.cause as { code?: string } | undefined)?.code ?? e.code
		);

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedDemoData(handle.db, password);
		const [b] = await handle.db
			.insert(accessPoints)
			.values({
				name: 'Điểm hỗ trợ – Nhà văn hóa khu dân cư số 2',
				provinceCode: '01',
				communeCode: '00004',
				street: 'Phố Giang Văn Minh'
			})
			.returning();
		pointB = b!.id;
		const hash = await hashPassword(password);
		await handle.db.insert(users).values([
			{
				username: 'quanly.b',
				displayName: 'Quản lý B',
				role: 'manager',
				passwordHash: hash,
				accessPointId: pointB
			},
			{
				username: 'tnv.b',
				displayName: 'Tình nguyện viên B',
				role: 'volunteer',
				passwordHash: hash,
				accessPointId: pointB
			}
		]);
		for (const u of await handle.db.select().from(users)) {
			const { id, username, displayName, role, accessPointId } = u;
			staff[username] = { id, username, displayName, role, accessPointId };
		}
		pointA = staff['quanly.demo']!.accessPointId!;
	});
	afterAll(() => handle.dispose());

	it('lists the staff of the manager’s own access point only; everyone for an admin', async () => {
		const listA = (await as('quanly.demo').users.list()).map((u) => u.username);
		expect(listA.sort()).toEqual(['canbo.demo', 'quanly.demo', 'quantri.demo', 'tnv.demo']);
		const listB = (await as('quanly.b').users.list()).map((u) => u.username);
		expect(listB.sort()).toEqual(['quanly.b', 'tnv.b']);
		expect(await as('quantri.demo').users.list()).toHaveLength(6);
		expect(JSON.stringify(await as('quantri.demo').users.list())).not.toContain('argon2');
	});

	it('lets a manager create a volunteer at their access point, hashed and audit-logged', async () => {
		const created = await as('quanly.demo').users.createVolunteer({
			username: ' TNV.Lan ',
			displayName: 'Nguyễn Thị Lan',
			password: 'mot-mat-khau-dai'
		});
		expect(created).toMatchObject({
			username: 'tnv.lan',
			role: 'volunteer',
			accessPointId: pointA
		});
		const [row] = await handle.db.select().from(users).where(eq(users.id, created.id));
		expect(row!.passwordHash.startsWith('$argon2id$')).toBe(true);
		const audit = await handle.db.select().from(auditLog).where(eq(auditLog.subject, created.id));
		expect(audit.map((a) => a.action)).toEqual(['users.create_volunteer']);
		expect(audit[0]!.actorUserId).toBe(staff['quanly.demo']!.id);

		const me = await createCaller(testContext(handle, { clientAddress: '192.0.2.1' })).auth.login({
			username: 'tnv.lan',
			password: 'mot-mat-khau-dai'
		});
		expect(me).toMatchObject({ role: 'volunteer', accessPointId: pointA });
	});

	it('refuses short passwords, bad usernames and a username already taken', async () => {
		const create = (username: string, pw: string) =>
			codeOf(
				as('quanly.demo').users.createVolunteer({ username, displayName: 'Lan', password: pw })
			);
		expect(await create('tnv.minh', '123456789')).toBe('BAD_REQUEST');
		expect(await create('tên.lan', 'mot-mat-khau-dai')).toBe('BAD_REQUEST');
		expect(await create('ab', 'mot-mat-khau-dai')).toBe('BAD_REQUEST');
		expect(await create('tnv.demo', 'mot-mat-khau-dai')).toBe('username_taken');
		// Taken at another access point too: usernames are global.
		expect(await create('TNV.B', 'mot-mat-khau-dai')).toBe('username_taken');
	});

	it('creates volunteers for managers only, never another access point', async () => {
		const input = { username: 'tnv.khac', displayName: 'Khác', password: 'mot-mat-khau-dai' };
		for (const who of ['tnv.demo', 'canbo.demo', 'quantri.demo']) {
			expect(await codeOf(as(who).users.createVolunteer(input))).toBe('forbidden');
		}
		expect(await codeOf(as(null).users.createVolunteer(input))).toBe('unauthorized');
		// An access point named in the input is ignored: the manager's own is used.
		const made = await as('quanly.b').users.createVolunteer({
			...input,
			accessPointId: pointA
		} as typeof input);
		expect(made.accessPointId).toBe(pointB);
	});

	it('refuses a manager of another access point disabling a volunteer here', async () => {
		const target = staff['tnv.demo']!.id;
		expect(await codeOf(as('quanly.b').users.disable({ userId: target }))).toBe('forbidden');
		const [row] = await handle.db.select().from(users).where(eq(users.id, target));
		expect(row!.disabledAt).toBeNull();
	});

	it('lets a manager disable only volunteers, not officers or managers', async () => {
		for (const who of ['canbo.demo', 'quanly.demo', 'quantri.demo']) {
			expect(await codeOf(as('quanly.demo').users.disable({ userId: staff[who]!.id }))).toBe(
				'forbidden'
			);
		}
		expect(await codeOf(as('tnv.demo').users.disable({ userId: staff['tnv.b']!.id }))).toBe(
			'forbidden'
		);
		expect(await codeOf(as('quanly.demo').users.disable({ userId: crypto.randomUUID() }))).toBe(
			'not_found'
		);
	});

	it('disables a volunteer: their sessions end at once, login is refused, and it is logged', async () => {
		const target = staff['tnv.demo']!;
		const session = await createSession(handle.db, target.id);
		expect(await userForSessionToken(handle.db, session.token)).not.toBeNull();

		const result = await as('quanly.demo').users.disable({ userId: target.id });
		expect(result.sessionsEnded).toBe(1);
		expect(result.disabledAt).toBeInstanceOf(Date);
		expect(await userForSessionToken(handle.db, session.token)).toBeNull();
		expect(
			await codeOf(
				createCaller(testContext(handle, { clientAddress: '192.0.2.2' })).auth.login({
					username: 'tnv.demo',
					password
				})
			)
		).toBe('login_failed');
		const audit = await handle.db.select().from(auditLog).where(eq(auditLog.subject, target.id));
		expect(audit.map((a) => a.action)).toContain('users.disable');

		// Again: nothing changes, the first date stays.
		const again = await as('quanly.demo').users.disable({ userId: target.id });
		expect(again.disabledAt).toEqual(result.disabledAt);
	});

	it('enables a disabled volunteer again: the old password logs in; same rules as disabling', async () => {
		const target = staff['tnv.demo']!;
		await as('quanly.demo').users.disable({ userId: target.id });
		expect(await codeOf(as('quanly.b').users.enable({ userId: target.id }))).toBe('forbidden');
		expect(await codeOf(as('tnv.b').users.enable({ userId: target.id }))).toBe('forbidden');
		expect(await codeOf(as('quanly.demo').users.enable({ userId: staff['canbo.demo']!.id }))).toBe(
			'forbidden'
		);
		const [still] = await handle.db.select().from(users).where(eq(users.id, target.id));
		expect(still!.disabledAt).not.toBeNull();

		expect(await as('quanly.demo').users.enable({ userId: target.id })).toEqual({
			id: target.id,
			disabledAt: null
		});
		const me = await createCaller(testContext(handle, { clientAddress: '192.0.2.3' })).auth.login({
			username: 'tnv.demo',
			password
		});
		expect(me.id).toBe(target.id);
		// Enabling an active account changes nothing and logs nothing more.
		await as('quanly.demo').users.enable({ userId: target.id });
		const audit = await handle.db.select().from(auditLog).where(eq(auditLog.subject, target.id));
		expect(audit.filter((a) => a.action === 'users.enable')).toHaveLength(1);
	});

	it('lets an admin disable a manager anywhere, but not an admin', async () => {
		const result = await as('quantri.demo').users.disable({ userId: staff['quanly.b']!.id });
		expect(result.disabledAt).toBeInstanceOf(Date);
		expect(
			await codeOf(as('quantri.demo').users.disable({ userId: staff['quantri.demo']!.id }))
		).toBe('forbidden');
	});
});
