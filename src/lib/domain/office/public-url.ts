/**
 * The office's public address, where receipts' QR codes and printed links lead. A citizen's
 * phone must reach it: https, or plain http only for this machine (a demo, a test).
 */
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isPublicUrl(value: string): boolean {
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		return false;
	}
	if (url.username || url.password || url.search || url.hash) return false;
	if (url.protocol === 'https:') return true;
	return url.protocol === 'http:' && localHosts.has(url.hostname);
}

/** Without a trailing slash, so that paths join on: 'https://x.vn' + '/tra-cuu'. */
export function normalizePublicUrl(value: string): string {
	const url = new URL(value.trim());
	return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The server's configured origin (adapter-node's ORIGIN: the address browsers use behind a
 * proxy) as a link base, or undefined when unset or not an http(s) address. Unlike an office's
 * address it may be plain http on the ward's network: the operator set it for this server.
 */
export function configuredOriginUrl(origin: string | undefined): string | undefined {
	if (!origin?.trim()) return undefined;
	try {
		const url = new URL(origin.trim());
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The public address the server hands to devices: the office's when an administrator set it,
 * else the server's ORIGIN; undefined when neither is set (the device then uses its own page's).
 */
export const serverPublicUrl = (
	officeUrl: string | undefined,
	origin: string | undefined
): string | undefined => officeUrl ?? configuredOriginUrl(origin);

/**
 * Where printed links lead: the public address the server gave (office, then ORIGIN), else the
 * one the page came from — on the access point's own PC often http://localhost, which a
 * citizen's phone cannot open.
 */
export const linkBase = (publicUrl: string | undefined, origin: string): string =>
	publicUrl ?? origin;
