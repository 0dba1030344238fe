import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$testing/server/database';
import { verifyPassword } from '../src/lib/server/auth/password';
import { createSession, userForSessionToken } from '../src/lib/server/auth/session';
import { auditLog, users } from '../src/lib/server/db/schema';
import { seedDemoData } from '../src/lib/server/db/seed';
import { accountsReset } from './accounts-reset';

/** Issue 19: the way back in for whoever lost the demo passwords printed once. */
describe('npm run accounts:reset', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase(undefined, { procedures: false });
		await seedDemoData(handle.db, 'mat-khau-cu-thu');
	});
	afterAll(() => handle.dispose());

	const account = async (username: string) =>
		(await handle.db.select().from(users).where(eq(users.username, username)))[0]!;

	it('sets a new random password, shown once, unlocks the account, logs it out and audits it', async () => {
		const before = await account('quantri.demo');
		await handle.db
			.update(users)
			.set({ lockedAt: new Date(), failedLogins: 5, lastFailedLoginAt: new Date() })
			.where(eq(users.id, before.id));
		const { token } = await createSession(handle.db, before.id);

		const outcome = await accountsReset(handle.db, ['quantri.demo']);

		expect(outcome.code).toBe(0);
		const text = outcome.stdout.join('\n');
		const password = /^ {6}(\S+)$/m.exec(text)?.[1];
		expect(password).toMatch(/^[a-z2-9]{12}$/);
		expect(text).toContain('chỉ in MỘT LẦN');
		expect(text).toContain('Đã mở khóa tài khoản');
		expect(text).toContain('Đã đăng xuất 1 phiên');
		const after = await account('quantri.demo');
		expect(after).toMatchObject({ lockedAt: null, failedLogins: 0, lastFailedLoginAt: null });
		expect(after.passwordHash).toMatch(/^\$argon2id\$/);
		expect(await verifyPassword(after.passwordHash, password!)).toBe(true);
		expect(await verifyPassword(after.passwordHash, 'mat-khau-cu-thu')).toBe(false);
		expect(await userForSessionToken(handle.db, token)).toBeNull();
		const [audit] = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'users.reset_password'));
		expect(audit).toMatchObject({
			actorUserId: null,
			subject: before.id,
			details: { role: 'admin', via: 'console', wasLocked: true, sessionsEnded: 1 }
		});
		expect(JSON.stringify(audit)).not.toContain(password);
	});

	it('takes a given password for scripted use, without printing it, and any letter case of the name', async () => {
		const outcome = await accountsReset(handle.db, ['--password', 'mot-mat-khau-dai', 'TNV.Demo']);
		expect(outcome.code).toBe(0);
		expect(outcome.stdout.join('\n')).not.toContain('mot-mat-khau-dai');
		const row = await account('tnv.demo');
		expect(await verifyPassword(row.passwordHash, 'mot-mat-khau-dai')).toBe(true);
	});

	it('refuses in Vietnamese, changing nothing: unknown account, no username, short password', async () => {
		const hashBefore = (await account('canbo.demo')).passwordHash;
		expect(await accountsReset(handle.db, ['khong.co.ai'])).toMatchObject({
			code: 1,
			stderr: [expect.stringContaining('Không có tài khoản "khong.co.ai"; chưa đổi gì.')]
		});
		expect(await accountsReset(handle.db, [])).toMatchObject({
			code: 2,
			stderr: [
				expect.stringContaining('Thiếu tên tài khoản'),
				expect.stringContaining('npm run accounts:reset -- TÊN-TÀI-KHOẢN')
			]
		});
		expect(await accountsReset(handle.db, ['canbo.demo', '--password'])).toMatchObject({
			code: 2,
			stderr: [expect.stringContaining('Thiếu mật khẩu sau --password'), expect.any(String)]
		});
		expect(await accountsReset(handle.db, ['canbo.demo', '--password', 'ngan'])).toMatchObject({
			code: 2,
			stderr: [expect.stringContaining('Mật khẩu phải dài từ 10 đến 256 ký tự')]
		});
		expect((await account('canbo.demo')).passwordHash).toBe(hashBefore);
	});
});

// One run as an operator types it, on its own PGlite folder (never CI's PostgreSQL).
describe.skipIf(process.env.DATABASE_URL)(
	'accounts:reset as a command',
	{ timeout: 60_000 },
	() => {
		const dir = mkdtempSync(path.join(tmpdir(), 'cunglam-accounts-reset-'));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));

		it('says there is no database yet rather than making an empty one, exit 2', async () => {
			const dataDir = path.join(dir, 'khong-co');
			const run = promisify(execFile);
			const failure = await run(
				path.resolve('node_modules/.bin/tsx'),
				['scripts/accounts-reset.ts', 'tnv.demo'],
				{
					env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }
				}
			).then(
				() => undefined,
				(error: { code: number; stderr: string }) => error
			);
			expect(failure?.code).toBe(2);
			expect(failure?.stderr).toContain(
				`Chưa có cơ sở dữ liệu ở ${dataDir}: hãy chạy npm start một lần trước`
			);
		});
	}
);
