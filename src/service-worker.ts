/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

declare let self: ServiceWorkerGlobalScope;

/**
 * The printing code (the receipt worker with pdf-lib, fontkit and the barcode, and the TTFs it
 * embeds) is most of the build's weight and no first page needs it. It stays out of the install's
 * precache and is fetched into its own cache once the page reports the app idle (WARM_PRINTING,
 * sent by app-update.svelte.ts), so a pending slip still prints offline after that first minute.
 */
const PRINTING_CACHE = 'cung-lam-printing';
const isPrinting = (url: string): boolean =>
	/\/workers\/receipt\.worker-[^/]+\.js$/.test(url) || url.endsWith('.ttf');
const printing = build.filter(isPrinting);
const printingPaths = new Set(printing);

async function warmPrinting(): Promise<void> {
	const cache = await caches.open(PRINTING_CACHE);
	const cached = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
	// addAll stores all of them or none, so a half-fetched set is never taken for a warm cache.
	const missing = printing.filter((url) => !cached.has(url));
	if (missing.length > 0) await cache.addAll(missing);
}

/** Files of earlier deploys: each hashed name is replaced, never revised in place. */
async function dropOldPrinting(): Promise<void> {
	const cache = await caches.open(PRINTING_CACHE);
	for (const request of await cache.keys()) {
		if (!printingPaths.has(new URL(request.url).pathname)) await cache.delete(request);
	}
}

// Hashed build files carry their revision in the name; static files and the shell get the
// build's version, so a new deploy replaces exactly what changed.
precacheAndRoute([
	...build.filter((url) => !printingPaths.has(url)).map((url) => ({ url, revision: null })),
	...files.map((url) => ({ url, revision: version })),
	{ url: '/', revision: version }
]);
cleanupOutdatedCaches();
// The first install takes over the open tab at once, so a network cut right after the first
// visit is already covered. Later versions still wait for the user (see app-update.svelte.ts).
clientsClaim();

// Every page is the same client-rendered shell (ssr = false), so any navigation — including a
// reload with the network off — is answered from the precached shell. The API is never cached.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/'), { denylist: [/^\/api\//] }));

// A print before the idle warm-up fetches what it needs and keeps it; afterwards, offline too,
// the printing files come from their cache.
registerRoute(
	({ url, sameOrigin }) => sameOrigin && printingPaths.has(url.pathname),
	new CacheFirst({ cacheName: PRINTING_CACHE })
);

self.addEventListener('activate', (event: ExtendableEvent) => {
	event.waitUntil(dropOldPrinting());
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
	const data: unknown = event.data;
	const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : null;
	if (type === 'SKIP_WAITING') void self.skipWaiting();
	// A failed warm-up (the line dropped) is retried at the next page load's idle moment.
	if (type === 'WARM_PRINTING') event.waitUntil(warmPrinting().catch(() => undefined));
});

/**
 * Web Push (issue 20): the server's transport (notifications/transports/push.ts) sends
 * `{ title, body, url, tag }`; the notification shows the message's subject and text and opens
 * the look-up on a click, in this app.
 */
type PushMessage = { title: string; body: string; url: string; tag?: string };

function pushMessageOf(data: PushMessageData | null): PushMessage | null {
	try {
		const value: unknown = data?.json();
		if (typeof value !== 'object' || value === null) return null;
		const { title, body, url, tag } = value as Record<string, unknown>;
		if (typeof title !== 'string' || typeof body !== 'string') return null;
		return {
			title,
			body,
			url: typeof url === 'string' ? url : '/tra-cuu',
			...(typeof tag === 'string' && { tag })
		};
	} catch {
		return null;
	}
}

/**
 * The link's page in this installed app: the office's printed address may differ from the one
 * the app was installed from, and a notification never opens another site.
 */
function sameOriginUrl(url: string): string {
	try {
		const target = new URL(url, self.location.origin);
		return new URL(`${target.pathname}${target.search}`, self.location.origin).href;
	} catch {
		return `${self.location.origin}/tra-cuu`;
	}
}

self.addEventListener('push', (event: PushEvent) => {
	const message = pushMessageOf(event.data);
	// userVisibleOnly: every push shows something, even one the worker cannot read.
	const title = message?.title ?? 'Cùng Làm';
	event.waitUntil(
		self.registration.showNotification(title, {
			body: message?.body ?? '',
			data: { url: sameOriginUrl(message?.url ?? '/tra-cuu') },
			icon: '/icons/icon-192.png',
			lang: 'vi',
			...(message?.tag && { tag: message.tag })
		})
	);
});

self.addEventListener('notificationclick', (event: NotificationEvent) => {
	event.notification.close();
	const data: unknown = event.notification.data;
	const wanted = sameOriginUrl(
		typeof data === 'object' && data !== null && typeof (data as { url?: unknown }).url === 'string'
			? (data as { url: string }).url
			: '/tra-cuu'
	);
	event.waitUntil(
		(async () => {
			const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const same = open.find((client) => client.url === wanted);
			if (same) return void (await same.focus());
			await self.clients.openWindow(wanted);
		})()
	);
});
