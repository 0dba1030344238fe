import { describe, expect, it } from 'vitest';
import {
	makeKeyCheck,
	openBlob,
	openBlobFromBlob,
	openBytes,
	openJson,
	sealBlob,
	sealBlobToBlob,
	sealBytes,
	sealJson,
	verifyKeyCheck,
	type Sealed
} from './cipher';
import { newSalt } from './pin-key';
import { fastDraftKey, newDeviceKey } from '$testing/client/vault-keys';
import { VaultError } from './vault-error';

const deviceKey = await newDeviceKey();
const salt = newSalt();
const key = await fastDraftKey('135790', salt, deviceKey);
const draft = { answers: { applicant: { fullName: 'Nguyễn Thị Lan', phone: '0912345678' } } };

async function expectVaultError(promise: Promise<unknown>, code: VaultError['code']) {
	const error: unknown = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(VaultError);
	expect((error as VaultError).code).toBe(code);
}

function flip(bytes: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
	const copy = new Uint8Array(bytes);
	copy[index]! ^= 0x01;
	return copy;
}

describe('sealJson / openJson', () => {
	it('round-trips a value, with and without AAD, leaving strings as given', async () => {
		const nfd = 'Nguye\u0302\u0303n';
		const value = { ...draft, note: nfd, n: 3, list: [true, null] };
		expect(await openJson(key, await sealJson(key, value))).toEqual(value);
		const opened = await openJson<typeof value>(
			key,
			await sealJson(key, value, 'draft:a'),
			'draft:a'
		);
		expect(opened).toEqual(value);
		expect(opened.note).toBe(nfd);
	});

	it('seals to a structured-clonable record that opens after a clone (IndexedDB)', async () => {
		const sealed = structuredClone(await sealJson(key, draft, 'draft:a'));
		expect(await openJson(key, sealed, 'draft:a')).toEqual(draft);
	});

	it('uses a fresh IV for every write', async () => {
		const a = await sealJson(key, draft);
		const b = await sealJson(key, draft);
		expect(a.iv.byteLength).toBe(12);
		expect(a.iv).not.toEqual(b.iv);
		expect(new Uint8Array(a.data)).not.toEqual(new Uint8Array(b.data));
	});

	it('does not reveal the plaintext', async () => {
		const sealed = await sealJson(key, draft);
		expect(Buffer.from(sealed.data).toString('latin1')).not.toContain('0912345678');
	});

	it('refuses a value JSON cannot hold', async () => {
		await expect(sealJson(key, undefined)).rejects.toThrow(TypeError);
	});
});

describe('sealBytes / openBytes', () => {
	it('round-trips an ArrayBuffer and a Uint8Array view', async () => {
		const bytes = crypto.getRandomValues(new Uint8Array(1000));
		const view = bytes.subarray(100, 300);
		expect(new Uint8Array(await openBytes(key, await sealBytes(key, bytes.buffer)))).toEqual(bytes);
		expect(new Uint8Array(await openBytes(key, await sealBytes(key, view)))).toEqual(view);
		expect((await openBytes(key, await sealBytes(key, new Uint8Array(0)))).byteLength).toBe(0);
	});
});

describe('opening with the wrong key', () => {
	it('fails with pin_wrong for a wrong PIN with the same salt', async () => {
		const sealed = await sealJson(key, draft, 'draft:a');
		const wrong = await fastDraftKey('135791', salt, deviceKey);
		await expectVaultError(openJson(wrong, sealed, 'draft:a'), 'pin_wrong');
	});

	it('fails on another PC (another device key) even with the right PIN and salt', async () => {
		const sealed = await sealJson(key, draft, 'draft:a');
		const elsewhere = await fastDraftKey('135790', salt, await newDeviceKey());
		await expectVaultError(openJson(elsewhere, sealed, 'draft:a'), 'pin_wrong');
	});
});

describe('tampering', () => {
	it('detects a flipped bit in the ciphertext, in the tag and in the IV', async () => {
		const sealed = await sealJson(key, draft);
		const data = new Uint8Array(sealed.data);
		for (const tampered of [
			{ ...sealed, data: flip(data, 0).buffer },
			{ ...sealed, data: flip(data, data.byteLength - 1).buffer },
			{ ...sealed, iv: flip(sealed.iv, 5) }
		]) {
			await expectVaultError(openJson(key, tampered), 'pin_wrong');
		}
	});

	it('does not open a record swapped with another (AAD binds the id)', async () => {
		const sealed = await sealJson(key, draft, 'draft:a');
		await expectVaultError(openJson(key, sealed, 'draft:b'), 'pin_wrong');
		await expectVaultError(openJson(key, sealed), 'pin_wrong');
		await expectVaultError(openJson(key, await sealJson(key, draft), 'draft:a'), 'pin_wrong');
	});

	it('reports malformed records as corrupt', async () => {
		const sealed = await sealJson(key, draft);
		const malformed: unknown[] = [
			null,
			'sealed',
			{},
			{ ...sealed, v: 2 },
			{ ...sealed, iv: sealed.iv.subarray(0, 8) },
			{ ...sealed, iv: Array.from(sealed.iv) },
			{ ...sealed, data: new Uint8Array(sealed.data) },
			{ ...sealed, data: new ArrayBuffer(15) }
		];
		for (const value of malformed) {
			await expectVaultError(openJson(key, value as Sealed), 'corrupt');
		}
	});

	it('reports authenticated bytes that are not JSON as corrupt', async () => {
		const sealed = await sealBytes(key, new Uint8Array([0xff, 0xfe]), 'x');
		await expectVaultError(openJson(key, sealed, 'x'), 'corrupt');
	});
});

describe('blobs', () => {
	const photo = new Blob([crypto.getRandomValues(new Uint8Array(50_000))], { type: 'image/jpeg' });

	it('round-trips a Blob as a Sealed value with its type', async () => {
		const stored = await sealBlob(key, photo, 'attachment:1');
		expect(stored.type).toBe('image/jpeg');
		const opened = await openBlob(key, stored, 'attachment:1');
		expect(opened.type).toBe('image/jpeg');
		expect(new Uint8Array(await opened.arrayBuffer())).toEqual(
			new Uint8Array(await photo.arrayBuffer())
		);
	});

	it('round-trips a Blob as a ciphertext Blob (iv ‖ data)', async () => {
		const sealed = await sealBlobToBlob(key, photo, 'attachment:1');
		expect(sealed.type).toBe('application/octet-stream');
		expect(sealed.size).toBe(photo.size + 12 + 16);
		const opened = await openBlobFromBlob(key, sealed, photo.type, 'attachment:1');
		expect(opened.type).toBe('image/jpeg');
		expect(new Uint8Array(await opened.arrayBuffer())).toEqual(
			new Uint8Array(await photo.arrayBuffer())
		);
	});

	it('detects a tampered, swapped or truncated ciphertext Blob', async () => {
		const sealed = new Uint8Array(
			await (await sealBlobToBlob(key, photo, 'attachment:1')).arrayBuffer()
		);
		const asBlob = (bytes: Uint8Array<ArrayBuffer>) => new Blob([bytes]);
		await expectVaultError(
			openBlobFromBlob(key, asBlob(flip(sealed, 3)), 'image/jpeg', 'attachment:1'),
			'pin_wrong'
		);
		await expectVaultError(
			openBlobFromBlob(key, asBlob(flip(sealed, 400)), 'image/jpeg', 'attachment:1'),
			'pin_wrong'
		);
		await expectVaultError(
			openBlobFromBlob(key, asBlob(sealed), 'image/jpeg', 'attachment:2'),
			'pin_wrong'
		);
		await expectVaultError(
			openBlobFromBlob(key, asBlob(sealed.slice(0, 20)), 'image/jpeg', 'attachment:1'),
			'corrupt'
		);
	});
});

describe('key check', () => {
	it('verifies the key it was made with and no other', async () => {
		const check = await makeKeyCheck(key);
		expect(await verifyKeyCheck(key, structuredClone(check))).toBe(true);
		expect(await verifyKeyCheck(await fastDraftKey('000000', salt, deviceKey), check)).toBe(false);
		expect(
			await verifyKeyCheck(await fastDraftKey('135790', salt, await newDeviceKey()), check)
		).toBe(false);
	});

	it('throws corrupt for something that is not a key check', async () => {
		await expectVaultError(verifyKeyCheck(key, { v: 1 } as unknown as Sealed), 'corrupt');
		// A draft sealed under the same key is authentic but not a key check.
		const draftSealed = await sealBytes(key, new TextEncoder().encode('{}'), 'key-check');
		await expectVaultError(verifyKeyCheck(key, draftSealed), 'corrupt');
	});
});
