import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 15: a newcomer finds the owner of a behaviour by its name. Each router
 * (`trpc/routers/<name>.router.ts`) holds inputs and roles only; its services live in
 * `src/lib/server/<name>/`, which must exist.
 */
const server = path.resolve(import.meta.dirname, '..');
const routers = readdirSync(path.join(server, 'trpc/routers'))
	.filter((file) => file.endsWith('.router.ts'))
	.map((file) => file.slice(0, -'.router.ts'.length));

describe('router folders', () => {
	it('finds the routers', () => {
		expect(routers).toContain('users');
		expect(routers.length).toBeGreaterThanOrEqual(16);
	});

	it.each(routers)('%s has a service folder of the same name', (name) => {
		const folder = path.join(server, name);
		expect(existsSync(folder) && statSync(folder).isDirectory(), `src/lib/server/${name}/`).toBe(
			true
		);
	});
});
