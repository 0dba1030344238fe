import { liveQuery, type Subscription } from 'dexie';
import type { ProvinceFeeSchedule } from '$lib/domain/procedures/province-fees';
import type { MobilePrefixList } from '$lib/domain/validation/mobile-prefix-list';
import { cungLamDb } from '../db';
import { readReferenceData, refreshReferenceData } from './device-reference';
import { fetchReferenceData, type ReferenceData } from './reference-data.service';

/**
 * The reference data pages read: the device's copy as a runes state, followed in every tab by a
 * Dexie live query (the sync loop refreshes it in one). Before the first sync `current` is null
 * and callers fall back to the shipped defaults (prefixes) or to "Theo mức thu của tỉnh" (fees).
 */
class DeviceReference {
	current = $state.raw<ReferenceData | null>(null);
	#watch: Subscription | undefined;
	#refreshedOnStart = false;

	/**
	 * Starts following the device's copy, and (as the catalogue does) asks the server once per
	 * page life whether it changed; the sync loop asks again after every pass. Idempotent.
	 */
	watch(): void {
		if (this.#watch || typeof indexedDB === 'undefined') return;
		this.#refreshOnStart();
		const db = cungLamDb();
		this.#watch = liveQuery(() => readReferenceData(db)).subscribe({
			next: (data) => (this.current = data ?? null),
			error: () => undefined
		});
	}

	#refreshOnStart(): void {
		if (this.#refreshedOnStart || (typeof navigator !== 'undefined' && !navigator.onLine)) return;
		this.#refreshedOnStart = true;
		// Unreachable now: the copy on the device serves; the sync loop asks again.
		this.refresh().catch(() => (this.#refreshedOnStart = false));
	}

	/** The copy as stored now (for code that runs once, not reactively). */
	async read(): Promise<ReferenceData | null> {
		this.watch();
		return (await readReferenceData(cungLamDb())) ?? null;
	}

	/** Fetches changed reference data into the device's copy; throws when unreachable. */
	async refresh(): Promise<void> {
		await refreshReferenceData(cungLamDb(), fetchReferenceData);
	}

	get phonePrefixes(): MobilePrefixList | undefined {
		return this.current?.phonePrefixes;
	}

	get feeSchedule(): ProvinceFeeSchedule | undefined {
		return this.current?.fees ?? undefined;
	}
}

export const deviceReference = new DeviceReference();
