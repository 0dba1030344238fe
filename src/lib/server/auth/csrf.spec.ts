import { describe, expect, it } from 'vitest';
import { csrfRefusal, csrfRefusalReason, reachedOverHttps } from './csrf';

const url = new URL('https://cunglam.example/api/trpc/auth.login');
const request = (method: string, headers: Record<string, string> = {}, target = url) =>
	new Request(target, {
		method,
		headers,
		body: method === 'GET' || method === 'HEAD' ? null : '{}'
	});

describe('CSRF defence', () => {
	it('lets reads through whatever their origin', () => {
		expect(csrfRefusalReason(request('GET', { origin: 'https://evil.example' }), url)).toBeNull();
		expect(csrfRefusalReason(request('HEAD', { origin: 'https://evil.example' }), url)).toBeNull();
	});

	it('lets a same-origin tRPC mutation with JSON through', () => {
		const same = request('POST', {
			origin: 'https://cunglam.example',
			'content-type': 'application/json'
		});
		expect(csrfRefusalReason(same, url)).toBeNull();
		// No Origin (curl, server-side callers) is no browser's forged request.
		expect(
			csrfRefusalReason(request('POST', { 'content-type': 'application/json' }), url)
		).toBeNull();
	});

	it('refuses a write from another origin, "null" included, with 403 and the forbidden code', async () => {
		const behindTls = { ORIGIN: 'https://cunglam.example' };
		for (const origin of ['https://evil.example', 'http://cunglam.example', 'null']) {
			const forged = request('POST', { origin, 'content-type': 'application/json' });
			expect(csrfRefusalReason(forged, url, behindTls)).toBe('cross_origin');
		}
		const elsewhere = new URL('https://cunglam.example/dang-nhap');
		const response = csrfRefusal(
			request('DELETE', { origin: 'https://evil.example' }, elsewhere),
			elsewhere
		);
		expect(response?.status).toBe(403);
		const body = (await response!.json()) as { error: { appCode: string; message: string } };
		expect(body.error.appCode).toBe('forbidden');
		expect(body.error.message).toMatch(/từ chối/);
	});

	it('compares the host alone where adapter-node only guessed the scheme', () => {
		// No ORIGIN nor PROTOCOL_HEADER: adapter-node says "https" for a plain-HTTP LAN request.
		const guessed = new URL('https://192.168.1.20:3000/api/trpc/auth.login');
		const lan = request(
			'POST',
			{ origin: 'http://192.168.1.20:3000', 'content-type': 'application/json' },
			guessed
		);
		expect(csrfRefusalReason(lan, guessed, {})).toBeNull();
		const otherPort = request(
			'POST',
			{ origin: 'http://192.168.1.20:8080', 'content-type': 'application/json' },
			guessed
		);
		expect(csrfRefusalReason(otherPort, guessed, {})).toBe('cross_origin');
		expect(reachedOverHttps(guessed, {})).toBe(false);
		expect(reachedOverHttps(guessed, { ORIGIN: 'https://192.168.1.20:3000' })).toBe(true);
	});

	it('refuses tRPC mutations with a simple content type a form or no-cors fetch can send', () => {
		for (const type of [
			'text/plain',
			'text/plain;charset=UTF-8',
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x'
		]) {
			expect(csrfRefusalReason(request('POST', { 'content-type': type }), url)).toBe(
				'simple_content_type'
			);
		}
		expect(csrfRefusalReason(request('POST'), url)).toBe('simple_content_type');
		const batch = new URL('https://cunglam.example/api/trpc/auth.me,system.health?batch=1');
		expect(
			csrfRefusalReason(
				request('POST', { 'content-type': 'Application/JSON; charset=utf-8' }, batch),
				batch
			)
		).toBeNull();
	});

	it('leaves other same-origin posts to their routes, whatever their content type', () => {
		const page = new URL('https://cunglam.example/quan-tri');
		const upload = request(
			'POST',
			{ origin: page.origin, 'content-type': 'multipart/form-data' },
			page
		);
		expect(csrfRefusalReason(upload, page)).toBeNull();
	});
});
