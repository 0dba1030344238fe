import { deeplyNestedJson, type Labelled } from './hostile';
import type { HttpRequest } from './http';

/**
 * Requests no tRPC client would send, to one procedure's path: malformed JSON, bodies that are
 * not superjson, superjson whose meta lies, wrong methods and content types, deep nesting, big
 * bodies, long batches. Each must be refused with a 4xx (or answered), never a 5xx or a hang.
 */
const json = { 'content-type': 'application/json' };

const post = (path: string, body: string, headers: Record<string, string> = json): HttpRequest => ({
	method: 'POST',
	path: `/api/trpc/${path}?batch=1`,
	headers,
	body
});

const get = (path: string, input: string): HttpRequest => ({
	method: 'GET',
	path: `/api/trpc/${path}?batch=1&input=${encodeURIComponent(input)}`
});

const at = (path: string, type: 'query' | 'mutation', input: string): HttpRequest =>
	type === 'query' ? get(path, input) : post(path, input);

export function rawRequests(
	path: string,
	type: 'query' | 'mutation'
): Labelled<() => HttpRequest>[] {
	const entry = (label: string, make: () => HttpRequest) => ({ label, value: make });
	return [
		entry('invalid JSON', () => at(path, type, '{"0":{"json":')),
		entry('JSON null', () => at(path, type, 'null')),
		entry('JSON array', () => at(path, type, '[1,2,3]')),
		entry('not superjson', () => at(path, type, '{"0":{"username":"a","password":"b"}}')),
		entry('batch index out of range', () => at(path, type, '{"99":{"json":{}}}')),
		entry('meta says Date for a string', () =>
			at(path, type, '{"0":{"json":{"a":"not a date"},"meta":{"values":{"a":["Date"]}}}}')
		),
		entry('meta says bigint for text', () =>
			at(path, type, '{"0":{"json":"abc","meta":{"values":["bigint"]}}}')
		),
		entry('meta names an unknown class', () =>
			at(path, type, '{"0":{"json":{},"meta":{"values":[["class","Nope"]]}}}')
		),
		entry('meta path into __proto__', () =>
			at(path, type, '{"0":{"json":{},"meta":{"values":{"__proto__.polluted":["Date"]}}}}')
		),
		entry('meta referential equality loop', () =>
			at(
				path,
				type,
				'{"0":{"json":{"a":{},"b":{}},"meta":{"referentialEqualities":{"a":["b"],"b":["a"]}}}}'
			)
		),
		entry('10,000 levels of nesting', () =>
			post(path, `{"0":{"json":${deeplyNestedJson(10_000)}}}`)
		),
		entry('100,000 levels of nesting', () =>
			post(path, `{"0":{"json":${deeplyNestedJson(100_000)}}}`)
		),
		entry('1 MB body', () => post(path, `{"0":{"json":"${'x'.repeat(1 << 20)}"}}`)),
		entry('empty body', () => post(path, '')),
		entry('text/plain body', () =>
			post(path, '{"0":{"json":{}}}', { 'content-type': 'text/plain' })
		),
		entry('form body', () =>
			post(path, 'a=1', { 'content-type': 'application/x-www-form-urlencoded' })
		),
		entry('cross-site origin', () =>
			post(path, '{"0":{"json":{}}}', { ...json, origin: 'https://evil.example' })
		),
		entry('GET for a mutation / POST for a query', () =>
			type === 'query' ? post(path, '{"0":{"json":{}}}') : get(path, '{"0":{"json":{}}}')
		),
		entry('PUT', () => ({ method: 'PUT', path: `/api/trpc/${path}`, headers: json, body: '{}' })),
		entry('input not JSON in the query string', () => ({
			method: 'GET',
			path: `/api/trpc/${path}?batch=1&input=%7B%ZZ`
		})),
		entry('no batch flag', () =>
			type === 'query'
				? { method: 'GET', path: `/api/trpc/${path}?input=${encodeURIComponent('{"json":null}')}` }
				: { method: 'POST', path: `/api/trpc/${path}`, headers: json, body: '{"json":null}' }
		),
		entry('a batch of 1,000 calls', () =>
			at(
				Array.from({ length: 1_000 }, () => path).join(','),
				type,
				JSON.stringify(
					Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [i, { json: null }]))
				)
			)
		),
		entry('unknown procedure beside it', () => at(`${path},nope.nothing`, type, '{}'))
	];
}
