import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCungLamDb, type CungLamDb } from '../db';
import {
	readUsage,
	refreshUsage,
	usageKey,
	USAGE_REFRESH_MS,
	type UsageSource
} from './procedure-usage';

const here = '11111111-1111-4111-8111-111111111111';
const there = '22222222-2222-4222-8222-222222222222';
const t0 = new Date('2026-11-20T03:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

function server(counts: Record<string, number>) {
	const calls: (string | undefined)[] = [];
	const source: UsageSource = async (accessPointId) => {
		calls.push(accessPointId);
		return { accessPointId: accessPointId ?? here, counts };
	};
	return { source, calls };
}

describe("the access point's procedure usage on the device", () => {
	let db: CungLamDb;
	beforeEach(async () => {
		db = openCungLamDb(`usage-${crypto.randomUUID()}`);
		await db.open();
	});
	afterEach(async () => {
		await db.delete();
	});

	it('stores what the server counted, and keeps it for offline use', async () => {
		expect(await readUsage(db)).toBeUndefined();
		const { source, calls } = server({ 'dang-ky-tam-tru': 4 });
		expect(await refreshUsage(db, source, here, t0)).toBe(true);
		expect(calls).toEqual([here]);
		expect(await readUsage(db)).toEqual({
			accessPointId: here,
			counts: { 'dang-ky-tam-tru': 4 },
			fetchedAt: t0.toISOString()
		});
	});

	it('asks again only when the counts are old or the access point changed', async () => {
		const { source, calls } = server({ 'dang-ky-tam-tru': 4 });
		await refreshUsage(db, source, here, t0);
		expect(await refreshUsage(db, source, here, later(60_000))).toBe(false);
		expect(await refreshUsage(db, source, null, later(60_000))).toBe(false);
		expect(await refreshUsage(db, source, there, later(60_000))).toBe(true);
		expect(await refreshUsage(db, source, there, later(USAGE_REFRESH_MS + 61_000))).toBe(true);
		// a clock set back does not freeze the counts
		expect(await refreshUsage(db, source, there, later(-3_600_000))).toBe(true);
		expect(calls).toEqual([here, there, there, there]);
	});

	it('keeps the stored counts when the server cannot be reached', async () => {
		await refreshUsage(db, server({ 'dang-ky-khai-sinh': 2 }).source, here, t0);
		const down: UsageSource = () => Promise.reject(new Error('network'));
		await expect(refreshUsage(db, down, here, later(USAGE_REFRESH_MS * 2))).rejects.toThrow();
		expect((await readUsage(db))?.counts).toEqual({ 'dang-ky-khai-sinh': 2 });
	});

	it('ignores a stored value of the wrong shape', async () => {
		await db.settings.put({ key: usageKey, value: { counts: { a: 'many' }, fetchedAt: 'x' } });
		expect(await readUsage(db)).toBeUndefined();
	});
});
