// The layers of src/ as lint rules (STYLE.md, "Layout"): a newcomer learns each boundary from
// the first `npm run check` rather than from a review. scripts/eslint-boundaries.spec.ts lints a
// violation of each one with the real config and expects an error.

/** `$lib/<layer>…` or a relative path climbing to `<layer>/…`. */
function layer(names, message) {
	const alternatives = names.join('|');
	return [
		{ regex: `^\\$lib/(${alternatives})(/|$)`, message },
		{ regex: `^(\\.\\./)+(${alternatives})(/|$)`, message }
	];
}

const domainMessage =
	'src/lib/domain is plain TypeScript shared by the browser, the server and Node: no framework, no client/server/receipts code.';

/** Frameworks and storage that tie code to one runtime. */
const frameworks = [
	{
		regex: '^\\$(app|env|service-worker)(/|$)',
		message: domainMessage
	},
	{
		regex:
			'^(svelte|@sveltejs/[^/]+|dexie|drizzle-orm|@trpc/[^/]+|@electric-sql/[^/]+|postgres)(/|$)',
		message: domainMessage
	}
];

const tRpcClientMessage =
	'Routes and components reach the server through a client service ($lib/client/<domain>/<domain>.service.ts), not $lib/client/trpc or $lib/client/api.';

const routerQueryMessage =
	'Routers run no query: move the SQL into a service under src/lib/server/<domain>/ and pass it ctx.db (types may be imported with `import type`).';

/** Server code and generated or test-only files that run in Node, never in the browser. */
const serverSide = ['**/*.server.ts', 'src/routes/**/+server.ts', '**/*.spec.ts'];

const layers = [
	{
		name: 'boundaries/domain',
		files: ['src/lib/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...frameworks,
						...layer(['client', 'server', 'components', 'receipts', 'routes'], domainMessage)
					]
				}
			]
		}
	},
	{
		// Code both sides run: the printed documents, the texts, the error codes.
		name: 'boundaries/shared',
		files: ['src/lib/receipts/**/*.ts', 'src/lib/i18n/**/*.ts', 'src/lib/errors/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: layer(
						['client', 'server', 'components', 'routes'],
						'Receipts, i18n and errors are shared by the browser and Node: no client or server code.'
					)
				}
			]
		}
	},
	{
		name: 'boundaries/server',
		files: ['src/lib/server/**/*.ts'],
		// Routers are the outside of the server. A spec that drives a router as a client would
		// lives beside the routers (trpc/routers/*.spec.ts), so this holds for specs too.
		ignores: ['src/lib/server/trpc/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^|/)trpc/routers(/|$)',
							message:
								'Services never import a router: move what both need into src/lib/domain or a server module.'
						},
						...layer(
							['client', 'components'],
							'Server code does not import browser code: move what both need into src/lib/domain.'
						)
					]
				}
			]
		}
	},
	{
		// A router holds the zod input, the roles and one call into src/lib/server/<domain>/:
		// no query of its own, so no drizzle-orm and no tables at run time (types are fine).
		name: 'boundaries/routers-run-no-queries',
		files: ['src/lib/server/trpc/routers/**/*.ts'],
		ignores: ['**/*.spec.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^drizzle-orm(/|$)',
							allowTypeImports: true,
							message: routerQueryMessage
						},
						{
							// `../../db`, `../../db/schema`, `$lib/server/db/client`…
							regex: '(^|/)db(/|$)',
							allowTypeImports: true,
							message: routerQueryMessage
						}
					]
				}
			]
		}
	},
	{
		name: 'boundaries/client-imports-server-types-only',
		files: [
			'src/lib/client/**/*.ts',
			'src/lib/components/**/*.{ts,svelte}',
			'src/routes/**/*.{ts,svelte}'
		],
		ignores: serverSide,
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\$lib/|(\\.\\./)+)server(/|$)',
							allowTypeImports: true,
							message: 'The browser imports server code only as types (`import type`).'
						}
					]
				}
			]
		}
	},
	{
		name: 'boundaries/no-trpc-in-views',
		files: ['src/lib/components/**/*.{ts,svelte}', 'src/routes/**/*.{ts,svelte}'],
		ignores: serverSide,
		rules: {
			'no-restricted-imports': [
				'error',
				{
					// `$lib/client/trpc` or `$lib/client/api`, or a relative path to either.
					patterns: [{ regex: '(^|/)client/(trpc|api)$', message: tRpcClientMessage }]
				}
			],
			// `import('$lib/client/trpc')` too: no-restricted-imports sees only static imports.
			'no-restricted-syntax': [
				'error',
				{
					selector: 'ImportExpression[source.value=/client.(trpc|api)$/]',
					message: tRpcClientMessage
				}
			]
		}
	}
];

const testSupportMessage =
	'Test support ($testing, src/testing) is for specs, bench/ and tests/ only: production code must not import it.';

/** `$testing/…`, or a relative path climbing to `testing/…` or `src/testing/…`. */
const testSupport = [
	{ regex: '^\\$testing(/|$)', message: testSupportMessage },
	{ regex: '^(\\.\\./)+(src/)?testing(/|$)', message: testSupportMessage }
];

/** Every file under src/ that a build may bundle: not a spec, not the test support itself. */
const production = {
	files: ['src/**/*.{ts,js,svelte}'],
	ignores: ['**/*.spec.ts', 'src/testing/**']
};

/** no-restricted-imports sees only static imports: `import('$testing/…')` too. */
const lazyTestSupport = {
	// esquery ends a regex at any '/', even escaped: \x2F stands for it.
	selector:
		'ImportExpression[source.value=/^(\\$testing|(\\.\\.\\x2F)+(src\\x2F)?testing)(\\x2F|$)/]',
	message: testSupportMessage
};

/** A layer's import rules with the test-support ones added (none: only those). */
function noTestSupport(rules = {}) {
	const patterns = rules['no-restricted-imports']?.[1].patterns ?? [];
	const selectors = rules['no-restricted-syntax']?.slice(1) ?? [];
	return {
		'no-restricted-imports': ['error', { patterns: [...patterns, ...testSupport] }],
		'no-restricted-syntax': ['error', ...selectors, lazyTestSupport]
	};
}

// A later flat-config block that sets a rule replaces an earlier block's options for the files
// both match, so each layer's import rules are repeated together with the test-support ones for
// its production files, after the layer itself (its specs keep the layer's rules alone and may
// import test support).
const withoutTestSupport = (layer) => ({
	name: `${layer.name}/no-test-support`,
	files: layer.files,
	ignores: [...(layer.ignores ?? []), ...production.ignores],
	rules: noTestSupport(layer.rules)
});

export const boundaries = [
	{ name: 'boundaries/no-test-support', ...production, rules: noTestSupport() },
	...layers,
	...layers
		.filter((layer) => layer.rules['no-restricted-imports'] || layer.rules['no-restricted-syntax'])
		.map(withoutTestSupport)
];
