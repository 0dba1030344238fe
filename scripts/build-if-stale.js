import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const sources = [
	'src',
	'static',
	'drizzle',
	'svelte.config.js',
	'vite.config.ts',
	'package.json',
	'package-lock.json'
];

/** @param {string} entry @returns {number} */
function newestMtime(entry) {
	if (!existsSync(entry)) return 0;
	const stat = statSync(entry);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const child of readdirSync(entry))
		newest = Math.max(newest, newestMtime(path.join(entry, child)));
	return newest;
}

/** Builds with Vite when build/ is missing or older than any source; returns whether it built. */
export function buildIfStale() {
	const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
	const newest = Math.max(...sources.map(newestMtime));
	if (built >= newest) return false;
	console.log(built ? 'Mã nguồn đã thay đổi, đang build lại…' : 'Chưa có bản build, đang build…');
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('Build thất bại (xem lỗi ở trên). / The build failed (see above).');
		process.exit(result.status ?? 1);
	}
	return true;
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
