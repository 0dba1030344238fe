import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { testSupportGuard } from './scripts/test-support-guard.js';

export default defineConfig({
	plugins: [sveltekit(), testSupportGuard()],
	test: {
		// Vitest's default leaves one core to its main process, i.e. one worker on the 2-core CI
		// machine; the main process mostly waits, and two workers take the suite from 220 s to 145 s.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		projects: [
			{
				extends: true,
				test: {
					name: 'domain',
					environment: 'node',
					// The receipt specs read PDFs back with pdftoppm and zbarimg: seconds on a busy
					// 2-core machine, where the 5 s default failed once.
					testTimeout: 30_000,
					include: [
						'src/lib/domain/**/*.spec.ts',
						'src/lib/i18n/**/*.spec.ts',
						'src/lib/receipts/**/*.spec.ts',
						'src/lib/errors/**/*.spec.ts',
						'src/testing/**/*.spec.ts'
					]
				}
			},
			{
				extends: true,
				test: {
					// Browser modules whose logic runs in Node too: WebCrypto is global there, and
					// fake-indexeddb stands in for IndexedDB (real IndexedDB is tested in Chromium).
					name: 'client',
					environment: 'node',
					include: ['src/lib/client/**/*.spec.ts'],
					setupFiles: ['fake-indexeddb/auto']
				}
			},
			{
				extends: true,
				test: {
					name: 'server',
					environment: 'node',
					include: [
						'src/lib/server/**/*.spec.ts',
						'scripts/**/*.spec.ts',
						'tests/fuzz/**/*.spec.ts'
					],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
