import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer boundaries hold because `npm run check` lints with them: each fixture below breaks
 * one, linted with the real config as if it were a file of the project (existing paths, so the
 * type-aware parser finds them in the tsconfig), and must be reported; clean code must not.
 */
const root = path.resolve(import.meta.dirname, '..');
let eslint: ESLint;

const boundaryRules = new Set([
	'no-restricted-imports',
	'@typescript-eslint/no-restricted-imports',
	'no-restricted-syntax'
]);

beforeAll(() => {
	eslint = new ESLint({
		cwd: root,
		overrideConfigFile: path.join(root, 'scripts/eslint.config.js'),
		// Only the boundary rules, which need no types: the parser then builds no TypeScript
		// program per fixture (seconds each); `npm run check` lints with every rule.
		ruleFilter: ({ ruleId }) => boundaryRules.has(ruleId),
		overrideConfig: [
			{
				files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
				languageOptions: { parserOptions: { projectService: false, project: null } }
			}
		]
	});
});

/** The boundary errors ESLint reports for `code` placed at `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
	const messages = result?.messages ?? [];
	// A fixture that does not parse would pass silently: fail instead.
	expect(messages.filter((m) => m.fatal)).toEqual([]);
	return messages
		.filter((m) => m.severity === 2 && m.ruleId !== null && boundaryRules.has(m.ruleId))
		.map((m) => m.message);
}

const use = (name: string) => `\nexport const used = typeof ${name};\n`;

describe('layer boundaries (scripts/eslint-boundaries.js)', { timeout: 180_000 }, () => {
	const domainFile = 'src/lib/domain/text/money.ts';

	it('domain imports no framework', async () => {
		for (const source of ['$app/navigation', 'svelte', 'dexie', 'drizzle-orm', '@trpc/client']) {
			const errors = await boundaryErrors(domainFile, `import * as x from '${source}';${use('x')}`);
			expect(errors, source).toHaveLength(1);
			expect(errors[0]).toContain('src/lib/domain');
		}
	});

	it('domain imports no client, server or receipts code, by alias or by relative path', async () => {
		for (const source of [
			'$lib/client/errors',
			'$lib/server/db/client',
			'$lib/receipts',
			'../../client/errors',
			'../../server/memo'
		]) {
			const errors = await boundaryErrors(domainFile, `import * as x from '${source}';${use('x')}`);
			expect(errors, source).toHaveLength(1);
		}
	});

	it('domain may import the domain and plain libraries', async () => {
		const code = `import { z } from 'zod';\nimport { toNfc } from './normalize';\nimport type { IsoDate } from '$lib/domain/calendar/iso-date';\nexport const s = z.string().transform(toNfc);\nexport type D = IsoDate;\n`;
		expect(await boundaryErrors(domainFile, code)).toEqual([]);
	});

	it('server modules never import a router; the tRPC layer may', async () => {
		const viaRelative = `import { proceduresRouter } from '../trpc/routers/procedures.router';${use('proceduresRouter')}`;
		const errors = await boundaryErrors('src/lib/server/dossiers/accept-dossier.ts', viaRelative);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain('never import a router');
		const viaAlias = `import { proceduresRouter } from '$lib/server/trpc/routers/procedures.router';${use('proceduresRouter')}`;
		expect(await boundaryErrors('src/lib/server/sync/push.ts', viaAlias)).toHaveLength(1);
		// A spec outside trpc/ neither: one that drives a router lives beside the routers.
		expect(await boundaryErrors('src/lib/server/sync/push.spec.ts', viaAlias)).toHaveLength(1);
		expect(
			await boundaryErrors('src/lib/server/trpc/routers/officer-ward-scope.spec.ts', viaAlias)
		).toEqual([]);
		const fromRoot = `import { proceduresRouter } from './routers/procedures.router';${use('proceduresRouter')}`;
		expect(await boundaryErrors('src/lib/server/trpc/root.ts', fromRoot)).toEqual([]);
	});

	it('routers run no query: no drizzle-orm or tables at run time, types allowed', async () => {
		const router = 'src/lib/server/trpc/routers/users.router.ts';
		for (const source of [
			'drizzle-orm',
			'drizzle-orm/pg-core',
			'../../db/schema',
			'$lib/server/db/client'
		]) {
			const errors = await boundaryErrors(router, `import * as x from '${source}';${use('x')}`);
			expect(errors, source).toHaveLength(1);
			expect(errors[0]).toContain('Routers run no query');
		}
		const query = `import { eq } from 'drizzle-orm';\nimport { users } from '../../db/schema';\nexport const where = eq(users.id, 'x');\n`;
		expect(await boundaryErrors(router, query)).toHaveLength(2);
		const types = `import type { SQL } from 'drizzle-orm';\nimport type { Database } from '../../db/client';\nexport type T = [SQL, Database];\n`;
		expect(await boundaryErrors(router, types)).toEqual([]);
		// A service may, and so may a router's spec (it sets up rows as a test would).
		expect(
			await boundaryErrors(
				'src/lib/server/users/staff-accounts.ts',
				query.replace('../../db', '../db')
			)
		).toEqual([]);
		expect(await boundaryErrors('src/lib/server/trpc/routers/users.router.spec.ts', query)).toEqual(
			[]
		);
	});

	it('the client imports server code only as types', async () => {
		const file = 'src/lib/client/sync/sync-pass.ts';
		const value = `import { applyPush } from '$lib/server/sync/push';${use('applyPush')}`;
		const errors = await boundaryErrors(file, value);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain('only as types');
		const types = `import type { PushResult } from '$lib/server/sync/push';\nexport type R = PushResult;\n`;
		expect(await boundaryErrors(file, types)).toEqual([]);
		const component = `<script lang="ts">\n\timport { hashPassword } from '$lib/server/auth/password';\n\tconsole.log(hashPassword);\n</script>\n`;
		expect(
			await boundaryErrors('src/lib/components/drafts/ContinueAtHome.svelte', component)
		).toHaveLength(1);
	});

	it('routes and components never import the tRPC client, statically or lazily', async () => {
		const page = 'src/routes/can-bo/+page.svelte';
		const lazy = `<script lang="ts">\n\tconst load = () => import('$lib/client/trpc');\n\tconsole.log(load);\n</script>\n`;
		expect(await boundaryErrors(page, lazy)).toHaveLength(1);
		const eager = `<script lang="ts">\n\timport { api } from '$lib/client/trpc';\n\tconsole.log(api);\n</script>\n`;
		expect(await boundaryErrors(page, eager)).toHaveLength(1);
		const component = `import { api } from '../../client/trpc';${use('api')}`;
		expect(await boundaryErrors('src/lib/components/wizard/field-ids.ts', component)).toHaveLength(
			1
		);
		// Client modules are the layer that may.
		const service = `import { api } from '../trpc';${use('api')}`;
		expect(await boundaryErrors('src/lib/client/officer/officer.service.ts', service)).toEqual([]);
	});

	it('routes and components call client services, never api() itself', async () => {
		const page = 'src/routes/tra-cuu/+page.svelte';
		const eager = `<script lang="ts">\n\timport { api } from '$lib/client/api';\n\tconsole.log(api);\n</script>\n`;
		const errors = await boundaryErrors(page, eager);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain('client service');
		const lazy = `<script lang="ts">\n\tconst load = () => import('$lib/client/api');\n\tconsole.log(load);\n</script>\n`;
		expect(await boundaryErrors(page, lazy)).toHaveLength(1);
		const relative = `import { api } from '../../client/api';${use('api')}`;
		expect(
			await boundaryErrors('src/lib/components/practice/staff-check.ts', relative)
		).toHaveLength(1);
		// A service is what a view imports instead; services themselves call api().
		const viaService = `<script lang="ts">\n\timport { whoAmI } from '$lib/client/auth/auth.service';\n\tconsole.log(whoAmI);\n</script>\n`;
		expect(await boundaryErrors(page, viaService)).toEqual([]);
		const inService = `import { api } from '../api';${use('api')}`;
		expect(await boundaryErrors('src/lib/client/shifts/shifts.service.ts', inService)).toEqual([]);
	});

	it('receipts, texts and error codes import no client or server code', async () => {
		const code = `import { loadNodeFonts } from '$lib/server/receipts/node-fonts';${use('loadNodeFonts')}`;
		expect(await boundaryErrors('src/lib/receipts/blocks.ts', code)).toHaveLength(1);
		const client = `import { t } from '../client/state/preferences.svelte';${use('t')}`;
		expect(await boundaryErrors('src/lib/errors/app-error.ts', client)).toHaveLength(1);
	});
	it('production code never imports test support, by alias or by relative path', async () => {
		const database = `import { openTestDatabase } from '$testing/server/database';${use('openTestDatabase')}`;
		for (const file of [
			'src/lib/server/sync/push.ts',
			'src/lib/server/trpc/routers/officer.router.ts',
			'src/lib/client/sync/sync-pass.ts',
			'src/lib/domain/text/money.ts',
			'src/lib/receipts/blocks.ts',
			'src/hooks.server.ts'
		]) {
			const errors = await boundaryErrors(file, database);
			expect(errors, file).toHaveLength(1);
			expect(errors[0], file).toContain('Test support');
		}
		const relative = `import { sampleReceipt } from '../../../testing/receipts/sample-documents';${use('sampleReceipt')}`;
		expect(await boundaryErrors('src/lib/client/printing/browser-fonts.ts', relative)).toHaveLength(
			1
		);
		const page = `<script lang="ts">\n\timport { sampleReceipt } from '$testing/receipts/sample-documents';\n\tconsole.log(sampleReceipt);\n</script>\n`;
		expect(await boundaryErrors('src/routes/can-bo/+page.svelte', page)).toHaveLength(1);
		expect(
			await boundaryErrors('src/lib/components/drafts/ContinueAtHome.svelte', page)
		).toHaveLength(1);
	});

	it('production code never loads test support lazily either', async () => {
		const lazy = `export const keys = () => import('$testing/client/vault-keys');\n`;
		for (const file of ['src/lib/client/vault/pin-key.ts', 'src/lib/domain/text/money.ts']) {
			const errors = await boundaryErrors(file, lazy);
			expect(errors, file).toHaveLength(1);
			expect(errors[0], file).toContain('Test support');
		}
		// A view keeps its tRPC rule beside it.
		const page = `<script lang="ts">\n\tconst keys = () => import('../../testing/client/vault-keys');\n\tconst trpc = () => import('$lib/client/trpc');\n\tconsole.log(keys, trpc);\n</script>\n`;
		expect(await boundaryErrors('src/routes/can-bo/+page.svelte', page)).toHaveLength(2);
		expect(
			await boundaryErrors('src/lib/client/vault/cipher.spec.ts', lazy.replace('keys', 'k'))
		).toEqual([]);
	});

	it('a layer keeps its own boundaries beside the test-support rule', async () => {
		const both = `import { openTestDatabase } from '$testing/server/database';\nimport { errorCodeOf } from '$lib/client/errors';\nexport const used = [typeof openTestDatabase, typeof errorCodeOf];\n`;
		const errors = await boundaryErrors('src/lib/domain/text/money.ts', both);
		expect(errors).toHaveLength(2);
		expect(errors.some((e) => e.includes('Test support'))).toBe(true);
		expect(errors.some((e) => e.includes('src/lib/domain'))).toBe(true);
		const router = `import { proceduresRouter } from '$lib/server/trpc/routers/procedures.router';\nimport { failure } from '$testing/server/failure';\nexport const used = [typeof proceduresRouter, typeof failure];\n`;
		expect(await boundaryErrors('src/lib/server/sync/push.ts', router)).toHaveLength(2);
	});

	it('specs, and the test support itself, may import test support', async () => {
		const database = `import { openTestDatabase } from '$testing/server/database';${use('openTestDatabase')}`;
		expect(await boundaryErrors('src/lib/server/sync/push.spec.ts', database)).toEqual([]);
		expect(await boundaryErrors('src/lib/client/sync/sync-pass.spec.ts', database)).toEqual([]);
		const definition = `import { testDefinition } from '$testing/domain/procedure-definition';${use('testDefinition')}`;
		const domainSpec = 'src/lib/domain/procedures/procedure.schema.spec.ts';
		expect(await boundaryErrors(domainSpec, definition)).toEqual([]);
		// A domain spec is still held to the domain's own boundaries.
		const client = `import { errorCodeOf } from '$lib/client/errors';${use('errorCodeOf')}`;
		expect(await boundaryErrors(domainSpec, client)).toHaveLength(1);
		const helper = `import { openTestDatabase } from './database';\nimport { failure } from '$testing/server/failure';\nexport const used = [typeof openTestDatabase, typeof failure];\n`;
		expect(await boundaryErrors('src/testing/server/officer.ts', helper)).toEqual([]);
	});
});
