import type { Workbox } from 'workbox-window';

/** The first page has the line to itself for this long before printing code is fetched. */
const PRINTING_WARM_DELAY_MS = 5_000;

function idle(): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 10_000 });
		else setTimeout(resolve, 0);
	});
}

/**
 * Asks the active service worker to fetch the printing code (receipt worker, fonts) into its
 * cache once the app is idle, so a slip prints offline without the first visit downloading it
 * up front (src/service-worker.ts).
 */
async function warmPrintingWhenIdle(): Promise<void> {
	const registration = await navigator.serviceWorker.ready;
	await new Promise((resolve) => setTimeout(resolve, PRINTING_WARM_DELAY_MS));
	await idle();
	registration.active?.postMessage({ type: 'WARM_PRINTING' });
}

/**
 * The service worker's life as the UI sees it. A new version waits until the user chooses to
 * reload (the "Có phiên bản mới" banner); it never takes over a page by itself.
 */
class AppUpdate {
	waiting = $state(false);
	dismissed = $state(false);
	private workbox: Workbox | undefined;
	private userChoseUpdate = false;

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox('/service-worker.js', {
			// In dev, Vite serves the worker as an ES module.
			type: import.meta.env.DEV ? 'module' : 'classic'
		});
		wb.addEventListener('waiting', () => {
			this.waiting = true;
			this.dismissed = false;
		});
		// The first install also takes control (clientsClaim); only a chosen update reloads.
		wb.addEventListener('controlling', () => {
			if (this.userChoseUpdate) window.location.reload();
		});
		this.workbox = wb;
		await wb.register();
		void warmPrintingWhenIdle();
	}

	/** Called only from the banner's button, i.e. by the user's own choice. */
	applyNow(): void {
		this.userChoseUpdate = true;
		this.workbox?.messageSkipWaiting();
	}
}

export const appUpdate = new AppUpdate();
