import { liveQuery, type Subscription } from 'dexie';
import {
	createProcedureCatalogue,
	type ProcedureCatalogue
} from '$lib/domain/procedures/catalogue';
import type { ProcedureUsageCounts } from '$lib/domain/procedures/catalogue-order';
import { AppError } from '$lib/errors/app-error';
import { cungLamDb } from '../db';
import { readDeviceAccessPoint } from '../state/device-access-point';
import { readCatalogueRevision, readDeviceVersions, refreshCatalogue } from './procedure-catalogue';
import { readUsage, refreshUsage } from './procedure-usage';
import { fetchProcedureCatalogue, fetchProcedureUsage } from './procedures.service';

/**
 * The procedure catalogue pages read: the device's copy, as a runes state. A refresh in any tab
 * (the sync loop runs in one) reaches every open page through a Dexie live query on the
 * revision. Pages that cannot work without it await `ready()`; others read `current` and show
 * ids until it is there.
 */
class DeviceCatalogue {
	current = $state.raw<ProcedureCatalogue | null>(null);
	/** Dossiers per procedure at this access point (the catalogue's order); empty when unknown. */
	usage = $state.raw<ProcedureUsageCounts>({});
	#loading: Promise<ProcedureCatalogue> | undefined;
	#refreshedOnStart = false;
	#watch: Subscription | undefined;

	/**
	 * The catalogue, fetched first when this device has none. Rejects with
	 * `catalogue_unavailable` when it has none and the server cannot be reached.
	 */
	ready(): Promise<ProcedureCatalogue> {
		if (this.current) {
			this.refreshOnStart();
			return Promise.resolve(this.current);
		}
		this.#loading ??= this.#load().finally(() => (this.#loading = undefined));
		return this.#loading;
	}

	/** Starts loading for a page that can do without (names fall back to ids). */
	want(): void {
		this.ready().catch(() => undefined);
	}

	/**
	 * Once per page life, when online: asks the server whether the catalogue changed. The sync
	 * loop asks again at the end of every pass.
	 */
	refreshOnStart(): void {
		if (typeof navigator !== 'undefined' && !navigator.onLine) return;
		if (this.#refreshedOnStart) return;
		this.#refreshedOnStart = true;
		this.refresh().catch(() => {
			// Unreachable now: the copy on the device serves; the next page asks again.
			this.#refreshedOnStart = false;
		});
	}

	/**
	 * Fetches a changed catalogue into the device's copy; throws when the server is unreachable.
	 * The access point's usage comes along (issue 17), unawaited: it never holds up nor fails
	 * the catalogue, and reaches open pages through the live query in #watchChanges.
	 */
	async refresh(): Promise<void> {
		const db = cungLamDb();
		await refreshCatalogue(db, fetchProcedureCatalogue);
		void refreshUsage(db, fetchProcedureUsage, readDeviceAccessPoint()).catch(() => undefined);
	}

	async #load(): Promise<ProcedureCatalogue> {
		const db = cungLamDb();
		let revision = await readCatalogueRevision(db);
		let versions = await readDeviceVersions(db);
		if (versions.length === 0) {
			try {
				await this.refresh();
				this.#refreshedOnStart = true;
			} catch {
				// A device that never reached the server: nothing to show yet (said by the caller).
			}
			revision = await readCatalogueRevision(db);
			versions = await readDeviceVersions(db);
		}
		if (versions.length === 0) throw new AppError('catalogue_unavailable');
		this.current = createProcedureCatalogue(versions);
		this.usage = (await readUsage(db))?.counts ?? {};
		this.#watchChanges(revision);
		this.refreshOnStart();
		return this.current;
	}

	/** Rebuilds `current` whenever the stored revision changes, in this tab or another. */
	#watchChanges(known: string | undefined): void {
		if (this.#watch) return;
		const db = cungLamDb();
		this.#watch = liveQuery(() => readCatalogueRevision(db)).subscribe({
			next: (revision) => {
				if (revision === known) return;
				known = revision;
				readDeviceVersions(db)
					.then((versions) => {
						if (versions.length > 0) this.current = createProcedureCatalogue(versions);
					})
					.catch(() => undefined);
			},
			error: () => undefined
		});
		// The usage is its own setting: a sync pass may bring new counts with the same catalogue.
		liveQuery(() => readUsage(db)).subscribe({
			next: (usage) => (this.usage = usage?.counts ?? {}),
			error: () => undefined
		});
	}
}

export const deviceCatalogue = new DeviceCatalogue();
