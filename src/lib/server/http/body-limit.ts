import superjson from 'superjson';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { CHUNK_MAX_BYTES } from '../attachments/attachment-store';
import { defaultResumeSettings } from '../resume/resume-settings';
import { UNIT_LIST_MAX_CHARS } from '$lib/domain/units/unit-list';
import { DOCUMENT_FILE_MAX_BYTES } from '../procedures/document-files';

/**
 * Request body limits per route (issue 14, item 4), applied in hooks.server.ts before anything
 * else reads the request. adapter-node's BODY_SIZE_LIMIT stays the outer bound for the whole
 * server; these are each route's own, far smaller for almost all of them.
 */

const KiB = 1024;
const MiB = 1024 * KiB;

/** JSON, superjson's wrapper and the batch envelope around a procedure's one large field. */
const ENVELOPE_BYTES = 64 * KiB;

const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

/** Every route not named below: logins, look-ups, officer actions, a form's answers to check. */
export const DEFAULT_BODY_LIMIT = 64 * KiB;

/**
 * Procedures whose input is legitimately larger, sized from the limits their routers enforce.
 * sync.push: up to 100 mutations (the client sends 20), each a dossier's answers with its files
 * named by hash, never their bytes. units.import: the zod limit counts UTF-16 units, and one
 * unit is at most 3 bytes of UTF-8 (a surrogate pair is 4 bytes for 2 units). procedureAdmin.upload:
 * a procedure document or workbook of up to 10 MB, in base64.
 */
export const procedureBodyLimits: ReadonlyMap<string, number> = new Map([
	['resume.store', base64Length(defaultResumeSettings.maxBundleBytes) + ENVELOPE_BYTES],
	['attachments.putChunk', base64Length(CHUNK_MAX_BYTES) + ENVELOPE_BYTES],
	['sync.push', 4 * MiB],
	['units.import', 3 * UNIT_LIST_MAX_CHARS + ENVELOPE_BYTES],
	['procedureAdmin.upload', base64Length(DOCUMENT_FILE_MAX_BYTES) + ENVELOPE_BYTES]
]);

/**
 * A refused or unread body up to this long is read and thrown away while the answer goes out,
 * so that the connection stays open for the next request and the client, still sending, reads
 * the answer rather than a reset; a longer one closes the connection after the answer. A route
 * with a larger limit drains up to twice it: no more work than a legitimate request there.
 */
export const DRAIN_MAX_BYTES = 4 * MiB;

/** adapter-node's BODY_SIZE_LIMIT ('512K' by default; K, M, G in units of 1024), in bytes. */
export function serverBodyLimit(env: Record<string, string | undefined> = process.env): number {
	const match = /^(\d+)([KMG]?)$/i.exec((env.BODY_SIZE_LIMIT ?? '512K').trim());
	if (!match) return Infinity;
	const unit = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[match[2]!.toUpperCase()]!;
	const bytes = Number(match[1]) * unit;
	// adapter-node reads 0 as "no limit" too (with a warning).
	return bytes === 0 ? Infinity : bytes;
}

/**
 * How much of an unread body is drained on this route. Past adapter-node's own limit its body
 * stream refuses to be read at all, so such a body always closes the connection.
 */
export function drainBoundFor(
	pathname: string,
	env: Record<string, string | undefined> = process.env
): number {
	const bound = Math.max(DRAIN_MAX_BYTES, 2 * bodyLimitFor(pathname));
	return Math.min(bound, serverBodyLimit(env));
}

const trpcPrefix = '/api/trpc/';

/** The tRPC procedures a path names: `/api/trpc/a.b`, or batched `/api/trpc/a.b,c.d`. */
export function trpcProcedurePaths(pathname: string): string[] | null {
	if (!pathname.startsWith(trpcPrefix)) return null;
	let paths = pathname.slice(trpcPrefix.length);
	try {
		paths = decodeURIComponent(paths);
	} catch {
		// Malformed escapes: tRPC refuses the request itself; the default limit applies.
	}
	return paths.split(',');
}

/** The largest body the route may receive: the largest limit among a batch's procedures. */
export function bodyLimitFor(pathname: string): number {
	const paths = trpcProcedurePaths(pathname) ?? [];
	return Math.max(DEFAULT_BODY_LIMIT, ...paths.map((p) => procedureBodyLimits.get(p) ?? 0));
}

/** The Content-Length the client declared, or null for a chunked body (or none). */
export function declaredLength(request: Request): number | null {
	const header = request.headers.get('content-length');
	if (header === null || !/^\d+$/.test(header.trim())) return null;
	return Number(header);
}

/**
 * The refusal as the tRPC client reads it (`error.data.appCode`, so the page shows the sentence
 * for `payload_too_large`), one per procedure of a batch; plain JSON on other routes.
 */
export function payloadTooLargeResponse(url: URL): Response {
	const paths = trpcProcedurePaths(url.pathname);
	const shape = (path?: string) => ({
		error: superjson.serialize({
			message: 'payload_too_large',
			code: TRPC_ERROR_CODES_BY_KEY.PAYLOAD_TOO_LARGE,
			data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, path, appCode: 'payload_too_large' }
		})
	});
	const body = !paths
		? { error: { appCode: 'payload_too_large' } }
		: url.searchParams.get('batch') === '1'
			? paths.map(shape)
			: shape(paths[0]);
	return new Response(JSON.stringify(body), {
		status: 413,
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}

type BoundedBody = { bytes: Uint8Array<ArrayBuffer> } | { tooLarge: true; drained: boolean };

/**
 * A body sent without Content-Length (chunked), read here up to `limit` bytes. Past it (or past
 * adapter-node's BODY_SIZE_LIMIT, or if the client stops) the rest is read and thrown away up
 * to `drainBound`: `drained` says whether its end was reached, else the caller closes the
 * connection.
 */
export async function readBoundedBody(
	body: ReadableStream<Uint8Array>,
	limit: number,
	drainBound: number = limit
): Promise<BoundedBody> {
	const reader = body.getReader();
	const parts: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > drainBound) return { tooLarge: true, drained: false };
			if (size <= limit) parts.push(value);
		}
	} catch {
		return { tooLarge: true, drained: false };
	} finally {
		reader.releaseLock();
	}
	if (size > limit) return { tooLarge: true, drained: true };
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const part of parts) {
		bytes.set(part, at);
		at += part.byteLength;
	}
	return { bytes };
}

/**
 * The body limit of the request's route, before anything reads the body: a declared length over
 * it is refused at once (413), a chunked body is read here up to it and handed on as bytes, or
 * refused past it, with the connection closed when its rest is longer than `drainBound`.
 */
export async function limitRequestBody(
	request: Request,
	url: URL,
	drainBound: number = DRAIN_MAX_BYTES
): Promise<{ refusal: Response } | { request: Request }> {
	if (!request.body) return { request };
	const limit = bodyLimitFor(url.pathname);
	const length = declaredLength(request);
	if (length !== null) {
		return length > limit ? { refusal: payloadTooLargeResponse(url) } : { request };
	}
	const read = await readBoundedBody(request.body, limit, Math.max(limit, drainBound));
	if ('tooLarge' in read) {
		const refusal = payloadTooLargeResponse(url);
		if (!read.drained) refusal.headers.set('connection', 'close');
		return { refusal };
	}
	return {
		request: new Request(request.url, {
			method: request.method,
			headers: request.headers,
			body: read.bytes,
			signal: request.signal
		})
	};
}

/** Reads and discards what is left of a body; past `max` bytes it gives up and cancels. */
async function drain(body: ReadableStream<Uint8Array>, max: number): Promise<void> {
	const reader = body.getReader();
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			size += value.byteLength;
			if (size > max) {
				await reader.cancel();
				return;
			}
		}
	} catch {
		// The client went away: nothing left to keep the connection for.
	}
}

/**
 * Run after the response is made: a request body nobody read (a procedure that refused before
 * parsing its input, a refusal in the hooks) keeps the connection busy, as adapter-node's body
 * stream has taken the socket out of Node's own clean-up and then paused it. The next request
 * on that keep-alive connection would wait behind it until the socket times out. So the rest of
 * a short body is drained while the answer goes out, and a long or unknown one closes the
 * connection after the answer.
 */
export function settleUnreadBody(
	request: Request,
	response: Response,
	drainBound: number = DRAIN_MAX_BYTES
): Response {
	if (!request.body || request.bodyUsed) return response;
	const length = declaredLength(request);
	if (length !== null && length <= drainBound) {
		void drain(request.body, drainBound);
		return response;
	}
	response.headers.set('connection', 'close');
	return response;
}
