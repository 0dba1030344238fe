/**
 * A draft with its attachments as one binary, for the resume-at-home upload:
 *
 *   'CLRB' | version (1 byte) | bundle id (16 random bytes) | part… where
 *   part = length (uint32, big-endian) | iv (12) | AES-GCM ciphertext and tag
 *
 * Part 0 is the JSON manifest (the draft and the list of attachments), then one part per
 * attachment in manifest order. Each part's AAD names the bundle id and its position, so parts
 * cannot be reordered, dropped or mixed with those of an earlier upload under the same key.
 */
import { fromBase64, toBase64 } from './base64';
import { openBytes, openJson, packSealed, sealBytes, sealJson, unpackSealed } from './cipher';
import { VaultError } from './vault-error';

export { fromBase64, toBase64 };

export type BundleAttachment = { id: string; type: string; bytes: ArrayBuffer };
export type BundleContent = { draft: unknown; attachments: BundleAttachment[] };

type Manifest = { draft: unknown; attachments: { id: string; type: string; size: number }[] };

const MAGIC = [0x43, 0x4c, 0x52, 0x42]; // 'CLRB': Cùng Làm resume bundle
const VERSION = 1;
const ID_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1 + ID_BYTES;

function partAad(bundleId: Uint8Array, part: string): string {
	const hex = Array.from(bundleId, (b) => b.toString(16).padStart(2, '0')).join('');
	return `cung-lam/bundle/v${VERSION}/${hex}/${part}`;
}

export async function sealBundle(
	key: CryptoKey,
	content: BundleContent
): Promise<Uint8Array<ArrayBuffer>> {
	const bundleId = crypto.getRandomValues(new Uint8Array(ID_BYTES));
	const manifest: Manifest = {
		draft: content.draft,
		attachments: content.attachments.map(({ id, type, bytes }) => ({
			id,
			type,
			size: bytes.byteLength
		}))
	};
	const parts = [packSealed(await sealJson(key, manifest, partAad(bundleId, 'manifest')))];
	for (const [index, attachment] of content.attachments.entries()) {
		const aad = partAad(bundleId, `attachment/${index}`);
		parts.push(packSealed(await sealBytes(key, attachment.bytes, aad)));
	}

	const total = HEADER_BYTES + parts.reduce((sum, part) => sum + 4 + part.byteLength, 0);
	const out = new Uint8Array(total);
	const view = new DataView(out.buffer);
	out.set(MAGIC, 0);
	out[MAGIC.length] = VERSION;
	out.set(bundleId, MAGIC.length + 1);
	let offset = HEADER_BYTES;
	for (const part of parts) {
		view.setUint32(offset, part.byteLength);
		out.set(part, offset + 4);
		offset += 4 + part.byteLength;
	}
	return out;
}

function readParts(bytes: Uint8Array): { bundleId: Uint8Array; parts: Uint8Array[] } {
	if (bytes.byteLength < HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) {
		throw new VaultError('corrupt', 'not a bundle');
	}
	if (bytes[MAGIC.length] !== VERSION) throw new VaultError('corrupt', 'unknown bundle version');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const parts: Uint8Array[] = [];
	let offset = HEADER_BYTES;
	while (offset < bytes.byteLength) {
		if (offset + 4 > bytes.byteLength) throw new VaultError('corrupt', 'truncated bundle');
		const length = view.getUint32(offset);
		const end = offset + 4 + length;
		if (end > bytes.byteLength) throw new VaultError('corrupt', 'truncated bundle');
		parts.push(bytes.subarray(offset + 4, end));
		offset = end;
	}
	return { bundleId: bytes.subarray(MAGIC.length + 1, HEADER_BYTES), parts };
}

function isManifest(value: unknown): value is Manifest {
	if (typeof value !== 'object' || value === null || !('attachments' in value)) return false;
	const { attachments } = value;
	return (
		Array.isArray(attachments) &&
		attachments.every(
			(a: unknown) =>
				typeof a === 'object' &&
				a !== null &&
				typeof (a as Record<string, unknown>).id === 'string' &&
				typeof (a as Record<string, unknown>).type === 'string' &&
				typeof (a as Record<string, unknown>).size === 'number'
		)
	);
}

/**
 * Throws VaultError: 'pin_wrong' when the manifest does not authenticate (wrong code or PIN, or
 * a tampered manifest), 'corrupt' for anything wrong after the key has been proven right.
 */
export async function openBundle(
	key: CryptoKey,
	input: Uint8Array | ArrayBuffer
): Promise<BundleContent> {
	const bytes = ArrayBuffer.isView(input)
		? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
		: new Uint8Array(input);
	const { bundleId, parts } = readParts(bytes);
	const [manifestPart, ...attachmentParts] = parts;
	if (!manifestPart) throw new VaultError('corrupt', 'empty bundle');
	const manifest = await openJson<unknown>(
		key,
		unpackSealed(manifestPart),
		partAad(bundleId, 'manifest')
	);
	if (!isManifest(manifest) || manifest.attachments.length !== attachmentParts.length) {
		throw new VaultError('corrupt', 'bad manifest');
	}

	const attachments: BundleAttachment[] = [];
	for (const [index, entry] of manifest.attachments.entries()) {
		const aad = partAad(bundleId, `attachment/${index}`);
		let plain: ArrayBuffer;
		try {
			plain = await openBytes(key, unpackSealed(attachmentParts[index]!), aad);
		} catch {
			// The manifest opened, so the key is right: this part was altered.
			throw new VaultError('corrupt', 'attachment does not authenticate');
		}
		if (plain.byteLength !== entry.size) throw new VaultError('corrupt', 'attachment size');
		attachments.push({ id: entry.id, type: entry.type, bytes: plain });
	}
	return { draft: manifest.draft, attachments };
}
