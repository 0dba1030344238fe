/**
 * What the server tells whoever started it: the demo accounts' passwords (once), a missing
 * public address. Under `npm start`, scripts/start.js holds them in a list under this key and
 * prints them after "is running at", the accounts last, so that nothing scrolls them away; a
 * server started otherwise (vite dev, `node build` in tests) prints them at once.
 */
export type StartupNotice = { kind: 'warning' | 'accounts'; text: string };

const heldNoticesKey = Symbol.for('cunglam.startup-notices');

export function announceAtStartup(notice: StartupNotice): void {
	const held = (globalThis as Record<symbol, unknown>)[heldNoticesKey];
	if (Array.isArray(held)) held.push(notice);
	else if (notice.kind === 'warning') console.warn(notice.text);
	else console.log(notice.text);
}
