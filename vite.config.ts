import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { testSupportGuard } from './scripts/test-support-guard.js';

export default defineConfig({
	plugins: [sveltekit(), testSupportGuard()],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'domain',
					environment: 'node',
					include: [
						'src/lib/domain/**/*.spec.ts',
						'src/lib/i18n/**/*.spec.ts',
						'src/lib/receipts/**/*.spec.ts',
						'src/lib/errors/**/*.spec.ts'
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
