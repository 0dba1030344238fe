import { request as httpRequest } from 'node:http';
import superjson from 'superjson';

/**
 * Requests exactly as the browser's tRPC client sends them (httpBatchLink + superjson, see
 * src/lib/client/trpc.ts): queries as GET with `?batch=1&input=`, mutations as POST with a JSON
 * body, both keyed by position in the batch; plus raw requests that no client would send.
 */
export type HttpRequest = {
	method: string;
	/** Path and query, e.g. `/api/trpc/system.health`. */
	path: string;
	headers?: Record<string, string>;
	body?: string;
};

export type Call = { path: string; type: 'query' | 'mutation'; input: unknown };

/** superjson's shape; a value it refuses to serialize (a `__proto__` key) goes as plain JSON. */
function serialize(value: unknown): unknown {
	try {
		return superjson.serialize(value);
	} catch {
		return { json: value };
	}
}

export function trpcRequest(calls: readonly Call[]): HttpRequest {
	const paths = calls.map((c) => c.path).join(',');
	const inputs = Object.fromEntries(calls.map((c, i) => [i, serialize(c.input)]));
	const encoded = JSON.stringify(inputs);
	if (calls[0]?.type === 'query')
		return {
			method: 'GET',
			path: `/api/trpc/${paths}?batch=1&input=${encodeURIComponent(encoded)}`
		};
	return {
		method: 'POST',
		path: `/api/trpc/${paths}?batch=1`,
		headers: { 'content-type': 'application/json' },
		body: encoded
	};
}

export type Outcome = {
	/** HTTP status, or 0 when no answer came (hang or network error). */
	status: number;
	ms: number;
	/** No complete answer within the time limit. */
	hang: boolean;
	/** The connection failed: reset, closed, refused. */
	networkError?: string;
	/** The HTTP status or one of the batch's answers is a 5xx. */
	serverError: boolean;
	/** The app codes of the refusals in the answer. */
	appCodes: string[];
};

type TrpcAnswer = {
	error?: { json?: { data?: { httpStatus?: number; appCode?: string } } };
};

/** The statuses and codes of a tRPC answer, one per call of the batch. */
function answersOf(text: string): { statuses: number[]; appCodes: string[] } {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { statuses: [], appCodes: [] };
	}
	const answers = (Array.isArray(parsed) ? parsed : [parsed]) as TrpcAnswer[];
	const statuses: number[] = [];
	const appCodes: string[] = [];
	for (const answer of answers) {
		const data = answer?.error?.json?.data;
		if (typeof data?.httpStatus === 'number') statuses.push(data.httpStatus);
		if (typeof data?.appCode === 'string') appCodes.push(data.appCode);
	}
	return { statuses, appCodes };
}

/**
 * Sends one request and reads the whole answer, within `timeoutMs`. Same-origin headers as a
 * browser on the app's page sends them (the CSRF check wants them to match).
 */
export async function send(
	baseUrl: string,
	request: HttpRequest,
	options: { cookie?: string; timeoutMs: number }
): Promise<Outcome> {
	const started = performance.now();
	const signal = AbortSignal.timeout(options.timeoutMs);
	try {
		const response = await fetch(`${baseUrl}${request.path}`, {
			method: request.method,
			headers: {
				origin: baseUrl,
				...(options.cookie ? { cookie: options.cookie } : {}),
				...request.headers
			},
			body: request.body,
			signal
		});
		const text = await response.text();
		const { statuses, appCodes } = answersOf(text);
		return {
			status: response.status,
			ms: performance.now() - started,
			hang: false,
			serverError: response.status >= 500 || statuses.some((s) => s >= 500),
			appCodes
		};
	} catch (error) {
		const ms = performance.now() - started;
		const hang = signal.aborted;
		const cause = (error as { cause?: { code?: string; message?: string } }).cause;
		return {
			status: 0,
			ms,
			hang,
			networkError: hang ? undefined : (cause?.code ?? cause?.message ?? String(error)),
			serverError: false,
			appCodes: []
		};
	}
}

/** Logs in and answers the session cookie (`cl_session=…`) to send with later requests. */
export async function login(baseUrl: string, username: string, password: string): Promise<string> {
	const request = trpcRequest([
		{ path: 'auth.login', type: 'mutation', input: { username, password } }
	]);
	const response = await fetch(`${baseUrl}${request.path}`, {
		method: 'POST',
		headers: { origin: baseUrl, ...request.headers },
		body: request.body
	});
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0]!)
		.find((c) => c.startsWith('cl_session='));
	if (!response.ok || !cookie)
		throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
	return cookie;
}

/**
 * The same request again, alone on a new connection: tells a slow procedure from a connection
 * that an earlier request left stalled (issue 14: a refused big body). Answers the milliseconds,
 * or undefined when it hung again.
 */
export function sendAlone(
	baseUrl: string,
	request: HttpRequest,
	options: { cookie?: string; timeoutMs: number }
): Promise<number | undefined> {
	const started = performance.now();
	return new Promise((resolve) => {
		const req = httpRequest(
			`${baseUrl}${request.path}`,
			{
				method: request.method,
				agent: false,
				timeout: options.timeoutMs,
				headers: {
					origin: baseUrl,
					connection: 'close',
					...(options.cookie ? { cookie: options.cookie } : {}),
					...request.headers
				}
			},
			(response) => {
				response.resume();
				response.once('end', () => resolve(performance.now() - started));
				response.once('error', () => resolve(undefined));
			}
		);
		req.once('timeout', () => {
			req.destroy();
			resolve(undefined);
		});
		req.once('error', () => resolve(performance.now() - started));
		req.end(request.body);
	});
}
