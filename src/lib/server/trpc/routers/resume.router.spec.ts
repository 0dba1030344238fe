import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like, sql } from 'drizzle-orm';
import { rateLimitEvents, resumeDrafts } from '../../db/schema';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { appRouter, createCaller } from '../root';
import { createCallerFactory, createRouter } from '../trpc';
import { addressKey } from '../../rate-limit';
import { createResumeRouter, type ResumeSettings } from './resume.router';
import { failure } from '$testing/server/failure';

type Bundle = { lookupId: string; authToken: string; bytes: Uint8Array; ciphertext: string };

function newBundle(size = 64): Bundle {
	const bytes = new Uint8Array(randomBytes(size));
	return {
		// What the browser derives from the code: the server only ever sees this hash.
		lookupId: createHash('sha256').update(randomBytes(16)).digest('hex'),
		authToken: randomBytes(32).toString('base64url'),
		bytes,
		ciphertext: Buffer.from(bytes).toString('base64')
	};
}

const credentialsOf = ({ lookupId, authToken }: Bundle) => ({ lookupId, authToken });
const wrongToken = () => randomBytes(32).toString('base64url');

describe('resume router', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let nextAddress = 1;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(() => handle.dispose());

	/** Each caller gets its own client address unless one is given, so limits do not leak. */
	const caller = (clientAddress = `198.51.100.${nextAddress++}`) =>
		createCaller(testContext(handle, { clientAddress })).resume;
	const callerWith = (settings: Partial<ResumeSettings>, clientAddress = '192.0.2.200') =>
		createCallerFactory(createRouter({ resume: createResumeRouter(settings) }))(
			testContext(handle, { clientAddress })
		).resume;
	const failuresFor = async (key: string) =>
		(await handle.db.select().from(rateLimitEvents).where(eq(rateLimitEvents.key, key))).length;

	it('hands back exactly the bytes it was given, and stores nothing else', async () => {
		const bundle = newBundle(256 * 1024);
		bundle.bytes.set([0, 255, 0, 128], 0);
		bundle.ciphertext = Buffer.from(bundle.bytes).toString('base64');
		const before = Date.now();
		const { expiresAt } = await caller().store(bundle);
		const days = (expiresAt.getTime() - before) / 86_400_000;
		expect(days).toBeGreaterThan(29.99);
		expect(days).toBeLessThan(30.01);

		const fetched = await caller().fetch(credentialsOf(bundle));
		expect(fetched.ciphertext).toBe(bundle.ciphertext);
		expect(fetched.expiresAt).toEqual(expiresAt);

		const [row] = await handle.db
			.select()
			.from(resumeDrafts)
			.where(eq(resumeDrafts.lookupId, bundle.lookupId));
		expect(row!.ciphertext).toBeInstanceOf(Uint8Array);
		expect(Buffer.from(row!.ciphertext).equals(Buffer.from(bundle.bytes))).toBe(true);
		expect(row!.sizeBytes).toBe(bundle.bytes.length);
		expect(row!.authHash).toBe(createHash('sha256').update(bundle.authToken).digest('hex'));
		// The driver's own view of the column, past the custom type: bytea holding the same bytes.
		const raw = await handle.db.execute<{ hex: string; kind: string }>(
			sql`select encode(ciphertext, 'hex') as hex, pg_typeof(ciphertext)::text as kind
				from resume_drafts where lookup_id = ${bundle.lookupId}`
		);
		const [rawRow] = Array.isArray(raw)
			? (raw as { hex: string; kind: string }[])
			: (raw as unknown as { rows: { hex: string; kind: string }[] }).rows;
		expect(rawRow).toEqual({ hex: Buffer.from(bundle.bytes).toString('hex'), kind: 'bytea' });
		// No column could hold plaintext, the code, the PIN or the token.
		expect(Object.keys(row!).sort()).toEqual([
			'authHash',
			'ciphertext',
			'createdAt',
			'expiresAt',
			'failedAttempts',
			'lockedUntil',
			'lookupId',
			'sizeBytes'
		]);
	});

	it('refuses a wrong token or an unknown code with one error, and counts both', async () => {
		const bundle = newBundle();
		await caller().store(bundle);
		const address = '203.0.113.7';
		expect(
			await failure(caller(address).fetch({ lookupId: bundle.lookupId, authToken: wrongToken() }))
		).toBe('resume_wrong');
		expect(
			await failure(
				caller(address).fetch({ lookupId: newBundle().lookupId, authToken: bundle.authToken })
			)
		).toBe('resume_wrong');
		expect(await failuresFor(`resume:addr:${address}`)).toBe(2);
		expect(await failuresFor(`resume:code:${bundle.lookupId}`)).toBe(1);
		const [row] = await handle.db
			.select({ failedAttempts: resumeDrafts.failedAttempts })
			.from(resumeDrafts)
			.where(eq(resumeDrafts.lookupId, bundle.lookupId));
		expect(row!.failedAttempts).toBe(1);
		// A right answer records nothing and resets nothing.
		await caller(address).fetch(credentialsOf(bundle));
		expect(await failuresFor(`resume:addr:${address}`)).toBe(2);
	});

	it('locks a code after 10 wrong tokens in an hour, even for the right token', async () => {
		const bundle = newBundle();
		const other = newBundle();
		await caller().store(bundle);
		await caller().store(other);
		// Ten different addresses, so that only the per-code limit can apply.
		for (let i = 0; i < 10; i++) {
			expect(
				await failure(
					caller(`10.0.0.${i}`).fetch({ lookupId: bundle.lookupId, authToken: wrongToken() })
				)
			).toBe('resume_wrong');
		}
		const fresh = caller('10.0.1.1');
		expect(await failure(fresh.fetch(credentialsOf(bundle)))).toBe('resume_locked');
		expect(await failure(fresh.remove(credentialsOf(bundle)))).toBe('resume_locked');
		// Refusals are not failures: the lock does not grow while the citizen waits.
		expect(await failuresFor(`resume:code:${bundle.lookupId}`)).toBe(10);
		expect(await failuresFor('resume:addr:10.0.1.1')).toBe(0);
		// Other codes are unaffected, from the same address too.
		expect((await fresh.fetch(credentialsOf(other))).ciphertext).toBe(other.ciphertext);
		const [row] = await handle.db
			.select({ lockedUntil: resumeDrafts.lockedUntil })
			.from(resumeDrafts)
			.where(eq(resumeDrafts.lookupId, bundle.lookupId));
		expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);

		// An hour later the failures have aged out of the window.
		await handle.db
			.update(rateLimitEvents)
			.set({ at: sql`${rateLimitEvents.at} - interval '61 minutes'` })
			.where(eq(rateLimitEvents.key, `resume:code:${bundle.lookupId}`));
		expect((await fresh.fetch(credentialsOf(bundle))).ciphertext).toBe(bundle.ciphertext);
	});

	it('deletes a bundle after 30 wrong guesses in all, however slowly they come', async () => {
		const bundle = newBundle();
		await caller().store(bundle);
		for (let hour = 0; hour < 3; hour++) {
			for (let i = 0; i < 10; i++) {
				await failure(
					caller(`10.3.${hour}.${i}`).fetch({ lookupId: bundle.lookupId, authToken: wrongToken() })
				);
			}
			// The hour passes: the per-hour lock lifts, the lifetime count stays.
			await handle.db
				.update(rateLimitEvents)
				.set({ at: sql`${rateLimitEvents.at} - interval '61 minutes'` })
				.where(eq(rateLimitEvents.key, `resume:code:${bundle.lookupId}`));
		}
		expect(await failure(caller('10.3.9.9').fetch(credentialsOf(bundle)))).toBe('resume_wrong');
		expect(
			await handle.db.select().from(resumeDrafts).where(eq(resumeDrafts.lookupId, bundle.lookupId))
		).toEqual([]);
	});

	it('limits one address to 10 failures an hour, whatever the codes', async () => {
		const bundle = newBundle();
		await caller().store(bundle);
		const address = '2001:db8:aa:bb:1:2:3:4';
		for (let i = 0; i < 10; i++) {
			expect(await failure(caller(address).fetch({ ...credentialsOf(newBundle()) }))).toBe(
				'resume_wrong'
			);
		}
		expect(await failure(caller(address).fetch(credentialsOf(bundle)))).toBe('rate_limited');
		// The same /64 is the same client; another address is not held back.
		expect(await failure(caller('2001:db8:aa:bb::9').fetch(credentialsOf(bundle)))).toBe(
			'rate_limited'
		);
		expect((await caller('2001:db8:aa:cc::9').fetch(credentialsOf(bundle))).ciphertext).toBe(
			bundle.ciphertext
		);
		expect(await failuresFor('resume:addr:2001:db8:aa:bb::/64')).toBe(10);
		// Refused look-ups did not count against the valid code.
		expect(await failuresFor(`resume:code:${bundle.lookupId}`)).toBe(0);
	});

	it('lets no more than 10 of a burst of parallel guesses through', async () => {
		const bundle = newBundle();
		await caller().store(bundle);
		const outcomes = await Promise.all(
			Array.from({ length: 25 }, (_, i) =>
				failure(caller(`10.9.0.${i}`).fetch({ lookupId: bundle.lookupId, authToken: wrongToken() }))
			)
		);
		const wrong = outcomes.filter((o) => o === 'resume_wrong').length;
		expect(wrong).toBeLessThanOrEqual(10);
		expect(outcomes.every((o) => o === 'resume_wrong' || o === 'resume_locked')).toBe(true);
		// Only answered guesses are failures; the refused ones took their records back.
		expect(await failuresFor(`resume:code:${bundle.lookupId}`)).toBe(wrong);
	});

	it('deletes an expired bundle and says so', async () => {
		const bundle = newBundle();
		await caller().store(bundle);
		await handle.db
			.update(resumeDrafts)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(resumeDrafts.lookupId, bundle.lookupId));
		expect(await failure(caller().fetch(credentialsOf(bundle)))).toBe('resume_expired');
		expect(
			await handle.db.select().from(resumeDrafts).where(eq(resumeDrafts.lookupId, bundle.lookupId))
		).toEqual([]);
		expect(await failure(caller().fetch(credentialsOf(bundle)))).toBe('resume_wrong');
	});

	it('keeps bundles as long as the setting says, and purges expired ones on store', async () => {
		const short = callerWith({ keepForMs: 50 });
		const bundle = newBundle();
		const { expiresAt } = await short.store(bundle);
		expect(expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 50);
		await new Promise((resolve) => setTimeout(resolve, 80));
		expect(await failure(short.fetch(credentialsOf(bundle)))).toBe('resume_expired');

		const forgotten = newBundle();
		await short.store(forgotten);
		await new Promise((resolve) => setTimeout(resolve, 80));
		await caller().store(newBundle());
		expect(
			await handle.db
				.select()
				.from(resumeDrafts)
				.where(eq(resumeDrafts.lookupId, forgotten.lookupId))
		).toEqual([]);
	});

	it('refuses a bundle over the size limit', async () => {
		const small = callerWith({ maxBundleBytes: 1000 });
		expect(await failure(small.store(newBundle(1000)))).toBe('none');
		expect(await failure(small.store(newBundle(1001)))).toBe('payload_too_large');
		// The default limit is 20 MB, checked on the encoded length before anything is decoded.
		const tooLong = 'A'.repeat(Math.ceil((20 * 1024 * 1024) / 3) * 4 + 4);
		expect(await failure(caller().store({ ...newBundle(), ciphertext: tooLong }))).toBe(
			'payload_too_large'
		);
	});

	it('stores a full 20 MB bundle', async () => {
		const bundle = newBundle(20 * 1024 * 1024);
		await caller().store(bundle);
		expect((await caller().fetch(credentialsOf(bundle))).ciphertext).toBe(bundle.ciphertext);
	});

	it('refuses input that is not what the browser sends', async () => {
		const bundle = newBundle();
		for (const input of [
			{ ...bundle, ciphertext: 'not base64!' },
			{ ...bundle, ciphertext: 'QUJD=' },
			{ ...bundle, lookupId: 'abc' },
			{ ...bundle, authToken: 'short' }
		]) {
			expect(await failure(caller().store(input))).toBe('invalid_input');
		}
	});

	it('replaces a bundle stored again with the same token, and refuses another token', async () => {
		const bundle = newBundle();
		const first = await caller().store(bundle);
		const newer = { ...newBundle(), lookupId: bundle.lookupId, authToken: bundle.authToken };
		const second = await caller().store(newer);
		expect(second.expiresAt.getTime()).toBeGreaterThanOrEqual(first.expiresAt.getTime());
		expect((await caller().fetch(credentialsOf(bundle))).ciphertext).toBe(newer.ciphertext);

		const intruder = { ...newBundle(), lookupId: bundle.lookupId };
		expect(await failure(caller().store(intruder))).toBe('conflict');
		expect((await caller().fetch(credentialsOf(bundle))).ciphertext).toBe(newer.ciphertext);
	});

	it('removes a bundle for the right token only', async () => {
		const bundle = newBundle();
		await caller().store(bundle);
		const address = '203.0.113.99';
		expect(
			await failure(caller(address).remove({ lookupId: bundle.lookupId, authToken: wrongToken() }))
		).toBe('resume_wrong');
		expect(await failuresFor(`resume:addr:${address}`)).toBe(1);
		expect(await caller().remove(credentialsOf(bundle))).toEqual({ removed: true });
		expect(await failure(caller().fetch(credentialsOf(bundle)))).toBe('resume_wrong');
	});

	it('answers over HTTP with the app code and never echoes the input', async () => {
		const { fetchRequestHandler } = await import('@trpc/server/adapters/fetch');
		const bundle = newBundle();
		const response = await fetchRequestHandler({
			endpoint: '/api/trpc',
			req: new Request('http://localhost/api/trpc/resume.fetch', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ json: credentialsOf(bundle) })
			}),
			router: appRouter,
			createContext: () => testContext(handle, { clientAddress: '203.0.113.200' })
		});
		expect(response.status).toBe(401);
		const text = await response.text();
		expect(text).toContain('"appCode":"resume_wrong"');
		expect(text).not.toContain(bundle.authToken);
		expect(text).not.toContain(bundle.lookupId);
	});

	it('counts an IPv6 /64 as one address', () => {
		expect(addressKey('203.0.113.5')).toBe('203.0.113.5');
		expect(addressKey('::ffff:203.0.113.5')).toBe('203.0.113.5');
		expect(addressKey('2001:DB8:0:0:1:2:3:4')).toBe('2001:db8:0:0::/64');
		expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
		expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
		expect(addressKey('::1')).toBe('0:0:0:0::/64');
	});

	it('prunes failure records older than the window', async () => {
		const address = '203.0.113.150';
		await caller(address)
			.fetch(credentialsOf(newBundle()))
			.catch(() => undefined);
		await handle.db
			.update(rateLimitEvents)
			.set({ at: sql`${rateLimitEvents.at} - interval '2 hours'` })
			.where(eq(rateLimitEvents.key, `resume:addr:${address}`));
		await caller(address)
			.fetch(credentialsOf(newBundle()))
			.catch(() => undefined);
		expect(await failuresFor(`resume:addr:${address}`)).toBe(1);
		await caller().store(newBundle());
		const stale = await handle.db
			.select()
			.from(rateLimitEvents)
			.where(like(rateLimitEvents.key, 'resume:%'));
		expect(stale.every((e) => e.at.getTime() > Date.now() - 60 * 60_000)).toBe(true);
	});
});
