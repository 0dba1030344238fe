import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { AppError } from '$lib/errors/app-error';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedDemoData } from '../db/seed';
import { roles, users, type Role } from '../db/schema';
import type { SessionUser } from '../auth/session';
import { appRouter, createCaller } from './root';
import { createRouter, managerProcedure, officerProcedure, type ProcedureMeta } from './trpc';

type Caller = ReturnType<typeof createCaller>;
type Who = Role | 'anonymous';
const everyone: readonly Who[] = ['anonymous', ...roles];

// At run time `_def.procedures` is flat, keyed by dotted path; its type says nested routers.
const procedures = Object.entries(
	appRouter._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } }>
).map(([path, procedure]) => ({ path, roles: procedure._def.meta?.roles }));

/** The app code a refusal carries, as the error formatter would report it. */
function codeOf(error: unknown): string {
	if (!(error instanceof TRPCError)) return 'not a tRPC error';
	if (error.cause instanceof AppError) return error.cause.code;
	if (error.code === 'UNAUTHORIZED') return 'unauthorized';
	if (error.code === 'FORBIDDEN') return 'forbidden';
	return error.code;
}

/** Calls a procedure by its dotted path with no input: admitted callers fail on the input. */
async function call(caller: Caller, path: string): Promise<string> {
	const fn = path
		.split('.')
		.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
		input?: unknown
	) => Promise<unknown>;
	try {
		await fn(undefined);
		return 'ok';
	} catch (error) {
		return codeOf(error);
	}
}

const admits = (stated: ProcedureMeta['roles'], who: Who) =>
	stated === 'public' || (who !== 'anonymous' && stated.includes(who));

describe('every procedure × every role', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	const callers = {} as Record<Who, Caller>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedDemoData(handle.db, 'mat-khau-thu');
		const rows = await handle.db.select().from(users);
		for (const who of everyone) {
			const row = rows.find((r) => r.role === who);
			const user: SessionUser | null = row
				? {
						id: row.id,
						username: row.username,
						displayName: row.displayName,
						role: row.role,
						accessPointId: row.accessPointId
					}
				: null;
			callers[who] = createCaller(testContext(handle, { user }));
		}
	});
	afterAll(() => handle.dispose());

	it('finds the procedures, and each states the roles it admits', () => {
		expect(procedures.length).toBeGreaterThan(20);
		// Group practice: the PCs join and report without an account; staff start and watch.
		const practice = Object.fromEntries(
			procedures.filter((p) => p.path.startsWith('practice.')).map((p) => [p.path, p.roles])
		);
		expect(practice).toEqual({
			'practice.create': ['volunteer', 'manager', 'admin'],
			'practice.join': 'public',
			'practice.report': 'public',
			'practice.view': ['volunteer', 'manager', 'admin']
		});
		const unstated = procedures.filter((p) => !p.roles).map((p) => p.path);
		expect(unstated).toEqual([]);
		for (const p of procedures) {
			if (p.roles === 'public') continue;
			expect(p.roles, p.path).not.toHaveLength(0);
			for (const role of p.roles!) expect(roles, p.path).toContain(role);
		}
	});

	it('refuses each caller the procedure does not admit, and lets each admitted one past', async () => {
		const wrong: string[] = [];
		for (const { path, roles: stated } of procedures) {
			if (!stated) continue;
			for (const who of everyone) {
				const code = await call(callers[who], path);
				const refusal = who === 'anonymous' ? 'unauthorized' : 'forbidden';
				const refused = code === 'unauthorized' || code === 'forbidden';
				if (admits(stated, who) ? refused : code !== refusal) {
					wrong.push(`${path} as ${who}: ${code}`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});

	it('keeps the officer console to officers and administrators, the audit log to managers', () => {
		const stated = Object.fromEntries(procedures.map((p) => [p.path, p.roles]));
		for (const path of [
			'officer.inbox',
			'officer.dossier',
			'officer.act',
			'officer.apologize',
			'officer.assign',
			'officer.colleagues'
		]) {
			expect(stated[path], path).toEqual(['officer', 'admin']);
		}
		expect(stated['audit.list']).toEqual(['manager', 'admin']);
		// Lifting a login lock: the same people as disabling and enabling (issue 14).
		for (const path of ['users.disable', 'users.enable', 'users.unlock']) {
			expect(stated[path], path).toEqual(['manager', 'admin']);
		}
	});

	it('never lets a volunteer call an officer or manager procedure', async () => {
		const closed = procedures.filter(
			(p) =>
				Array.isArray(p.roles) &&
				!p.roles.includes('volunteer') &&
				(p.roles.includes('officer') || p.roles.includes('manager'))
		);
		expect(closed.map((p) => p.path)).toContain('users.createVolunteer');
		for (const { path } of closed) {
			expect(await call(callers.volunteer, path), path).toBe('forbidden');
		}

		// The builders themselves, whatever procedures use them today.
		const router = createRouter({
			officerOnly: officerProcedure.query(() => 'officer'),
			managerOnly: managerProcedure.query(() => 'manager')
		});
		const volunteer = router.createCaller(
			testContext(handle, { user: { ...(await firstUser('volunteer')) } })
		);
		await expect(volunteer.officerOnly()).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(volunteer.managerOnly()).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const manager = router.createCaller(testContext(handle, { user: await firstUser('manager') }));
		await expect(manager.managerOnly()).resolves.toBe('manager');
	});

	async function firstUser(role: Role): Promise<SessionUser> {
		const [row] = (await handle.db.select().from(users)).filter((r) => r.role === role);
		return {
			id: row!.id,
			username: row!.username,
			displayName: row!.displayName,
			role: row!.role,
			accessPointId: row!.accessPointId
		};
	}
});
