/**
 * Cross-site request forgery defence, run in hooks.server.ts before any route.
 *
 * 1. A state-changing request (anything but GET and HEAD) whose Origin header names another
 *    site is refused. Browsers send Origin on every such request; tools without one (curl, the
 *    tests) are let through, as they carry no victim's cookie.
 * 2. A POST to /api/trpc must say `Content-Type: application/json`. A form or a `no-cors` fetch
 *    from another site can send only the "simple" types (form encodings, text/plain); JSON needs
 *    a CORS preflight, which this server never grants. tRPC's httpBatchLink sends JSON already.
 *
 * `url` is the request URL as SvelteKit sees it: behind a TLS proxy, set adapter-node's ORIGIN
 * (or PROTOCOL_HEADER and HOST_HEADER) so that its origin is the one browsers use, exactly as
 * SvelteKit's own form check needs.
 */
export type CsrfRefusal = 'cross_origin' | 'simple_content_type';

const safeMethods = new Set(['GET', 'HEAD']);

/**
 * Whether the browser reached us over HTTPS. Without ORIGIN or PROTOCOL_HEADER, adapter-node
 * cannot know and guesses "https" for `event.url`; a PC on the ward's network that reaches the
 * server directly uses plain HTTP, where a Secure cookie would be dropped and login would fail.
 */
export function reachedOverHttps(
	url: URL,
	env: Record<string, string | undefined> = process.env
): boolean {
	const configured = Boolean(env.ORIGIN || env.PROTOCOL_HEADER);
	return configured && url.protocol === 'https:';
}

/** The Origin's host and port against ours: the scheme is compared only where it is known. */
function sameOrigin(origin: string, url: URL, env: Record<string, string | undefined>): boolean {
	if (origin === url.origin) return true;
	try {
		const parsed = new URL(origin);
		return parsed.host === url.host && !reachedOverHttps(url, env);
	} catch {
		return false;
	}
}

export function csrfRefusalReason(
	request: Request,
	url: URL,
	env: Record<string, string | undefined> = process.env
): CsrfRefusal | null {
	if (safeMethods.has(request.method)) return null;
	const origin = request.headers.get('origin');
	// "null" is sent by sandboxed frames and after cross-site redirects: not us either.
	if (origin !== null && !sameOrigin(origin, url, env)) return 'cross_origin';
	if (request.method === 'POST' && isTrpcPath(url.pathname)) {
		const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim();
		if (mediaType.toLowerCase() !== 'application/json') return 'simple_content_type';
	}
	return null;
}

function isTrpcPath(pathname: string): boolean {
	return pathname === '/api/trpc' || pathname.startsWith('/api/trpc/');
}

/** The answer to a refused request: short, in Vietnamese, with the code the client knows. */
export function csrfRefusalResponse(reason: CsrfRefusal): Response {
	return new Response(
		JSON.stringify({
			error: {
				appCode: 'forbidden',
				reason,
				message: 'Yêu cầu bị từ chối vì không gửi từ trang của ứng dụng. Hãy tải lại trang.'
			}
		}),
		{ status: 403, headers: { 'content-type': 'application/json; charset=utf-8' } }
	);
}

export function csrfRefusal(request: Request, url: URL): Response | null {
	const reason = csrfRefusalReason(request, url);
	return reason ? csrfRefusalResponse(reason) : null;
}
