import { describe, expect, it } from 'vitest';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import { CHUNK_MAX_BYTES } from '../attachments/attachment-store';
import type { AppRouter } from '../trpc/root';
import { defaultResumeSettings } from '../resume/resume-settings';
import { UNIT_LIST_MAX_CHARS } from '$lib/domain/units/unit-list';
import {
	bodyLimitFor,
	DEFAULT_BODY_LIMIT,
	drainBoundFor,
	DRAIN_MAX_BYTES,
	limitRequestBody,
	payloadTooLargeResponse,
	serverBodyLimit,
	settleUnreadBody
} from './body-limit';

const origin = 'http://127.0.0.1:3000';

/** The body httpBatchLink sends for one mutation: `{"0": superjson(input)}`. */
const batchBody = (input: unknown) => JSON.stringify({ 0: superjson.serialize(input) });

/** A stream of `size` bytes in 64 KiB pieces that reports how much was pulled from it. */
function countedStream(size: number) {
	const state = { pulled: 0, ended: false };
	const stream = new ReadableStream<Uint8Array>({
		pull(controller) {
			const n = Math.min(64 * 1024, size - state.pulled);
			if (n <= 0) {
				state.ended = true;
				controller.close();
				return;
			}
			state.pulled += n;
			controller.enqueue(new Uint8Array(n).fill(0x61));
		}
	});
	return { stream, state };
}

function post(path: string, body: BodyInit | ReadableStream, headers: Record<string, string> = {}) {
	return new Request(`${origin}${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body,
		duplex: 'half'
	} as RequestInit);
}

describe('body limit per route', () => {
	it('gives the large procedures their own limit, and every other route the small one', () => {
		expect(bodyLimitFor('/api/trpc/auth.login')).toBe(DEFAULT_BODY_LIMIT);
		expect(bodyLimitFor('/api/trpc/procedures.validate')).toBe(DEFAULT_BODY_LIMIT);
		expect(bodyLimitFor('/api/trpc/no.such')).toBe(DEFAULT_BODY_LIMIT);
		expect(bodyLimitFor('/api/trpc/constructor')).toBe(DEFAULT_BODY_LIMIT);
		expect(bodyLimitFor('/')).toBe(DEFAULT_BODY_LIMIT);
		expect(bodyLimitFor('/api/can-bo/ho-so/X/tep/y')).toBe(DEFAULT_BODY_LIMIT);
		for (const path of ['resume.store', 'attachments.putChunk', 'sync.push', 'units.import']) {
			expect(bodyLimitFor(`/api/trpc/${path}`), path).toBeGreaterThan(DEFAULT_BODY_LIMIT);
		}
		expect(bodyLimitFor('/api/trpc/resume.store')).toBeGreaterThan(
			bodyLimitFor('/api/trpc/units.import')
		);
		expect(bodyLimitFor('/api/trpc/units.import')).toBeGreaterThan(
			bodyLimitFor('/api/trpc/sync.push')
		);
		expect(bodyLimitFor('/api/trpc/sync.push')).toBeGreaterThan(
			bodyLimitFor('/api/trpc/attachments.putChunk')
		);
	});

	it('takes the largest limit among the procedures of a batch', () => {
		const chunk = bodyLimitFor('/api/trpc/attachments.putChunk');
		expect(bodyLimitFor('/api/trpc/auth.login,attachments.putChunk')).toBe(chunk);
		expect(bodyLimitFor('/api/trpc/attachments.putChunk%2Cresume.store')).toBe(
			bodyLimitFor('/api/trpc/resume.store')
		);
		expect(bodyLimitFor('/api/trpc/auth.login,system.health')).toBe(DEFAULT_BODY_LIMIT);
	});

	it('lets the largest legitimate input of each large procedure through, and not much more', () => {
		const bundle = 'A'.repeat(Math.ceil(defaultResumeSettings.maxBundleBytes / 3) * 4);
		const store = batchBody({
			lookupId: 'a'.repeat(64),
			authToken: 'b'.repeat(43),
			ciphertext: bundle
		});
		expect(store.length).toBeLessThanOrEqual(bodyLimitFor('/api/trpc/resume.store'));
		expect(bodyLimitFor('/api/trpc/resume.store')).toBeLessThan(store.length * 1.01);

		const data = Buffer.alloc(CHUNK_MAX_BYTES, 0xff).toString('base64');
		const chunk = batchBody({
			sha256: 'c'.repeat(64),
			mimeType: 'image/jpeg',
			totalBytes: 5_000_000,
			offset: 0,
			data
		});
		expect(chunk.length).toBeLessThanOrEqual(bodyLimitFor('/api/trpc/attachments.putChunk'));
		expect(bodyLimitFor('/api/trpc/attachments.putChunk')).toBeLessThan(chunk.length * 1.25);

		// The list's limit counts characters; Vietnamese letters are 3 bytes of UTF-8 each.
		const units = batchBody({ format: 'csv', content: 'ệ'.repeat(UNIT_LIST_MAX_CHARS) });
		expect(Buffer.byteLength(units)).toBeLessThanOrEqual(bodyLimitFor('/api/trpc/units.import'));

		// A batch of 100 dossiers (the server's maximum; the device sends 20) of 30 KiB each.
		const answers = { buoc1: { ghiChu: 'Nội dung '.repeat(3_000) } };
		const mutations = Array.from({ length: 100 }, (_, i) => ({
			id: i + 1,
			kind: 'dossier.submit',
			payload: { procedureId: 'dang-ky-khai-sinh', answers, clientReference: `CG-261120-${i}` }
		}));
		const push = batchBody({ clientId: crypto.randomUUID(), mutations });
		expect(Buffer.byteLength(push)).toBeLessThanOrEqual(bodyLimitFor('/api/trpc/sync.push'));
	});

	it('drains up to twice a route limit, never past adapter-node’s BODY_SIZE_LIMIT', () => {
		expect(serverBodyLimit({ BODY_SIZE_LIMIT: '30M' })).toBe(30 * 1024 * 1024);
		expect(serverBodyLimit({})).toBe(512 * 1024);
		expect(serverBodyLimit({ BODY_SIZE_LIMIT: 'Infinity' })).toBe(Infinity);
		const env = { BODY_SIZE_LIMIT: '30M' };
		expect(drainBoundFor('/api/trpc/auth.login', env)).toBe(DRAIN_MAX_BYTES);
		expect(drainBoundFor('/api/trpc/units.import', env)).toBe(
			2 * bodyLimitFor('/api/trpc/units.import')
		);
		expect(drainBoundFor('/api/trpc/resume.store', env)).toBe(30 * 1024 * 1024);
		expect(drainBoundFor('/api/trpc/auth.login', {})).toBe(512 * 1024);
	});
});

describe('refusing a body', () => {
	it('refuses a declared length over the limit before reading a byte', async () => {
		const { stream, state } = countedStream(1024 * 1024);
		const request = post('/api/trpc/auth.login?batch=1', stream, {
			'content-length': String(1024 * 1024)
		});
		const limited = await limitRequestBody(request, new URL(request.url));
		expect('refusal' in limited && limited.refusal.status).toBe(413);
		// Only what the stream's queue asks for on its own was pulled.
		expect(state.pulled).toBeLessThanOrEqual(64 * 1024);
	});

	it('reads a chunked body up to the limit; over it, refused, its rest drained up to a bound', async () => {
		const url = new URL(`${origin}/api/trpc/auth.login?batch=1`);
		const path = url.pathname + url.search;
		const over = countedStream(1024 * 1024);
		const drained = await limitRequestBody(post(path, over.stream), url, 4 * 1024 * 1024);
		expect('refusal' in drained && drained.refusal.status).toBe(413);
		expect('refusal' in drained && drained.refusal.headers.get('connection')).toBeNull();
		expect(over.state).toEqual({ pulled: 1024 * 1024, ended: true });

		const far = countedStream(8 * 1024 * 1024);
		const closed = await limitRequestBody(post(path, far.stream), url, 4 * 1024 * 1024);
		expect('refusal' in closed && closed.refusal.status).toBe(413);
		expect('refusal' in closed && closed.refusal.headers.get('connection')).toBe('close');
		// The stream queues one piece ahead of the reader.
		expect(far.state.pulled).toBeLessThanOrEqual(4 * 1024 * 1024 + 2 * 64 * 1024);

		const body = batchBody({ username: 'tnv.demo', password: 'x' });
		const bytes = new TextEncoder().encode(body);
		const chunked = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(bytes.subarray(0, 10));
				controller.enqueue(bytes.subarray(10));
				controller.close();
			}
		});
		const under = await limitRequestBody(post(url.pathname + url.search, chunked), url);
		expect('request' in under).toBe(true);
		if (!('request' in under)) return;
		expect(under.request.method).toBe('POST');
		expect(under.request.headers.get('content-type')).toBe('application/json');
		expect(await under.request.text()).toBe(body);
	});

	it('answers in the shape the tRPC client reads, so the page shows payload_too_large', async () => {
		const client = createTRPCClient<AppRouter>({
			links: [
				httpBatchLink({
					url: `${origin}/api/trpc`,
					transformer: superjson,
					fetch: (input) => Promise.resolve(payloadTooLargeResponse(new URL(String(input))))
				})
			]
		});
		const [one, two] = await Promise.allSettled([
			client.auth.login.mutate({ username: 'a', password: 'b' }),
			client.units.import.mutate({ format: 'csv', content: 'x' })
		]);
		for (const outcome of [one, two]) {
			expect(outcome?.status).toBe('rejected');
			const error = (outcome as PromiseRejectedResult).reason as TRPCClientError<AppRouter>;
			expect(error).toBeInstanceOf(TRPCClientError);
			expect(error.data).toMatchObject({ appCode: 'payload_too_large', httpStatus: 413 });
		}
		const plain = payloadTooLargeResponse(new URL(`${origin}/elsewhere`));
		expect(await plain.json()).toEqual({ error: { appCode: 'payload_too_large' } });
	});
});

describe('a body nobody read', () => {
	it('is drained after the answer when short, so the connection can carry the next request', async () => {
		const { stream, state } = countedStream(1024 * 1024);
		const request = post('/api/trpc/units.import', stream, {
			'content-length': String(1024 * 1024)
		});
		const response = settleUnreadBody(
			request,
			new Response('{}', { status: 401 }),
			4 * 1024 * 1024
		);
		expect(response.headers.get('connection')).toBeNull();
		await expect.poll(() => state.ended).toBe(true);
		expect(state.pulled).toBe(1024 * 1024);
	});

	it('closes the connection when long or of unknown length, and leaves read bodies alone', async () => {
		const long = post('/api/trpc/units.import', countedStream(1).stream, {
			'content-length': String(8 * 1024 * 1024)
		});
		expect(
			settleUnreadBody(long, new Response(null), 4 * 1024 * 1024).headers.get('connection')
		).toBe('close');
		const chunked = post('/api/trpc/units.import', countedStream(1).stream);
		expect(settleUnreadBody(chunked, new Response(null)).headers.get('connection')).toBe('close');
		const read = post('/api/trpc/units.import', '{}');
		await read.text();
		expect(settleUnreadBody(read, new Response(null)).headers.get('connection')).toBeNull();
	});
});
