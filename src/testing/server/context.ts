import type { Cookies } from '@sveltejs/kit';
import type { DatabaseHandle } from '$lib/server/db/client';
import type { SessionUser } from '$lib/server/auth/session';
import type { Context } from '$lib/server/trpc/context';

/** A cookie jar with SvelteKit's interface, for calling routers directly in tests. */
export function memoryCookies(initial: Record<string, string> = {}): Cookies & {
	jar: Map<string, string>;
} {
	const jar = new Map(Object.entries(initial));
	return {
		jar,
		get: (name) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name, value) => void jar.set(name, value),
		delete: (name) => void jar.delete(name),
		serialize: (name, value) => `${name}=${value}`
	};
}

export function testContext(
	handle: DatabaseHandle,
	overrides: Partial<{ user: SessionUser | null; cookies: Cookies; clientAddress: string }> = {}
): Context {
	return {
		db: handle.db,
		databaseKind: handle.kind,
		user: overrides.user ?? null,
		clientAddress: overrides.clientAddress ?? '127.0.0.1',
		cookies: overrides.cookies ?? memoryCookies()
	};
}
