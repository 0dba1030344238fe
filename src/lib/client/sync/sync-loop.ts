/**
 * When to sync: at start, on the `online` event, right after a new outbox entry, and on a timer;
 * after a failure, later and later (capped, jittered). Never two passes at once, in this tab or
 * in another tab of the same profile: a Web Lock decides which tab syncs. The header's connection
 * state follows the queue through a Dexie live query, which also sees other tabs' writes.
 */
import { liveQuery } from 'dexie';
import { version } from '$app/environment';
import { api } from '../trpc';
import { cungLamDb, type CungLamDb } from '../db';
import { connection } from '../state/connection.svelte';
import { preferences } from '../state/preferences.svelte';
import { backoffDelay } from './backoff';
import { deviceCatalogue } from '../procedures/device-catalogue.svelte';
import { deviceReference } from '../reference-data/device-reference.svelte';
import { loadSyncedSettings, readEnrolment } from '../devices/device-enrolment';
import { countWaiting } from './outbox';
import { setSyncWork } from './sync-hint';
import { runSyncPass, type SyncApi } from './sync-pass';

const LOCK = 'cung-lam/sync';
/** With something queued, look again soon; otherwise only for status changes. */
const BUSY_INTERVAL_MS = 15_000;
const IDLE_INTERVAL_MS = 120_000;

export const trpcSyncApi: SyncApi = {
	push: (input) => api.sync.push.mutate(input),
	pull: (input) => api.sync.pull.query(input),
	attachmentStatus: (input) => api.attachments.status.query(input),
	putChunk: (input) => api.attachments.putChunk.mutate(input),
	checkIn: (input) => api.devices.checkIn.mutate(input)
};

/** What an enrolled PC reports of its install: the app's build and the browser's storage use. */
async function deviceFacts() {
	const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
	return {
		appVersion: version.replace(/[^\w.+-]/g, '').slice(0, 40),
		...(estimate?.usage !== undefined && { storageUsedBytes: Math.round(estimate.usage) }),
		...(estimate?.quota !== undefined && { storageQuotaBytes: Math.round(estimate.quota) })
	};
}

class SyncLoop {
	#db: CungLamDb | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#failures = 0;
	#running: Promise<void> | undefined;
	#again = false;

	/** Idempotent; called once the first page has rendered. */
	start(db: CungLamDb = cungLamDb()): void {
		if (this.#db) return;
		this.#db = db;
		// The settings the manager set for this PC, as last synced (the defaults if none), with
		// its default language and text size for whoever uses it next.
		loadSyncedSettings(db)
			.then((synced) => {
				if (!synced) return;
				// Taken at each start: a citizen may change them in a session; the next start resets.
				const { language, textSize } = synced.settings;
				if (preferences.largeText !== (textSize !== 'normal')) preferences.toggleLargeText();
				if (preferences.locale !== language) preferences.setLocale(language);
			})
			.catch(() => undefined);
		liveQuery(() => countWaiting(db)).subscribe({
			next: (n) => (connection.pending = n),
			error: () => undefined
		});
		window.addEventListener('online', () => this.#schedule(0));
		this.#schedule(0);
	}

	/** Sync as soon as possible (after the pass under way, if any); starts the loop if needed. */
	request(): void {
		setSyncWork(true);
		if (!this.#db) return this.start();
		this.#schedule(0);
	}

	#schedule(delay: number): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#run(), delay);
	}

	async #run(): Promise<void> {
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = this.#pass().finally(() => {
			this.#running = undefined;
			if (this.#again) {
				this.#again = false;
				this.request();
			}
		});
		return this.#running;
	}

	async #pass(): Promise<void> {
		const db = this.#db;
		if (!db) return;
		if (!navigator.onLine) {
			this.#schedule(IDLE_INTERVAL_MS);
			return;
		}
		try {
			const ran = await withSyncLock(async () => {
				connection.syncing = (await db.outbox.count()) > 0;
				try {
					await runSyncPass(db, trpcSyncApi, { deviceFacts });
					await refreshCatalogueAfterPass();
				} finally {
					connection.syncing = false;
				}
			});
			this.#failures = 0;
			const waiting = ran ? await db.outbox.count() : 1;
			// An enrolled PC syncs at every start: it reports, and its settings may have changed.
			if (ran) setSyncWork((await hasOpenDossiers(db)) || !!(await readEnrolment(db)));
			this.#schedule(waiting > 0 ? BUSY_INTERVAL_MS : IDLE_INTERVAL_MS);
		} catch {
			// No answer, or a server error: nothing is lost, the queue stays; try again later.
			this.#failures++;
			this.#schedule(backoffDelay(this.#failures));
		}
	}
}

/**
 * A new procedure version reaches the device on its next sync (issue 16). A catalogue that
 * cannot be fetched now leaves the device's copy as it is and the pass a success: dossiers
 * must not wait on it.
 */
async function refreshCatalogueAfterPass(): Promise<void> {
	// The administrator's reference data (office, fee figures, prefixes) travels the same way.
	await Promise.all([
		deviceCatalogue.refresh().catch(() => undefined),
		deviceReference.refresh().catch(() => undefined)
	]);
	// A failure is tried again at the end of the next pass.
}

/**
 * On app start, once the first page had the line to itself: whether the catalogue changed (the
 * whole of it on a device that has none), so that a PC which only showed the home page still
 * finds the catalogue when the line drops. Loaded here, with the sync code, not with the first
 * route.
 */
export function refreshCatalogueOnStart(): void {
	deviceCatalogue.refreshOnStart();
	if (navigator.onLine) deviceReference.refresh().catch(() => undefined);
}

/** Final states: nothing more will be pulled for them. */
const settled = new Set(['rejected', 'delivered']);

async function hasOpenDossiers(db: CungLamDb): Promise<boolean> {
	return (await db.submissions.filter((s) => !settled.has(s.status)).count()) > 0;
}

/** Runs `work` unless another tab holds the sync lock; false when it did not run. */
async function withSyncLock(work: () => Promise<void>): Promise<boolean> {
	const locks = navigator.locks;
	if (!locks) {
		await work();
		return true;
	}
	return locks.request(LOCK, { ifAvailable: true }, async (lock) => {
		if (!lock) return false;
		await work();
		return true;
	});
}

export const syncLoop = new SyncLoop();
