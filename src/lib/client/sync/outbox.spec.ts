import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answers } from '$lib/domain/procedures/answers';
import { openCungLamDb, type CungLamDb } from '../db';
import { openBlobFromBlob } from '../vault/cipher';
import {
	countWaiting,
	deleteSubmission,
	enqueueSubmission,
	fileAad,
	openPayload,
	outboxKeyOf,
	phoneMatches,
	retrySubmission,
	sha256Hex
} from './outbox';
import { localReferencePattern } from './local-reference';

const marker = 'NGUYEN-THI-HANG-0912345678';

const answers: Answers = {
	applicant: { fullName: marker, phone: '0912 345 678' },
	papers: {
		birthCertificate: [
			{ attachmentId: 'a1', fileName: 'giay.jpg', mimeType: 'image/jpeg', sizeBytes: 5 }
		]
	}
};

const file = () => new Blob([`%JPEG ${marker}`], { type: 'image/jpeg' });

let db: CungLamDb;
beforeEach(() => {
	db = openCungLamDb('outbox-' + crypto.randomUUID());
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

function submit(extra: Partial<Parameters<typeof enqueueSubmission>[1]> = {}) {
	return enqueueSubmission(db, {
		application: { procedureId: 'dang-ky-khai-sinh', procedureVersion: 1, answers },
		procedureSlug: 'dang-ky-khai-sinh',
		files: new Map([['a1', file()]]),
		phone: '0912345678',
		...extra
	});
}

function rawDump(): Promise<string> {
	return Promise.all([db.outbox.toArray(), db.submissions.toArray()]).then((rows) =>
		JSON.stringify(rows, (_k, v: unknown) =>
			v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? new TextDecoder().decode(v) : v
		)
	);
}

describe('outbox', () => {
	it('queues a sealed payload with rising mutation ids and a local reference', async () => {
		const first = await submit();
		const second = await submit();
		expect(first.localReference).toMatch(localReferencePattern);
		const entries = await db.outbox.orderBy('mutationId').toArray();
		expect(entries.map((e) => e.mutationId)).toEqual([1, 2]);
		expect(entries[0]!.localReference).toBe(first.localReference);
		expect(entries[1]!.localReference).toBe(second.localReference);
		// Nothing personal is readable at rest, in the queue or in the submission list.
		expect(await rawDump()).not.toContain(marker);
		const payload = await openPayload(
			await outboxKeyOf(db),
			first.localReference,
			entries[0]!.sealed
		);
		expect(payload.clientReference).toBe(first.localReference);
		expect(payload.answers.applicant!.fullName).toBe(marker);
	});

	it('stamps each attachment with its hash and seals the file once, by content', async () => {
		await submit();
		await submit();
		const sha = await sha256Hex(await file().arrayBuffer());
		const files = await db.outboxFiles.toArray();
		expect(files.map((f) => f.sha256)).toEqual([sha]);
		const [entry] = await db.outbox.toArray();
		expect(entry!.files).toEqual([sha]);
		const payload = await openPayload(await outboxKeyOf(db), entry!.localReference, entry!.sealed);
		const refs = payload.answers.papers!.birthCertificate as { sha256: string }[];
		expect(refs[0]!.sha256).toBe(sha);
		const opened = await openBlobFromBlob(
			await outboxKeyOf(db),
			files[0]!.blob,
			'image/jpeg',
			fileAad(sha)
		);
		expect(await opened.text()).toContain(marker);
	});

	it('deletes the draft in the same transaction, and keeps it when queuing fails', async () => {
		await db.drafts.add({ id: 'd1' } as never);
		await db.attachments.add({ id: 'a1', draftId: 'd1', blob: file(), createdAt: '' });
		await submit({ draftId: 'd1' });
		expect(await db.drafts.count()).toBe(0);
		expect(await db.attachments.count()).toBe(0);

		await db.drafts.add({ id: 'd2' } as never);
		// A file the answers cite but the caller could not open: nothing is queued, nothing lost.
		await expect(submit({ draftId: 'd2', files: new Map() })).rejects.toThrow();
		expect(await db.drafts.get('d2')).toBeDefined();
		expect(await db.outbox.count()).toBe(1);
	});

	it('checks the last four phone digits without storing them', async () => {
		const record = await submit();
		expect(await phoneMatches(record, '5678')).toBe(true);
		expect(await phoneMatches(record, '5679')).toBe(false);
		expect(JSON.stringify(record)).not.toContain('5678');
	});

	it('counts what waits, and "Gửi lại" / "Xoá" act on a refused submission', async () => {
		const a = await submit();
		const b = await submit();
		expect(await countWaiting(db)).toBe(2);
		// As sync-pass records a refusal: the entry leaves the queue, the payload stays for retry.
		const [entry] = await db.outbox.where('localReference').equals(a.localReference).toArray();
		await db.outbox.delete(entry!.mutationId);
		await db.submissions.update(a.localReference, {
			failure: { reason: 'invalid_input', at: '', sealed: entry!.sealed, files: entry!.files }
		});
		expect(await countWaiting(db)).toBe(1);

		await retrySubmission(db, a.localReference);
		const requeued = await db.outbox.where('localReference').equals(a.localReference).first();
		expect(requeued!.mutationId).toBe(3);
		expect((await db.submissions.get(a.localReference))!.failure).toBeUndefined();
		expect(await countWaiting(db)).toBe(2);

		await deleteSubmission(db, a.localReference);
		await deleteSubmission(db, b.localReference);
		expect(await db.outbox.count()).toBe(0);
		expect(await db.submissions.count()).toBe(0);
		expect(await db.outboxFiles.count()).toBe(0);
	});
});
