import { existsSync } from 'node:fs';

/** Candidate paths of a system Chromium; Playwright never downloads its own here. */
export const chromiumCandidates = /** @type {string[]} */ (
	[
		process.env.CHROMIUM_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome'
	].filter(Boolean)
);

export function findChromium() {
	return chromiumCandidates.find((p) => existsSync(p));
}

/** Launch options from STACK.md: without the background-networking flags Chromium floods the closed network. */
export function chromiumLaunchOptions() {
	const executablePath = findChromium();
	if (!executablePath)
		throw new Error('Chromium not found: run `node scripts/ensure-test-tools.js`.');
	return {
		executablePath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	};
}
