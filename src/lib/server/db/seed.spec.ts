import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '$testing/server/database';
import { verifyPassword } from '../auth/password';
import { accessPoints, users } from './schema';
import { demoAccounts, formatSeededAccounts, seedDemoData } from './seed';

describe('demo seed', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(() => handle.dispose());

	it('creates one account per role with random passwords stored only as Argon2id hashes', async () => {
		const seeded = await seedDemoData(handle.db);
		expect(seeded.map((a) => a.username)).toEqual(demoAccounts.map((a) => a.username));
		expect(new Set(seeded.map((a) => a.password)).size).toBe(4);
		const rows = await handle.db.select().from(users);
		expect(rows.map((r) => r.role).sort()).toEqual(['admin', 'manager', 'officer', 'volunteer']);
		for (const account of seeded) {
			const row = rows.find((r) => r.username === account.username)!;
			expect(row.passwordHash).toMatch(/^\$argon2id\$/);
			expect(row.passwordHash).not.toContain(account.password);
			expect(await verifyPassword(row.passwordHash, account.password)).toBe(true);
		}
	});

	it('places the demo access point in a real two-tier ward of Hà Nội', async () => {
		const [point] = await handle.db.select().from(accessPoints);
		expect(point).toMatchObject({ provinceCode: '01', communeCode: '00004' });
		const [user] = await handle.db.select().from(users).where(eq(users.username, 'tnv.demo'));
		expect(user?.accessPointId).toBe(point?.id);
	});

	it('runs once: a second start prints nothing and changes nothing', async () => {
		expect(await seedDemoData(handle.db)).toEqual([]);
		expect(await handle.db.select().from(users)).toHaveLength(4);
	});

	it('prints the accounts framed, in Vietnamese and English, with how to reset a lost password', () => {
		const text = formatSeededAccounts([
			{ username: 'tnv.demo', role: 'volunteer', password: 'abcd2345efgh' }
		]);
		const lines = text.split('\n');
		expect(lines[0]).toMatch(/^═+$/);
		expect(lines.at(-1)).toBe(lines[0]);
		expect(text).toContain('mật khẩu chỉ in MỘT LẦN');
		expect(text).toContain('passwords are shown ONCE');
		expect(text).toMatch(/tnv\.demo +volunteer +abcd2345efgh/);
		expect(text).toContain('npm run accounts:reset -- TÊN-TÀI-KHOẢN');
	});
});
