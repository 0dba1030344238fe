import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
					name: 'server',
					environment: 'node',
					include: ['src/lib/server/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
