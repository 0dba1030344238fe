import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import superjson from 'superjson';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { eq } from 'drizzle-orm';
import { getProcedure } from '$testing/procedures/catalogue';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import type { SessionUser } from '../auth/session';
import { seedDemoData } from '../db/seed';
import { syncFailures } from '../db/schema';
import { coachingSyncHandlers } from '../sync/coaching-handlers';
import { appSyncHandlers } from '../sync/dossier-handlers';
import { withUploadedAttachments } from '$testing/server/attachments';
import { seededUser } from '$testing/server/officer';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedProvinces } from '../units/import-units';
import { appRouter } from './root';
import { createSyncRouter } from './routers/sync.router';
import { createCallerFactory } from './trpc';

/**
 * Issue 14: NUL, lone surrogates and control characters in any text input are a 4xx with a code
 * (or, in a push, a refusal of that entry), never a 500 from PostgreSQL.
 */
const hostile = ['\u0000', '\ud800', '\udc00', '\u0085', '\u202E'];

describe('text hygiene at the tRPC boundary', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let officer: SessionUser;
	let manager: SessionUser;
	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedDemoData(handle.db, 'mat-khau-thu');
		await seedProvinces(handle.db);
		officer = await seededUser(handle.db, 'officer');
		manager = await seededUser(handle.db, 'manager');
	});
	afterAll(() => handle.dispose());

	/** Over HTTP, as a browser or an attacker calls it: the status and the app code. */
	async function call(path: string, input: unknown, user: SessionUser | null = null) {
		const json = JSON.stringify(superjson.serialize(input));
		const query = path === 'officer.inbox';
		const url = `http://localhost/api/trpc/${path}`;
		const req = query
			? new Request(`${url}?input=${encodeURIComponent(json)}`)
			: new Request(url, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: json
				});
		const response = await fetchRequestHandler({
			endpoint: '/api/trpc',
			req,
			router: appRouter,
			createContext: () => testContext(handle, { user })
		});
		const body = (await response.json()) as {
			result?: { data: { json: unknown } };
			error?: { json: { data: { appCode: string } } };
		};
		return {
			status: response.status,
			appCode: body.error?.json.data.appCode,
			data: body.result?.data.json
		};
	}

	it.each(hostile)('auth.login refuses %j in the username with invalid_text', async (bad) => {
		const result = await call('auth.login', { username: `canbo.demo${bad}`, password: 'x' });
		expect(result).toMatchObject({ status: 400, appCode: 'invalid_text' });
	});

	it.each(hostile)('officer.inbox refuses %j in the code or the procedure id', async (bad) => {
		for (const input of [{ code: `CL${bad}` }, { procedureId: `dang-ky${bad}` }]) {
			const result = await call('officer.inbox', input, officer);
			expect(result).toMatchObject({ status: 400, appCode: 'invalid_text' });
		}
	});

	it.each(hostile)('users.createVolunteer refuses %j in the display name', async (bad) => {
		const input = { username: 'tnv.moi', displayName: `Lan${bad}`, password: 'mot-mat-khau-dai' };
		const result = await call('users.createVolunteer', input, manager);
		expect(result).toMatchObject({ status: 400, appCode: 'invalid_text' });
	});

	it('users.createVolunteer stores the display name cleaned', async () => {
		const input = {
			username: 'tnv.sach',
			displayName: 'Nguye\u0302\u0303n\u200B Lan',
			password: 'mot-mat-khau-dai'
		};
		const result = await call('users.createVolunteer', input, manager);
		expect(result.status).toBe(200);
		expect(result.data).toMatchObject({ displayName: 'Nguyễn Lan' });
	});

	const definition = getProcedure('dang-ky-khai-sinh')!;
	const checked = validateApplication(definition, definition.sampleCase, { today: '2026-11-20' });
	if (!checked.ok) throw new Error('sample case does not validate');
	const application = checked.application;
	const withChild = (changes: Record<string, unknown>) => ({
		...application,
		answers: { ...application.answers, child: { ...application.answers.child, ...changes } }
	});
	const withStreet = (street: string) => ({
		...application,
		answers: {
			...application.answers,
			contact: {
				...application.answers.contact,
				address: { ...(application.answers.contact?.address as object), street }
			}
		}
	});

	it.each(hostile)('procedures.validate refuses %j in an answer or a block part', async (bad) => {
		for (const input of [
			withChild({ placeOfBirth: `Bệnh viện${bad}` }),
			withStreet(`Số 12${bad}`),
			{ ...application, procedureId: `dang-ky-khai-sinh${bad}` }
		]) {
			const result = await call('procedures.validate', input);
			expect(result).toMatchObject({ status: 400, appCode: 'invalid_text' });
		}
	});

	it('procedures.validate reports a tab in a one-line answer at its field', async () => {
		const result = await call('procedures.validate', withChild({ placeOfBirth: 'Bệnh\tviện' }));
		expect(result.status).toBe(200);
		expect(result.data).toMatchObject({
			ok: false,
			issues: expect.arrayContaining([
				expect.objectContaining({
					fieldId: 'placeOfBirth',
					issue: expect.objectContaining({ code: 'text_invalid_characters' })
				})
			])
		});
	});

	it('sync.push refuses each poisoned entry and applies the next one', async () => {
		const at = new Date('2026-11-20T03:00:00Z');
		const caller = createCallerFactory(
			createSyncRouter({ ...appSyncHandlers, ...coachingSyncHandlers }, () => at)
		)(testContext(handle));
		const good = await withUploadedAttachments(handle.db, application);
		const submit = (payload: unknown, kind = 'dossier.submit') => ({ kind, payload });
		const clientId = randomUUID();
		const entries = [
			submit({ ...withChild({ placeOfBirth: 'Bệnh viện\u0000' }), clientReference: 'L-1' }),
			submit({ ...withChild({ placeOfBirth: 'Bệnh viện\ud800' }), clientReference: 'L-2' }),
			submit({ ...good, clientReference: 'L-3\u0000' }),
			submit({ ...good, clientReference: 'L-4' }, 'dossier.submit\u0000'),
			submit({ ...good, clientReference: 'L-5' })
		].map((entry, i) => ({ id: i + 1, ...entry }));
		const pushed = await caller.push({ clientId, mutations: entries });
		expect(pushed.lastMutationId).toBe(5);
		expect(pushed.results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
			'invalid_input',
			'invalid_input',
			'invalid_input',
			'invalid_input',
			'ok'
		]);
		const failures = await handle.db
			.select()
			.from(syncFailures)
			.where(eq(syncFailures.clientId, clientId));
		expect(failures.map((f) => f.mutationId).sort()).toEqual([1, 2, 3, 4]);
		expect(failures.find((f) => f.mutationId === 4)?.kind).toBe('dossier.submit\uFFFD');
	});

	it('sync.push over HTTP answers a refusal, not a 500, for NUL in an answer', async () => {
		const payload = { ...withChild({ placeOfBirth: '\u0000' }), clientReference: 'L-9' };
		const mutations = [{ id: 1, kind: 'dossier.submit', payload }];
		const result = await call('sync.push', { clientId: randomUUID(), mutations });
		expect(result.status).toBe(200);
		expect(result.data).toMatchObject({
			lastMutationId: 1,
			results: [{ id: 1, ok: false, reason: 'invalid_input' }]
		});
	});
});
