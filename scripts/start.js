// npm start: build when needed, then serve the production build (adapter-node) on PORT.
// `npm start -- --verbose` (or CUNGLAM_VERBOSE_BUILD=1) shows Vite's own build output.
import { once } from 'node:events';
import { buildIfStale } from './build-if-stale.js';

buildIfStale();
process.env.PORT ||= '3000';
// A resume-at-home bundle may be 20 MB (28 MB as base64); the unit list ~300 KB.
process.env.BODY_SIZE_LIMIT ||= '30M';
const database = process.env.DATABASE_URL
	? 'PostgreSQL (DATABASE_URL)'
	: `PGlite (${process.env.DATA_DIR || './data'})`;
console.log(`Cơ sở dữ liệu / database: ${database}`);

// The server's start-up notices (src/lib/server/startup/startup-notices.ts) are held here and
// printed after the address: warnings, then the demo accounts, last, where they stay in view.
const heldNoticesKey = Symbol.for('cunglam.startup-notices');
/** @type {{ kind: 'warning' | 'accounts', text: string }[]} */
const notices = [];
const global = /** @type {Record<symbol, unknown>} */ (globalThis);
global[heldNoticesKey] = notices;

function printNotices() {
	delete global[heldNoticesKey];
	for (const kind of ['warning', 'accounts']) {
		for (const notice of notices.filter((n) => n.kind === kind)) console.log(`\n${notice.text}`);
	}
}

try {
	const { server } = await import('../build/index.js');
	// After adapter-node's own "Listening on", which it prints once the port is open.
	if (!server.server.listening) await once(server.server, 'listening');
} catch (error) {
	// A start that failed after seeding must still show the passwords: they exist nowhere else.
	printNotices();
	throw error;
}
console.log(`Cùng Làm đang chạy tại / is running at http://localhost:${process.env.PORT}`);
printNotices();
