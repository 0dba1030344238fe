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

/** Whether the build shows Vite's own output: `--verbose` on the command line or CUNGLAM_VERBOSE_BUILD=1. */
export const verboseBuild = () =>
	process.argv.includes('--verbose') ||
	/^(1|true|yes)$/i.test(process.env.CUNGLAM_VERBOSE_BUILD ?? '');

/**
 * Builds with Vite when build/ is missing or older than any source; returns whether it built.
 * Vite's ~40 lines of chunk warnings are captured and shown only when the build fails (or when
 * asked for), so that what `npm start` prints afterwards — the address, the demo accounts — is
 * not scrolled away.
 */
export function buildIfStale({ verbose = verboseBuild() } = {}) {
	const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
	const newest = Math.max(...sources.map(newestMtime));
	if (built >= newest) return false;
	const why = built
		? 'Mã nguồn đã thay đổi, đang build lại… / sources changed, building…'
		: 'Chưa có bản build, đang build… / no build yet, building…';
	console.log(verbose ? why : `${why} (--verbose: xem chi tiết / shows the details)`);
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		stdio: verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0) {
		if (!verbose) {
			process.stdout.write(result.stdout ?? '');
			process.stderr.write(result.stderr ?? '');
			if (result.error) console.error(result.error.message);
		}
		console.error('Build thất bại (xem lỗi ở trên). / The build failed (see above).');
		process.exit(result.status ?? 1);
	}
	return true;
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
