import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ out: 'build' }),
		// One HTML shell serves every route (the service worker falls back to it offline),
		// so asset paths must not depend on the page's depth.
		paths: { relative: false },
		// workbox-window registers the worker so that updates wait for the user's choice.
		serviceWorker: { register: false },
		// Test support (database, contexts, sample documents…) lives outside src/lib, where no
		// route, hook or worker imports it, so the build never sees it; specs, bench/ and
		// tests/ reach it as `$testing/…` (Vite, svelte-check and tsx read this alias).
		alias: { $testing: 'src/testing' },
		typescript: {
			// Benchmarks and scripts are type-checked like the app.
			config: (tsconfig) => {
				tsconfig.include.push('../bench/**/*.ts', '../scripts/**/*.ts');
			}
		}
	}
};

export default config;
