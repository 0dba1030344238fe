// Finds a system Chromium for the browser tests, or installs Debian's package when it may.
// Never downloads a Playwright browser build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.js';

export function ensureChromium() {
	const found = findChromium();
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/etc/debian_version')) {
		console.log('Chromium chưa có: đang cài gói Debian chromium… / Installing Debian chromium…');
		const run = (args) =>
			spawnSync('apt-get', args, {
				stdio: 'inherit',
				env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
			});
		run(['update', '-q']);
		run(['install', '-y', '-q', 'chromium', 'fonts-noto-core']);
		const installed = findChromium();
		if (installed) return installed;
	}
	console.error(
		'Không tìm thấy Chromium. Hãy cài: sudo apt-get install -y chromium (hoặc đặt CHROMIUM_PATH tới trình duyệt Chromium).\n' +
			'Chromium not found: install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH.'
	);
	process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`Chromium: ${ensureChromium()}`);
