// npm run accounts:reset -- USERNAME [--password PASSWORD]
// Sets a new password for one staff account in the database named by DATABASE_URL or DATA_DIR
// (as `npm start` opens it), lifts its lock and ends its sessions; prints the password once.
// On PGlite (DATA_DIR) stop the server first: one folder takes one process at a time.
// Exit 0: done; 1: no such account; 2: usage.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { maxPasswordLength, minPasswordLength } from '../src/lib/domain/staff/account-rules';
import { AppError } from '../src/lib/errors/app-error';
import { databaseConfigFromEnv, openDatabase, type Database } from '../src/lib/server/db/client';
import { resetStaffPassword } from '../src/lib/server/users/password-reset';

export type CliOutcome = { code: number; stdout: string[]; stderr: string[] };

export const accountsResetUsage =
	'Cách dùng / usage: npm run accounts:reset -- TÊN-TÀI-KHOẢN [--password MẬT-KHẨU]';

type Parsed = { username: string; password?: string } | { problem: string };

export function parseAccountsResetArgs(args: readonly string[]): Parsed {
	const at = args.indexOf('--password');
	const password = at >= 0 ? args[at + 1] : undefined;
	if (at >= 0 && (password === undefined || password.startsWith('--'))) {
		return { problem: 'Thiếu mật khẩu sau --password. / --password needs a value.' };
	}
	const rest = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
	const unknown = rest.find((a) => a.startsWith('--'));
	if (unknown)
		return { problem: `Không hiểu tùy chọn "${unknown}". / Unknown option "${unknown}".` };
	if (rest.length === 0) {
		return {
			problem: 'Thiếu tên tài khoản cần đặt lại. / Which account? The username is missing.'
		};
	}
	if (rest.length > 1) {
		return { problem: 'Mỗi lần chỉ đặt lại một tài khoản. / One account at a time.' };
	}
	return { username: rest[0]!, ...(password !== undefined ? { password } : {}) };
}

/** The command's work on an open database; the spec calls it against a test database. */
export async function accountsReset(db: Database, args: readonly string[]): Promise<CliOutcome> {
	const parsed = parseAccountsResetArgs(args);
	if ('problem' in parsed)
		return { code: 2, stdout: [], stderr: [parsed.problem, accountsResetUsage] };
	try {
		const reset = await resetStaffPassword(db, parsed.username, parsed.password);
		const rule = '═'.repeat(72);
		const stdout = [rule];
		if (parsed.password === undefined) {
			stdout.push(
				`  Mật khẩu mới của ${reset.username} (${reset.role}) — chỉ in MỘT LẦN, hãy ghi lại ngay:`,
				`  New password for ${reset.username} (${reset.role}) — shown ONCE, write it down now:`,
				'',
				`      ${reset.password}`,
				''
			);
		} else {
			stdout.push(
				`  Đã đặt mật khẩu đã cho cho ${reset.username} (${reset.role}).`,
				`  The given password is now ${reset.username}'s (${reset.role}).`
			);
		}
		if (reset.wasLocked) stdout.push('  Đã mở khóa tài khoản. / The account is unlocked.');
		if (reset.sessionsEnded > 0) {
			stdout.push(
				`  Đã đăng xuất ${reset.sessionsEnded} phiên đang mở. / ${reset.sessionsEnded} open session(s) logged out.`
			);
		}
		if (reset.disabled) {
			stdout.push(
				'  Lưu ý: tài khoản đang bị vô hiệu hóa; quản lý hoặc quản trị bật lại ở /quan-ly/tai-khoan.',
				'  Note: the account is disabled; a manager or administrator enables it again.'
			);
		}
		stdout.push(rule);
		return { code: 0, stdout, stderr: [] };
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		if (error.code === 'not_found') {
			return {
				code: 1,
				stdout: [],
				stderr: [
					`Không có tài khoản "${parsed.username}"; chưa đổi gì. / No account "${parsed.username}"; nothing changed.`
				]
			};
		}
		return {
			code: 2,
			stdout: [],
			stderr: [
				`Mật khẩu phải dài từ ${minPasswordLength} đến ${maxPasswordLength} ký tự; chưa đổi gì. / The password must be ${minPasswordLength} to ${maxPasswordLength} characters long; nothing changed.`
			]
		};
	}
}

async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const parsed = parseAccountsResetArgs(args);
	if ('problem' in parsed) {
		console.error(parsed.problem);
		console.error(accountsResetUsage);
		return 2;
	}
	const config = databaseConfigFromEnv(process.env);
	if (!config.databaseUrl && !existsSync(config.dataDir)) {
		console.error(
			`Chưa có cơ sở dữ liệu ở ${config.dataDir}: hãy chạy npm start một lần trước (hoặc đặt DATA_DIR, DATABASE_URL). / No database at ${config.dataDir}: run npm start once first (or set DATA_DIR, DATABASE_URL).`
		);
		return 2;
	}
	const handle = await openDatabase(config);
	try {
		await handle.migrate();
		const outcome = await accountsReset(handle.db, args);
		for (const line of outcome.stdout) console.log(line);
		for (const line of outcome.stderr) console.error(line);
		return outcome.code;
	} finally {
		await handle.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exit(await main());
}
