import http from 'node:http';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';

/**
 * Request bodies against the real production server (issue 14, item 4), without a browser: a body
 * the server refuses or never reads must not hold up the next request on the same keep-alive
 * connection, and a legitimately large one still goes through.
 */

type Answer = {
	status: number;
	ms: number;
	/** The request went out on a connection an earlier request had used. */
	reused: boolean;
	connection: string | undefined;
	body: string;
};

const MB = 1024 * 1024;

/** One request on `agent`; `chunked` sends the body in 64 KiB pieces without Content-Length. */
function send(
	agent: http.Agent,
	baseURL: string,
	options: { method?: string; path: string; body?: string; chunked?: boolean }
): Promise<Answer> {
	const { method = 'GET', path, body, chunked = false } = options;
	const url = new URL(path, baseURL);
	const headers: http.OutgoingHttpHeaders = {};
	if (body !== undefined) {
		headers['content-type'] = 'application/json';
		if (!chunked) headers['content-length'] = Buffer.byteLength(body);
	}
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const request = http.request(url, { method, agent, headers }, (response) => {
			const parts: Buffer[] = [];
			response.on('data', (part: Buffer) => parts.push(part));
			response.on('end', () =>
				resolve({
					status: response.statusCode ?? 0,
					ms: performance.now() - started,
					reused: request.reusedSocket,
					connection: response.headers.connection,
					body: Buffer.concat(parts).toString()
				})
			);
		});
		request.on('error', reject);
		if (body !== undefined) {
			const bytes = Buffer.from(body);
			for (let at = 0; at < bytes.length; at += 64 * 1024) {
				request.write(bytes.subarray(at, at + 64 * 1024));
			}
		}
		request.end();
	});
}

/** The body httpBatchLink sends for one mutation. */
const batchOf = (input: unknown) => JSON.stringify({ 0: { json: input } });

const health = '/api/trpc/system.health';

test.describe('request bodies on a keep-alive connection', () => {
	let agent: http.Agent;
	test.beforeEach(() => {
		agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	});
	test.afterEach(() => agent.destroy());

	/** A GET on the agent's one connection, or a fresh one if the server closed it cleanly. */
	async function expectNextAnsweredAtOnce(baseURL: string, previous: Answer) {
		const next = await send(agent, baseURL, { path: health });
		expect(next.status).toBe(200);
		expect(next.ms).toBeLessThan(1000);
		// Closed after the answer: the agent opened a new connection. Kept open: Node's agent
		// reuses it, unless the answer came before the whole body was sent (see the raw test).
		if (previous.connection === 'close') expect(next.reused).toBe(false);
	}

	test('1 MB posted without a cookie to units.import: refused, and the next request answered at once', async ({
		baseURL
	}) => {
		const warm = await send(agent, baseURL!, { path: health });
		expect(warm.status).toBe(200);
		const body = batchOf({ format: 'csv', content: 'x'.repeat(MB) });
		for (const chunked of [false, true]) {
			const refused = await send(agent, baseURL!, {
				method: 'POST',
				path: '/api/trpc/units.import?batch=1',
				body,
				chunked
			});
			expect(refused.status, `chunked: ${chunked}`).toBe(401);
			expect(refused.reused).toBe(true);
			expect(refused.body).toContain('"appCode":"unauthorized"');
			expect(refused.ms).toBeLessThan(2000);
			await expectNextAnsweredAtOnce(baseURL!, refused);
			expect((await send(agent, baseURL!, { path: health })).reused).toBe(true);
		}
	});

	test('1 MB to a procedure with a small limit: 413 payload_too_large, and the next request answered at once', async ({
		baseURL
	}) => {
		const body = batchOf({ username: 'x'.repeat(MB), password: 'y' });
		for (const chunked of [false, true]) {
			const refused = await send(agent, baseURL!, {
				method: 'POST',
				path: '/api/trpc/auth.login?batch=1',
				body,
				chunked
			});
			expect(refused.status, `chunked: ${chunked}`).toBe(413);
			expect(JSON.parse(refused.body)).toMatchObject([
				{ error: { json: { data: { appCode: 'payload_too_large', httpStatus: 413 } } } }
			]);
			expect(refused.ms).toBeLessThan(2000);
			await expectNextAnsweredAtOnce(baseURL!, refused);
		}
	});

	test('a resume bundle of a few MB is accepted; one over its limit is refused with 413', async ({
		baseURL
	}) => {
		test.setTimeout(60_000);
		const credentials = {
			lookupId: randomBytes(32).toString('hex'),
			authToken: randomBytes(32).toString('base64url')
		};
		const store = (ciphertext: string) =>
			send(agent, baseURL!, {
				method: 'POST',
				path: '/api/trpc/resume.store?batch=1',
				body: batchOf({ ...credentials, ciphertext })
			});
		const stored = await store(randomBytes(4 * MB).toString('base64'));
		expect(stored.status).toBe(200);
		expect(stored.body).toContain('expiresAt');
		await expectNextAnsweredAtOnce(baseURL!, stored);

		// 21 MB: past the bundle's 20 MB and the route's limit, within BODY_SIZE_LIMIT (30M).
		const refused = await store(Buffer.alloc(21 * MB, 7).toString('base64'));
		expect(refused.status).toBe(413);
		expect(refused.body).toContain('"appCode":"payload_too_large"');
		await expectNextAnsweredAtOnce(baseURL!, refused);
	});

	test('the next request already sent behind a refused body on the same connection is answered at once', async ({
		baseURL
	}) => {
		test.setTimeout(60_000);
		const big = batchOf({
			lookupId: 'a'.repeat(64),
			authToken: 'b'.repeat(43),
			ciphertext: 'A'.repeat(29 * MB)
		});
		for (const [path, body, status] of [
			['/api/trpc/units.import?batch=1', batchOf({ format: 'csv', content: 'x'.repeat(MB) }), 401],
			['/api/trpc/auth.login?batch=1', batchOf({ username: 'x'.repeat(MB), password: 'y' }), 413],
			['/api/trpc/resume.store?batch=1', big, 413]
		] as const) {
			const answers = await pipelined(baseURL!, [
				`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
					`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
				`GET ${health} HTTP/1.1\r\nHost: x\r\n\r\n`
			]);
			expect(
				answers.map((a) => a.status),
				path
			).toEqual([status, 200]);
			expect(answers[1]!.at - answers[0]!.at, path).toBeLessThan(1000);
		}
	});
});

/**
 * Writes the requests back to back on one TCP connection (HTTP/1.1 pipelining) and answers each
 * response's status and when its status line arrived, until as many have come as were sent.
 */
function pipelined(baseURL: string, requests: string[]): Promise<{ status: number; at: number }[]> {
	const { hostname, port } = new URL(baseURL);
	return new Promise((resolve, reject) => {
		const socket = net.connect(Number(port), hostname);
		const answers: { status: number; at: number }[] = [];
		let text = '';
		const timer = setTimeout(() => {
			socket.destroy();
			reject(new Error(`only ${answers.length} answers: ${JSON.stringify(answers)}`));
		}, 20_000);
		socket.on('data', (data: Buffer) => {
			text += data.toString('latin1');
			let match: RegExpExecArray | null;
			while ((match = /HTTP\/1\.1 (\d{3}) /.exec(text)) && answers.length < requests.length) {
				answers.push({ status: Number(match[1]), at: performance.now() });
				text = text.slice(match.index + match[0].length);
			}
			// A status line cut in two by the network: keep its start for the next data.
			text = text.slice(-16);
			if (answers.length === requests.length) {
				clearTimeout(timer);
				socket.destroy();
				resolve(answers);
			}
		});
		socket.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		socket.write(requests.join(''));
	});
}
