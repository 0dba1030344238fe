import { describe, expect, it, vi } from 'vitest';
import type { Options } from 'browser-image-compression';
import type { DocumentSlot } from '$lib/domain/procedures/procedure.schema';
import { fileTypeOf, prepareAttachment, type Compressor } from './prepare-attachment';

const MB = 1024 * 1024;

function slot(overrides: Partial<DocumentSlot> = {}): DocumentSlot {
	return {
		id: 'giayTo',
		name: { vi: 'Giấy tờ', en: 'Paper' },
		required: true,
		acceptedTypes: ['image/jpeg', 'image/png', 'application/pdf'],
		maxFiles: 3,
		maxSizeMb: 5,
		...overrides
	};
}

/** Stands in for browser-image-compression: returns `size` bytes of the requested type. */
function fakeCompressor(size = 1000, thumbnailSize = 100) {
	return vi.fn<Compressor>((_file: File, options: Options) =>
		Promise.resolve(
			new Blob([new Uint8Array(options.maxWidthOrHeight === 240 ? thumbnailSize : size)], {
				type: options.fileType
			})
		)
	);
}

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');

describe('fileTypeOf', () => {
	it('trusts a declared type, normalising old aliases', () => {
		expect(fileTypeOf(new File([], 'a.png', { type: 'image/jpeg' }))).toBe('image/jpeg');
		expect(fileTypeOf(new File([], 'a', { type: 'image/pjpeg' }))).toBe('image/jpeg');
	});

	it('falls back on the extension when the browser gave no type', () => {
		expect(fileTypeOf(new File([], 'IMG_0001.JPG'))).toBe('image/jpeg');
		expect(fileTypeOf(new File([], 'scan.pdf', { type: 'application/octet-stream' }))).toBe(
			'application/pdf'
		);
		expect(fileTypeOf(new File([], 'notes.txt'))).toBe('');
	});
});

describe('prepareAttachment', () => {
	it('rejects a type the slot does not accept, before any compression', async () => {
		const compress = fakeCompressor();
		const gif = new File([new Uint8Array(10)], 'a.gif', { type: 'image/gif' });
		expect(await prepareAttachment(gif, slot(), compress)).toEqual({
			ok: false,
			code: 'type_not_accepted'
		});
		const png = new File([new Uint8Array(10)], 'a.png', { type: 'image/png' });
		expect(await prepareAttachment(png, slot({ acceptedTypes: ['image/jpeg'] }), compress)).toEqual(
			{ ok: false, code: 'type_not_accepted' }
		);
		const pdf = new File([pdfBytes], 'a.pdf', { type: 'application/pdf' });
		expect(await prepareAttachment(pdf, slot({ acceptedTypes: ['image/jpeg'] }), compress)).toEqual(
			{ ok: false, code: 'type_not_accepted' }
		);
		expect(compress).not.toHaveBeenCalled();
	});

	it('compresses a photo to JPEG with the agreed options and draws a thumbnail', async () => {
		const compress = fakeCompressor(2000, 300);
		const photo = new File([new Uint8Array(4 * MB)], 'Giấy khai sinh.png', { type: 'image/png' });
		const result = await prepareAttachment(photo, slot({ maxSizeMb: 5 }), compress);

		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.mimeType).toBe('image/jpeg');
		expect(result.fileName).toBe('Giấy khai sinh.jpg');
		expect(result.blob.size).toBe(2000);
		expect(result.blob.type).toBe('image/jpeg');
		expect(result.thumbnail?.size).toBe(300);
		expect(compress).toHaveBeenNthCalledWith(1, photo, {
			maxSizeMB: 1.5,
			maxWidthOrHeight: 2000,
			useWebWorker: true,
			fileType: 'image/jpeg',
			initialQuality: 0.8
		});
		const [thumbnailInput, thumbnailOptions] = compress.mock.calls[1]!;
		expect(thumbnailInput.size).toBe(2000);
		expect(thumbnailOptions).toMatchObject({ maxWidthOrHeight: 240, fileType: 'image/jpeg' });
		expect(thumbnailOptions.maxSizeMB).toBeLessThan(0.1);
	});

	it('aims below a slot limit smaller than 1.5 MB', async () => {
		const compress = fakeCompressor();
		const photo = new File([new Uint8Array(10)], 'a.jpg', { type: 'image/jpeg' });
		await prepareAttachment(photo, slot({ maxSizeMb: 0.5 }), compress);
		expect(compress.mock.calls[0]![1].maxSizeMB).toBe(0.5);
	});

	it('takes a camera capture with no type but a .jpg name as a JPEG', async () => {
		const compress = fakeCompressor();
		const capture = new File([new Uint8Array(10)], 'image.jpg', { type: '' });
		const result = await prepareAttachment(
			capture,
			slot({ acceptedTypes: ['image/jpeg'] }),
			compress
		);
		expect(result.ok).toBe(true);
		// The library refuses a file whose type is not image/*.
		expect(compress.mock.calls[0]![0].type).toBe('image/jpeg');
	});

	it('keeps PNG for a slot that accepts PNG but not JPEG', async () => {
		const compress = fakeCompressor();
		const png = new File([new Uint8Array(10)], 'sodo', { type: 'image/png' });
		const result = await prepareAttachment(png, slot({ acceptedTypes: ['image/png'] }), compress);
		expect(result).toMatchObject({ ok: true, mimeType: 'image/png', fileName: 'sodo.png' });
		expect(compress.mock.calls[0]![1].fileType).toBe('image/png');
	});

	it('checks the size after compressing', async () => {
		const photo = new File([new Uint8Array(3 * MB)], 'a.jpg', { type: 'image/jpeg' });
		// A large original that compresses below the limit is fine…
		expect((await prepareAttachment(photo, slot({ maxSizeMb: 1 }), fakeCompressor(MB))).ok).toBe(
			true
		);
		// …one that stays above it is not.
		expect(await prepareAttachment(photo, slot({ maxSizeMb: 1 }), fakeCompressor(MB + 1))).toEqual({
			ok: false,
			code: 'too_large'
		});
	});

	it('reports a corrupt image as unreadable', async () => {
		const compress = vi.fn<Compressor>(() => Promise.reject(new Error('decode failed')));
		const photo = new File([new Uint8Array(10)], 'a.jpg', { type: 'image/jpeg' });
		expect(await prepareAttachment(photo, slot(), compress)).toEqual({
			ok: false,
			code: 'unreadable'
		});
	});

	it('keeps the photo when only the thumbnail fails', async () => {
		const compress = vi.fn<Compressor>((_file, options) =>
			options.maxWidthOrHeight === 240
				? Promise.reject(new Error('no canvas'))
				: Promise.resolve(new Blob([new Uint8Array(10)], { type: 'image/jpeg' }))
		);
		const photo = new File([new Uint8Array(10)], 'a.jpg', { type: 'image/jpeg' });
		expect(await prepareAttachment(photo, slot(), compress)).toMatchObject({
			ok: true,
			thumbnail: null
		});
	});

	it('accepts a PDF unchanged, with no thumbnail', async () => {
		const compress = fakeCompressor();
		const pdf = new File([pdfBytes], 'Sổ hộ khẩu.pdf', { type: 'application/pdf' });
		const result = await prepareAttachment(pdf, slot(), compress);

		expect(result).toMatchObject({
			ok: true,
			mimeType: 'application/pdf',
			fileName: 'Sổ hộ khẩu.pdf',
			thumbnail: null
		});
		if (!result.ok) return;
		expect(new Uint8Array(await result.blob.arrayBuffer())).toEqual(pdfBytes);
		expect(compress).not.toHaveBeenCalled();
	});

	it('rejects a PDF over the slot limit and a file that only claims to be a PDF', async () => {
		const big = new File([pdfBytes, new Uint8Array(MB)], 'a.pdf', { type: 'application/pdf' });
		expect(await prepareAttachment(big, slot({ maxSizeMb: 1 }), fakeCompressor())).toEqual({
			ok: false,
			code: 'too_large'
		});
		const fake = new File(['<html>'], 'a.pdf', { type: 'application/pdf' });
		expect(await prepareAttachment(fake, slot(), fakeCompressor())).toEqual({
			ok: false,
			code: 'unreadable'
		});
	});

	it('types a PDF that came with no type', async () => {
		const pdf = new File([pdfBytes], 'scan.pdf');
		const result = await prepareAttachment(pdf, slot(), fakeCompressor());
		expect(result.ok && result.blob.type).toBe('application/pdf');
	});
});
