// Test support (src/testing: throw-away databases, fake files, sample documents, fast keys) must
// never reach a build: the browser would ship it and the server would carry it. The lint rule in
// eslint-boundaries.js stops a production file importing it; this Vite plugin is the net behind
// it, failing `vite build` (client and server alike) when any chunk contains one of its modules,
// however it got there (a dynamic import, a re-export, a helper that moved).
import path from 'node:path';

/** The folder of the test support, as the kit alias `$testing` names it (svelte.config.js). */
export const testSupportDir = path.resolve(import.meta.dirname, '../src/testing');

/**
 * @param {string} [dir] the folder whose modules must stay out of the build
 * @returns {import('vite').Plugin}
 */
export function testSupportGuard(dir = testSupportDir) {
	const inside = (/** @type {string} */ id) => {
		// Virtual modules start with \0; queries (?worker, ?url) follow the path.
		const file = id.replace(/^\0/, '').split('?')[0] ?? '';
		const relative = path.relative(dir, file);
		return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
	};
	return {
		name: 'cunglam:test-support-guard',
		apply: 'build',
		generateBundle(_options, bundle) {
			const leaks = [];
			for (const output of Object.values(bundle)) {
				if (output.type !== 'chunk') continue;
				for (const id of output.moduleIds.filter(inside)) {
					leaks.push(`${output.fileName} ← ${path.relative(process.cwd(), id)}`);
				}
			}
			if (leaks.length) {
				this.error(
					`Test support reached the build (import it only from specs, bench/ and tests/):\n${leaks.join('\n')}`
				);
			}
		}
	};
}
