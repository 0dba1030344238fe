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

/** Server code and generated or test-only files that run in Node, never in the browser. */
const serverSide = ['**/*.server.ts', 'src/routes/**/+server.ts', '**/*.spec.ts'];

export const boundaries = [
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
		// Routers are the outside of the server; tests may drive a router as a client would.
		ignores: ['src/lib/server/trpc/**', '**/*.spec.ts'],
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
