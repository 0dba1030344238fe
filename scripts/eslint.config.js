// ESLint flat config. Lives in scripts/ to keep the top level as the brief lists it;
// `npm run check` passes it with --config.
import path from 'node:path';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from '../svelte.config.js';
import { boundaries } from './eslint-boundaries.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'data/',
			'drizzle/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// Types are checked by svelte-check / tsc; this rule misfires on type-only globals.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				// The service worker has its own lib (webworker), so SvelteKit leaves it out of tsconfig.
				projectService: { allowDefaultProject: ['src/service-worker.ts'] },
				tsconfigRootDir: path.resolve(import.meta.dirname, '..'),
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// A dropped promise loses a write or an error: both matter for drafts and sync.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			// Links go through the typed builders in $lib/routes, which call resolve() themselves.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	...boundaries
);
