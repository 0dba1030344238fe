import { count } from 'drizzle-orm';
import { hashPassword, randomReadablePassword } from '../auth/password';
import type { Database } from './client';
import { accessPoints, auditLog, users, type Role } from './schema';

/** Phường Ba Đình, Thành phố Hà Nội: a real two-tier unit (GSO codes 01 / 00004, list of 2025). */
export const demoAccessPoint = {
	name: 'Điểm hỗ trợ dịch vụ công trực tuyến – Nhà văn hóa tổ dân phố số 5',
	provinceCode: '01',
	communeCode: '00004',
	street: 'Phố Đội Cấn'
} as const;

export const demoAccounts: ReadonlyArray<{ username: string; role: Role; displayName: string }> = [
	{ username: 'tnv.demo', role: 'volunteer', displayName: 'Tình nguyện viên (mẫu)' },
	{ username: 'canbo.demo', role: 'officer', displayName: 'Cán bộ một cửa (mẫu)' },
	{ username: 'quanly.demo', role: 'manager', displayName: 'Quản lý điểm (mẫu)' },
	{ username: 'quantri.demo', role: 'admin', displayName: 'Quản trị (mẫu)' }
];

export type SeededAccount = { username: string; role: Role; password: string };

/**
 * Seeds the demo access point and one account per role, once: an existing user table is left
 * alone. Passwords are random unless `fixedPassword` is given (tests); only hashes are stored,
 * so the caller prints the returned passwords once.
 */
export async function seedDemoData(db: Database, fixedPassword?: string): Promise<SeededAccount[]> {
	const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(users);
	if (n > 0) return [];
	const accounts = await Promise.all(
		demoAccounts.map(async (a) => {
			const password = fixedPassword || randomReadablePassword();
			return { ...a, password, passwordHash: await hashPassword(password) };
		})
	);
	await db.transaction(async (tx) => {
		const [point] = await tx.insert(accessPoints).values(demoAccessPoint).returning();
		await tx.insert(users).values(
			accounts.map((a) => ({
				username: a.username,
				displayName: a.displayName,
				role: a.role,
				passwordHash: a.passwordHash,
				accessPointId: point?.id
			}))
		);
		await tx
			.insert(auditLog)
			.values({ action: 'seed.demo', details: { accounts: accounts.length } });
	});
	return accounts.map(({ username, role, password }) => ({ username, role, password }));
}

/**
 * The demo accounts as `npm start` prints them, last and framed so that they are not missed:
 * the passwords are printed this once, then only their hashes exist.
 */
export function formatSeededAccounts(accounts: SeededAccount[]): string {
	const rule = '═'.repeat(72);
	const lines = accounts.map(
		(a) => `  ${a.username.padEnd(14)} ${a.role.padEnd(10)} ${a.password}`
	);
	return [
		rule,
		'  Tài khoản mẫu — mật khẩu chỉ in MỘT LẦN, hãy ghi lại ngay.',
		'  Demo accounts — passwords are shown ONCE: write them down now.',
		'',
		`  ${'tài khoản'.padEnd(14)} ${'vai trò'.padEnd(10)} mật khẩu`,
		`  ${'username'.padEnd(14)} ${'role'.padEnd(10)} password`,
		...lines,
		'',
		'  Quên mật khẩu? Đặt mật khẩu mới (dừng máy chủ trước nếu dùng PGlite):',
		'  Lost one? Set a new password (stop the server first on PGlite):',
		'    npm run accounts:reset -- TÊN-TÀI-KHOẢN',
		rule
	].join('\n');
}
