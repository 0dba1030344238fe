import { describe, expect, it } from 'vitest';
import { fromBase64, openBundle, sealBundle, toBase64, type BundleContent } from './bundle';
import { newSalt } from './pin-key';
import { fastDraftKey, newDeviceKey } from '$testing/client/vault-keys';
import { VaultError } from './vault-error';

const key = await fastDraftKey('2468', newSalt(), await newDeviceKey());
const content: BundleContent = {
	draft: { procedureId: 'khai-sinh', answers: { child: { fullName: 'Trần Minh Khôi' } } },
	attachments: [
		{
			id: 'cccd-front',
			type: 'image/jpeg',
			bytes: crypto.getRandomValues(new Uint8Array(40_000)).buffer
		},
		{
			id: 'giay-chung-sinh',
			type: 'application/pdf',
			bytes: crypto.getRandomValues(new Uint8Array(123)).buffer
		}
	]
};
const bundle = await sealBundle(key, content);

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
	return promise.then(
		() => undefined,
		(error: unknown) => (error instanceof VaultError ? error.code : String(error))
	);
}

function edited(change: (bytes: Uint8Array) => void): Uint8Array {
	const copy = new Uint8Array(bundle);
	change(copy);
	return copy;
}

describe('sealBundle / openBundle', () => {
	it('round-trips a draft with two attachments, also through base64', async () => {
		const opened = await openBundle(key, fromBase64(toBase64(bundle)));
		expect(opened.draft).toEqual(content.draft);
		expect(opened.attachments.map(({ id, type }) => ({ id, type }))).toEqual([
			{ id: 'cccd-front', type: 'image/jpeg' },
			{ id: 'giay-chung-sinh', type: 'application/pdf' }
		]);
		for (const [i, attachment] of opened.attachments.entries()) {
			expect(new Uint8Array(attachment.bytes)).toEqual(
				new Uint8Array(content.attachments[i]!.bytes)
			);
		}
		expect(await openBundle(key, bundle.buffer)).toEqual(opened);
	});

	it('round-trips a bundle without attachments', async () => {
		const opened = await openBundle(key, await sealBundle(key, { draft: [1], attachments: [] }));
		expect(opened).toEqual({ draft: [1], attachments: [] });
	});

	it('starts with a magic and version header and hides the content', async () => {
		expect(Array.from(bundle.subarray(0, 5))).toEqual([0x43, 0x4c, 0x52, 0x42, 1]);
		expect(Buffer.from(bundle).toString('latin1')).not.toContain('Khôi');
		expect(Buffer.from(bundle).toString('latin1')).not.toContain('cccd-front');
		// A fresh bundle id and fresh IVs: sealing the same content twice differs.
		expect(await sealBundle(key, content)).not.toEqual(bundle);
	});

	it('says pin_wrong when the key is wrong', async () => {
		const other = await fastDraftKey('2469', newSalt(), await newDeviceKey());
		expect(await codeOf(openBundle(other, bundle))).toBe('pin_wrong');
	});

	it('detects tampering with the manifest, an attachment, the header or the framing', async () => {
		const manifestByte = 21 + 4 + 20;
		const lastByte = bundle.byteLength - 1;
		expect(
			await codeOf(
				openBundle(
					key,
					edited((b) => (b[manifestByte]! ^= 1))
				)
			)
		).toBe('pin_wrong');
		expect(
			await codeOf(
				openBundle(
					key,
					edited((b) => (b[lastByte]! ^= 1))
				)
			)
		).toBe('corrupt');
		// The bundle id is in every part's AAD.
		expect(
			await codeOf(
				openBundle(
					key,
					edited((b) => (b[10]! ^= 1))
				)
			)
		).toBe('pin_wrong');
		expect(
			await codeOf(
				openBundle(
					key,
					edited((b) => (b[0] = 0))
				)
			)
		).toBe('corrupt');
		expect(
			await codeOf(
				openBundle(
					key,
					edited((b) => (b[4] = 2))
				)
			)
		).toBe('corrupt');
		expect(await codeOf(openBundle(key, bundle.subarray(0, lastByte)))).toBe('corrupt');
		expect(await codeOf(openBundle(key, new Uint8Array([...bundle, 0, 0, 0, 0])))).toBe('corrupt');
		expect(await codeOf(openBundle(key, bundle.subarray(0, 21)))).toBe('corrupt');
	});

	it('refuses attachments reordered, dropped or taken from another upload', async () => {
		const parts = (bytes: Uint8Array) => {
			const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
			const found: Uint8Array[] = [];
			for (let at = 21; at < bytes.byteLength;) {
				const length = view.getUint32(at);
				found.push(bytes.subarray(at, at + 4 + length));
				at += 4 + length;
			}
			return found;
		};
		const join = (header: Uint8Array, list: Uint8Array[]) => {
			const out = new Uint8Array(header.byteLength + list.reduce((n, p) => n + p.byteLength, 0));
			let at = 0;
			for (const piece of [header, ...list]) {
				out.set(piece, at);
				at += piece.byteLength;
			}
			return out;
		};
		const header = bundle.subarray(0, 21);
		const [manifest, first, second] = parts(bundle);
		expect(
			await codeOf(openBundle(key, join(header, [manifest!, first!, second!])))
		).toBeUndefined();
		expect(await codeOf(openBundle(key, join(header, [manifest!, second!, first!])))).toBe(
			'corrupt'
		);
		expect(await codeOf(openBundle(key, join(header, [manifest!, first!])))).toBe('corrupt');
		const [, , newerSecond] = parts(await sealBundle(key, content));
		expect(await codeOf(openBundle(key, join(header, [manifest!, first!, newerSecond!])))).toBe(
			'corrupt'
		);
	});
});
