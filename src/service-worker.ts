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

declare let self: ServiceWorkerGlobalScope;

// Hashed build files carry their revision in the name; static files and the shell get the
// build's version, so a new deploy replaces exactly what changed.
precacheAndRoute([
	...build.map((url) => ({ url, revision: null })),
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

self.addEventListener('message', (event: ExtendableMessageEvent) => {
	const data: unknown = event.data;
	if (
		typeof data === 'object' &&
		data !== null &&
		(data as { type?: unknown }).type === 'SKIP_WAITING'
	) {
		void self.skipWaiting();
	}
});
