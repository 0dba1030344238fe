import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FuzzCase } from './cases';
import { runCases } from './fuzz-loop';
import { trpcRequest } from './http';

/**
 * The fuzz run must be able to fail: a fake server that answers 500, answers a 500 inside a
 * batch, never answers, or stops being healthy, and the loop must report each.
 */
let server: Server;
let baseUrl = '';
let healthy = true;

beforeAll(async () => {
	server = createServer((request, response) => {
		const url = request.url ?? '';
		if (url.startsWith('/api/trpc/system.health')) {
			response.writeHead(healthy ? 200 : 503).end('{}');
		} else if (url.includes('boom')) {
			response
				.writeHead(500)
				.end('{"error":{"json":{"data":{"httpStatus":500,"appCode":"server"}}}}');
		} else if (url.includes('batch.mixed')) {
			response
				.writeHead(207, { 'content-type': 'application/json' })
				.end('[{"result":{}},{"error":{"json":{"data":{"httpStatus":500,"appCode":"server"}}}}]');
		} else if (url.includes('stall')) {
			// never answers
		} else if (url.includes('sick')) {
			healthy = false;
			response.writeHead(400).end('{}');
		} else {
			response.writeHead(400).end('{"error":{"json":{"data":{"httpStatus":400}}}}');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
	server.closeAllConnections();
	server.close();
});

const fuzzCase = (procedure: string): FuzzCase => ({
	procedure,
	caller: 'anonymous',
	label: `sent to ${procedure}`,
	request: trpcRequest([{ path: procedure, type: 'mutation', input: { a: 'x' } }])
});

const options = () => ({ baseUrl, cookies: {}, concurrency: 2, timeoutMs: 1_500, batchSize: 2 });

describe('the fuzz loop', () => {
	it('passes refusals (4xx) and reports nothing', async () => {
		const result = await runCases(
			[fuzzCase('a.ok'), fuzzCase('b.ok'), fuzzCase('c.ok')],
			options()
		);
		expect(result).toMatchObject({ requests: 3, serverErrors: 0, hangs: 0, failures: [] });
	});

	it('reports a 5xx, a 5xx inside a batch answer and a hang, naming the procedure', async () => {
		const result = await runCases(
			[fuzzCase('x.boom'), fuzzCase('batch.mixed'), fuzzCase('x.stall'), fuzzCase('a.ok')],
			options()
		);
		expect(result.serverErrors).toBe(2);
		expect(result.hangs).toBe(1);
		expect(result.failures.map((f) => [f.kind, f.procedure])).toEqual(
			expect.arrayContaining([
				['5xx', 'x.boom'],
				['5xx', 'batch.mixed'],
				['hang', 'x.stall']
			])
		);
		expect(result.failures.find((f) => f.kind === 'hang')?.detail).toMatch(
			/alone on a new connection too/
		);
	});

	it('reports a server that stops answering its health check, and stops soon after', async () => {
		healthy = true;
		const cases = [fuzzCase('a.sick'), ...Array.from({ length: 20 }, () => fuzzCase('a.ok'))];
		const result = await runCases(cases, options());
		const unhealthy = result.failures.filter((f) => f.kind === 'unhealthy');
		expect(unhealthy.length).toBe(2);
		// The first batch made it sick; one more batch to be sure, then the run gives up.
		expect(result.requests).toBe(4);
	});
});
