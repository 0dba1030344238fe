import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCungLamDb, type CungLamDb } from '../db';
import { VaultError } from '../vault/vault-error';
import {
	AttachmentError,
	attachmentsOfDraft,
	copyAttachmentsForBundle,
	loadAttachment,
	loadThumbnail,
	removeAttachment,
	restoreAttachmentsFromBundle,
	storeAttachment
} from './attachment-store';

const marker = 'CCCD-079123456789-NGUYEN-VAN-A';

function newKey(): Promise<CryptoKey> {
	return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

function bytesOf(blob: Blob): Promise<Uint8Array> {
	return blob.arrayBuffer().then((buffer) => new Uint8Array(buffer));
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
	outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
		for (let i = 0; i < needle.length; i++) if (haystack[start + i] !== needle[i]) continue outer;
		return true;
	}
	return false;
}

function prepared(text = marker) {
	return {
		blob: new Blob([`${text} ${'x'.repeat(2000)}`], { type: 'image/jpeg' }),
		thumbnail: new Blob([`thumb ${text}`], { type: 'image/jpeg' }),
		mimeType: 'image/jpeg',
		fileName: 'cccd-mat-truoc.jpg'
	};
}

let db: CungLamDb;
let key: CryptoKey;

beforeEach(async () => {
	db = openCungLamDb('test-' + crypto.randomUUID());
	key = await newKey();
});

afterEach(async () => {
	vi.restoreAllMocks();
	await db.delete();
});

describe('storeAttachment / loadAttachment', () => {
	it('round-trips the exact bytes and returns the reference for the answers', async () => {
		const input = prepared();
		const ref = await storeAttachment(db, key, 'draft-1', input);

		expect(ref).toEqual({
			attachmentId: expect.any(String),
			fileName: 'cccd-mat-truoc.jpg',
			mimeType: 'image/jpeg',
			sizeBytes: input.blob.size
		});
		const loaded = await loadAttachment(db, key, ref);
		expect(loaded.type).toBe('image/jpeg');
		expect(await bytesOf(loaded)).toEqual(await bytesOf(input.blob));
		const thumbnail = await loadThumbnail(db, key, ref.attachmentId);
		expect(await bytesOf(thumbnail!)).toEqual(await bytesOf(input.thumbnail));
	});

	it('stores only ciphertext: no plaintext bytes, name or type in the record', async () => {
		const ref = await storeAttachment(db, key, 'draft-1', prepared());
		const record = await db.attachments.get(ref.attachmentId);

		expect(Object.keys(record!).sort()).toEqual([
			'blob',
			'createdAt',
			'draftId',
			'id',
			'thumbnail'
		]);
		const needle = new TextEncoder().encode(marker);
		expect(contains(await bytesOf(record!.blob), needle)).toBe(false);
		expect(contains(await bytesOf(record!.thumbnail!), needle)).toBe(false);
		expect(JSON.stringify(record)).not.toContain('cccd-mat-truoc');
		// Sanity check of the search itself.
		expect(contains(await bytesOf(prepared().blob), needle)).toBe(true);
	});

	it('does not open under another key', async () => {
		const ref = await storeAttachment(db, key, 'draft-1', prepared());
		const other = await newKey();
		await expect(loadAttachment(db, other, ref)).rejects.toMatchObject({ code: 'pin_wrong' });
		await expect(loadThumbnail(db, other, ref.attachmentId)).rejects.toBeInstanceOf(VaultError);
	});

	it('does not open a ciphertext moved to another record', async () => {
		const a = await storeAttachment(db, key, 'draft-1', prepared('AAA'));
		const b = await storeAttachment(db, key, 'draft-1', prepared('BBB'));
		const recordA = (await db.attachments.get(a.attachmentId))!;
		const recordB = (await db.attachments.get(b.attachmentId))!;
		await db.attachments.update(a.attachmentId, { blob: recordB.blob });
		await db.attachments.update(b.attachmentId, { blob: recordA.blob });

		await expect(loadAttachment(db, key, a)).rejects.toMatchObject({ code: 'pin_wrong' });
		await expect(loadAttachment(db, key, b)).rejects.toMatchObject({ code: 'pin_wrong' });
	});

	it('does not open a file as its own thumbnail or the reverse', async () => {
		const ref = await storeAttachment(db, key, 'draft-1', prepared());
		const record = (await db.attachments.get(ref.attachmentId))!;
		await db.attachments.update(ref.attachmentId, {
			blob: record.thumbnail!,
			thumbnail: record.blob
		});
		await expect(loadAttachment(db, key, ref)).rejects.toBeInstanceOf(VaultError);
		await expect(loadThumbnail(db, key, ref.attachmentId)).rejects.toBeInstanceOf(VaultError);
	});

	it('stores a PDF with no thumbnail', async () => {
		const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
		const ref = await storeAttachment(db, key, 'draft-1', {
			blob: pdf,
			thumbnail: null,
			mimeType: 'application/pdf',
			fileName: 'a.pdf'
		});
		expect((await db.attachments.get(ref.attachmentId))!.thumbnail).toBeUndefined();
		expect(await loadThumbnail(db, key, ref.attachmentId)).toBeNull();
		expect((await loadAttachment(db, key, ref)).type).toBe('application/pdf');
	});

	it('lets a full disk reach the caller as the QuotaExceededError DOMException', async () => {
		const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		// As Dexie reports a transaction aborted by the browser.
		vi.spyOn(db.attachments, 'add').mockRejectedValue(new Dexie.AbortError('aborted', quota));
		await expect(storeAttachment(db, key, 'draft-1', prepared())).rejects.toBe(quota);

		vi.spyOn(db.attachments, 'add').mockRejectedValue(quota);
		await expect(storeAttachment(db, key, 'draft-1', prepared())).rejects.toBe(quota);
		expect(await db.attachments.count()).toBe(0);
	});
});

describe('removeAttachment / attachmentsOfDraft', () => {
	it('lists a draft’s files and deletes one', async () => {
		const a = await storeAttachment(db, key, 'draft-1', prepared());
		const b = await storeAttachment(db, key, 'draft-1', prepared());
		await storeAttachment(db, key, 'draft-2', prepared());

		expect((await attachmentsOfDraft(db, 'draft-1')).sort()).toEqual(
			[a.attachmentId, b.attachmentId].sort()
		);
		await removeAttachment(db, a.attachmentId);
		expect(await attachmentsOfDraft(db, 'draft-1')).toEqual([b.attachmentId]);
		expect(await db.attachments.get(a.attachmentId)).toBeUndefined();
		await expect(loadAttachment(db, key, a)).rejects.toBeInstanceOf(AttachmentError);
	});
});

describe('bundle copy and restore', () => {
	it('moves files to another device key with the same ids', async () => {
		const photo = prepared();
		const pdf = {
			blob: new Blob(['%PDF-1.7 ', marker], { type: 'application/pdf' }),
			thumbnail: null,
			mimeType: 'application/pdf',
			fileName: 'a.pdf'
		};
		const refs = [
			await storeAttachment(db, key, 'draft-1', photo),
			await storeAttachment(db, key, 'draft-1', pdf)
		];
		const items = await copyAttachmentsForBundle(db, key, [...refs, refs[0]!]);
		expect(items.map(({ id, type }) => ({ id, type }))).toEqual([
			{ id: refs[0]!.attachmentId, type: 'image/jpeg' },
			{ id: refs[1]!.attachmentId, type: 'application/pdf' }
		]);

		const homeDb = openCungLamDb('test-' + crypto.randomUUID());
		const homeKey = await newKey();
		const thumbnail = vi.fn((image: Blob) => Promise.resolve(new Blob([`t${image.size}`])));
		try {
			await restoreAttachmentsFromBundle(homeDb, homeKey, 'home-draft', items, { thumbnail });
			expect(thumbnail).toHaveBeenCalledTimes(1);
			expect((await attachmentsOfDraft(homeDb, 'home-draft')).sort()).toEqual(
				refs.map((ref) => ref.attachmentId).sort()
			);
			for (const [ref, input] of [
				[refs[0]!, photo.blob],
				[refs[1]!, pdf.blob]
			] as const) {
				const loaded = await loadAttachment(homeDb, homeKey, ref);
				expect(await bytesOf(loaded)).toEqual(await bytesOf(input));
				await expect(loadAttachment(homeDb, key, ref)).rejects.toBeInstanceOf(VaultError);
			}
			expect(await loadThumbnail(homeDb, homeKey, refs[0]!.attachmentId)).not.toBeNull();
			expect(await loadThumbnail(homeDb, homeKey, refs[1]!.attachmentId)).toBeNull();

			// A retry into the same draft overwrites; ids held by another draft are refused.
			await restoreAttachmentsFromBundle(homeDb, homeKey, 'home-draft', items);
			expect(await homeDb.attachments.count()).toBe(2);
			await expect(
				restoreAttachmentsFromBundle(homeDb, homeKey, 'other-draft', items)
			).rejects.toMatchObject({ code: 'conflict' });
			expect(await attachmentsOfDraft(homeDb, 'other-draft')).toEqual([]);
		} finally {
			await homeDb.delete();
		}
	});

	it('refuses to copy a file the answers cite but the device no longer holds', async () => {
		const ref = await storeAttachment(db, key, 'draft-1', prepared());
		await removeAttachment(db, ref.attachmentId);
		await expect(copyAttachmentsForBundle(db, key, [ref])).rejects.toMatchObject({
			code: 'not_found'
		});
	});
});
