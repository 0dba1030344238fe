import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCungLamDb, type CungLamDb } from '../db';
import { openBlobFromBlob, openJson } from '../vault/cipher';
import { fileAad, outboxKeyOf, payloadAad, sha256Hex } from './outbox';
import { enqueueSupplement, supplementWaiting, type SupplementPayload } from './supplement-outbox';

const marker = 'GIAY-CHUNG-SINH-NGUYEN-VAN-AN';
const file = () => new Blob([`%PDF ${marker}`], { type: 'application/pdf' });

let db: CungLamDb;
beforeEach(() => {
	db = openCungLamDb('supplement-' + crypto.randomUUID());
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

const supplement = () =>
	enqueueSupplement(db, {
		code: 'CL.01.00004-261202-000001',
		phoneLast4: '5678',
		files: [{ stepId: 'papers', fieldId: 'birthCertificate', fileName: 'giay.pdf', blob: file() }]
	});

describe('supplement outbox', () => {
	it('queues a sealed dossier.supplement naming each file by hash, after earlier entries', async () => {
		const first = await supplement();
		const second = await supplement();
		const entries = await db.outbox.orderBy('mutationId').toArray();
		expect(entries.map((e) => [e.mutationId, e.kind, e.localReference])).toEqual([
			[1, 'dossier.supplement', first],
			[2, 'dossier.supplement', second]
		]);
		const sha = await sha256Hex(await file().arrayBuffer());
		expect(entries[0]!.files).toEqual([sha]);
		const key = await outboxKeyOf(db);
		const payload = await openJson<SupplementPayload>(key, entries[0]!.sealed, payloadAad(first));
		expect(payload).toEqual({
			code: 'CL.01.00004-261202-000001',
			phoneLast4: '5678',
			files: [
				{
					stepId: 'papers',
					fieldId: 'birthCertificate',
					fileName: 'giay.pdf',
					mimeType: 'application/pdf',
					sizeBytes: file().size,
					sha256: sha
				}
			]
		});
		expect(await supplementWaiting(db, first)).toBe(true);
	});

	it('seals the file at rest (stored once by content) and nothing readable is left', async () => {
		await supplement();
		await supplement();
		const files = await db.outboxFiles.toArray();
		expect(files).toHaveLength(1);
		const raw = new TextDecoder().decode(await files[0]!.blob.arrayBuffer());
		expect(raw).not.toContain(marker);
		const opened = await openBlobFromBlob(
			await outboxKeyOf(db),
			files[0]!.blob,
			'application/pdf',
			fileAad(files[0]!.sha256)
		);
		expect(await opened.text()).toContain(marker);
	});

	it('refuses an empty supplement and queues nothing', async () => {
		await expect(
			enqueueSupplement(db, { code: 'X', phoneLast4: '1234', files: [] })
		).rejects.toThrow();
		expect(await db.outbox.count()).toBe(0);
	});
});
