// Finds what the tests need from the system — Debian's Chromium for the browser tests, pdftotext
// and pdftoppm (poppler-utils) and zbarimg (zbar-tools) for the receipt tests — and installs the
// missing Debian packages when it may (root on Debian). Never downloads a Playwright browser build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.js';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canInstall = isRoot && existsSync('/etc/debian_version');

const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

let updated = false;
function aptInstall(packages) {
	const run = (args) =>
		spawnSync('apt-get', args, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	if (!updated) run(['update', '-q']);
	updated = true;
	run(['install', '-y', '-q', ...packages]);
}

export function ensureChromium() {
	const found = findChromium();
	if (found) return found;
	if (canInstall) {
		console.log('Chromium chưa có: đang cài gói Debian chromium… / Installing Debian chromium…');
		aptInstall(['chromium', 'fonts-noto-core']);
		const installed = findChromium();
		if (installed) return installed;
	}
	console.error(
		'Không tìm thấy Chromium. Hãy cài: sudo apt-get install -y chromium (hoặc đặt CHROMIUM_PATH tới trình duyệt Chromium).\n' +
			'Chromium not found: install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH.'
	);
	process.exit(1);
}

/** The receipt tests read PDFs back with poppler and decode their barcodes with zbar. */
export function ensurePdfTools() {
	const wanted = [
		['pdftotext', 'poppler-utils'],
		['pdftoppm', 'poppler-utils'],
		['zbarimg', 'zbar-tools']
	];
	const missing = () => wanted.filter(([command]) => !hasCommand(command));
	if (missing().length > 0 && canInstall) {
		const packages = [...new Set(missing().map(([, pkg]) => pkg))];
		console.log(`Đang cài ${packages.join(', ')} cho kiểm thử biên nhận / Installing ${packages}…`);
		aptInstall(packages);
	}
	const still = missing();
	if (still.length > 0) {
		const packages = [...new Set(still.map(([, pkg]) => pkg))].join(' ');
		console.error(
			`Thiếu ${still.map(([c]) => c).join(', ')}. Hãy cài: sudo apt-get install -y ${packages}\n` +
				`Missing ${still.map(([c]) => c).join(', ')}: install them with \`sudo apt-get install -y ${packages}\`.`
		);
		process.exit(1);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(`Chromium: ${ensureChromium()}`);
	ensurePdfTools();
	console.log('pdftotext, pdftoppm, zbarimg: OK');
}
