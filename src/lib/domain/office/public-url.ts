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

/** Where printed links lead: the office's address when set, else the one the page came from. */
export const linkBase = (publicUrl: string | undefined, origin: string): string =>
	publicUrl ?? origin;
