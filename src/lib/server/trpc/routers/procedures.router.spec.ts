import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import superjson from 'superjson';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { procedures } from '$testing/procedures/catalogue';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedProvinces } from '../../units/import-units';
import { appRouter } from '../root';

type Body = {
	result: {
		data: {
			json: { ok: boolean; issues: { fieldId: string; path?: string; issue: { code: string } }[] };
		};
	};
	error: { json: { data: { appCode: string } } };
};
type Sample = Record<string, Record<string, { personalId?: string }>>;

describe('procedures.validate', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
	});
	afterAll(() => handle.dispose());

	// Over HTTP, as the browser calls it: the input schema must not alter the answers.
	const call = async (input: unknown) => {
		const response = await fetchRequestHandler({
			endpoint: '/api/trpc',
			req: new Request('http://localhost/api/trpc/procedures.validate', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(superjson.serialize(input))
			}),
			router: appRouter,
			createContext: () => testContext(handle)
		});
		return { status: response.status, body: (await response.json()) as Body };
	};

	it.each(procedures.map((p) => [p.id, p] as const))(
		'accepts the clean application the browser sends for %s',
		async (_id, definition) => {
			const local = validateApplication(definition, definition.sampleCase);
			expect(local.ok).toBe(true);
			if (!local.ok) return;
			const { status, body } = await call(local.application);
			expect(status).toBe(200);
			expect(body.result.data.json).toMatchObject({ ok: true });
		}
	);

	it('refuses an invalid application with the same issues as the browser', async () => {
		const definition = procedures.find((p) => p.id === 'dang-ky-khai-sinh')!;
		const answers = structuredClone(definition.sampleCase!) as Sample;
		answers.requester!.person!.personalId = '001095004321';
		const { body } = await call({
			procedureId: definition.id,
			procedureVersion: definition.version,
			answers
		});
		const result = body.result.data.json;
		expect(result.ok).toBe(false);
		expect(result.issues.map((i) => `${i.fieldId}.${i.path}:${i.issue.code}`)).toEqual(
			validateApplication(definition, answers).issues.map(
				(i) => `${i.fieldId}.${i.path}:${i.issue.code}`
			)
		);
	});

	it('answers an unknown procedure or version with a clear code, not a 500', async () => {
		for (const input of [
			{ procedureId: 'khong-co', procedureVersion: 1, answers: {} },
			{ procedureId: 'dang-ky-khai-sinh', procedureVersion: 99, answers: {} }
		]) {
			const { status, body } = await call(input);
			expect(status).toBe(404);
			expect(body.error.json.data.appCode).toBe('unknown_procedure');
		}
	});

	it('answers malformed answers with 400 invalid_input', async () => {
		const { status, body } = await call({
			procedureId: 'dang-ky-khai-sinh',
			procedureVersion: 1,
			answers: { '../x': 3 }
		});
		expect(status).toBe(400);
		expect(body.error.json.data.appCode).toBe('invalid_input');
	});
});
