import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCungLamDb, type CungLamDb } from '../db';
import {
	officeSettingKey,
	readReferenceData,
	readReferenceRevision,
	refreshReferenceData,
	type ReferenceSource
} from './device-reference';
import type { ReferenceData } from './reference-data.service';

const data: ReferenceData = {
	office: { name: 'Ủy ban nhân dân phường Ba Đình', publicUrl: 'https://cunglam.example.vn' },
	fees: {
		provinceCode: '01',
		fees: [{ provinceCode: '01', procedureId: 'x', amountVnd: 5_000, per: 'dossier' }]
	},
	phonePrefixes: { current: ['050', '090'], retired: { '0160': '050' } }
};

/** A server that counts its calls and answers like `referenceData.snapshot`. */
function server(revision: string, body: ReferenceData) {
	const calls: (string | undefined)[] = [];
	const source: ReferenceSource = async (known) => {
		calls.push(known);
		return known === revision ? { revision } : { revision, data: body };
	};
	return { calls, source };
}

describe('the device’s reference data', () => {
	let db: CungLamDb;
	beforeEach(() => {
		db = openCungLamDb(`reference-${Math.random()}`);
	});
	afterEach(async () => {
		db.close();
		await db.delete();
	});

	it('stores the snapshot and the office receipts read, then downloads nothing while unchanged', async () => {
		const first = server('r1', data);
		expect(await refreshReferenceData(db, first.source)).toBe(true);
		expect(await readReferenceData(db)).toEqual(data);
		expect(await readReferenceRevision(db)).toBe('r1');
		expect((await db.settings.get(officeSettingKey))?.value).toEqual(data.office);
		expect(await refreshReferenceData(db, first.source)).toBe(false);
		expect(first.calls).toEqual([undefined, 'r1']);

		// A change on the server replaces the copy whole.
		const changed = { ...data, fees: null };
		expect(await refreshReferenceData(db, server('r2', changed).source)).toBe(true);
		expect(await readReferenceData(db)).toEqual(changed);
	});

	it('keeps the copy it has when the server cannot be reached', async () => {
		await refreshReferenceData(db, server('r1', data).source);
		await expect(
			refreshReferenceData(db, () => Promise.reject(new Error('offline')))
		).rejects.toThrow();
		expect(await readReferenceData(db)).toEqual(data);
	});
});
