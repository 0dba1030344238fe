import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { serverSettings } from '../../db/schema';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { appRouter, createCaller } from '../root';

describe('system.health through the real router', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(() => handle.dispose());

	it('reports the database kind and the migration level', async () => {
		const health = await createCaller(testContext(handle)).system.health();
		expect(health.status).toBe('ok');
		expect(health.database).toBe(process.env.DATABASE_URL ? 'postgresql' : 'pglite');
		expect(health.migrations).toBeGreaterThanOrEqual(1);
	});

	it('names the receiving office: the demo ward until an administrator sets it', async () => {
		const caller = createCaller(testContext(handle));
		expect((await caller.system.office()).name).toBe('Ủy ban nhân dân phường Ba Đình');
		const office = { name: 'Ủy ban nhân dân phường Hoàn Kiếm', parent: 'Thành phố Hà Nội' };
		await handle.db.insert(serverSettings).values({ key: 'office', value: office });
		expect(await caller.system.office()).toEqual(office);
		await handle.db.delete(serverSettings).where(eq(serverSettings.key, 'office'));
	});

	it('answers over HTTP as tRPC with superjson', async () => {
		const { fetchRequestHandler } = await import('@trpc/server/adapters/fetch');
		const response = await fetchRequestHandler({
			endpoint: '/api/trpc',
			req: new Request('http://localhost/api/trpc/system.health'),
			router: appRouter,
			createContext: () => testContext(handle)
		});
		expect(response.status).toBe(200);
		const body = (await response.json()) as { result: { data: { json: { database: string } } } };
		expect(body.result.data.json.database).toBe(handle.kind);
	});
});
