import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { like } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import { rateLimitEvents } from './db/schema';
import { fakeFile, sha256Of } from '$testing/server/attachments';
import { failure } from '$testing/server/failure';
import { testContext } from '$testing/server/context';
import { openTestDatabase } from '$testing/server/database';
import { createCaller } from './trpc/root';
import { chargeUpload, defaultUploadLimit, uploadKeyPrefix } from './upload-limit';

const settings = { maxBytes: 1_000_000, windowMs: 60 * 60 * 1000, minChargeBytes: 10_000 };
const now = new Date('2026-11-20T03:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

async function refusal(call: Promise<unknown>): Promise<string> {
	return call.then(
		() => 'none',
		(e: unknown) => (e instanceof AppError ? e.code : String(e))
	);
}

describe('upload limit per address', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(() => handle.dispose());

	it('lets an address upload up to the limit in a window, then refuses with rate_limited', async () => {
		const charge = (address: string, bytes: number, at = now) =>
			refusal(chargeUpload(handle.db, address, bytes, settings, at));
		expect(await charge('10.0.0.1', 600_000)).toBe('none');
		expect(await charge('10.0.0.1', 400_000)).toBe('none');
		expect(await charge('10.0.0.1', 1)).toBe('rate_limited');
		// A refused upload is not counted: still refused, not more so.
		expect(await charge('10.0.0.1', 1)).toBe('rate_limited');
		// Another address has its own budget; an IPv6 /64 counts as one address.
		expect(await charge('10.0.0.2', 990_000)).toBe('none');
		expect(await charge('2001:db8:1:2::1', 500_000)).toBe('none');
		expect(await charge('2001:db8:1:2:ffff::9', 500_000)).toBe('none');
		expect(await charge('2001:db8:1:2::77', 10_000)).toBe('rate_limited');
		// The window moves on.
		expect(await charge('10.0.0.1', 600_000, later(settings.windowMs + 1))).toBe('none');
	});

	it('weighs each upload at least the minimum, so tiny chunks are bounded too', async () => {
		for (let i = 0; i < 100; i++) {
			expect(await refusal(chargeUpload(handle.db, '10.0.1.1', 1, settings, now))).toBe('none');
		}
		expect(await refusal(chargeUpload(handle.db, '10.0.1.1', 1, settings, now))).toBe(
			'rate_limited'
		);
	});

	it('is charged by attachments.putChunk and resume.store before anything is stored', async () => {
		const address = '10.0.2.1';
		const caller = createCaller(testContext(handle, { clientAddress: address }));
		// Nearly the whole budget already spent in this window.
		await handle.db.insert(rateLimitEvents).values({
			key: `${uploadKeyPrefix}${address}`,
			at: new Date(),
			amount: defaultUploadLimit.maxBytes - 1000
		});
		const bytes = fakeFile('image/jpeg', 50_000, 'limited');
		const chunk = {
			sha256: sha256Of(bytes),
			mimeType: 'image/jpeg',
			totalBytes: bytes.length,
			offset: 0,
			data: Buffer.from(bytes).toString('base64')
		};
		expect(await failure(caller.attachments.putChunk(chunk))).toBe('rate_limited');
		expect(await caller.attachments.status({ sha256: chunk.sha256 })).toEqual({
			receivedBytes: 0,
			complete: false
		});
		const store = caller.resume.store({
			lookupId: 'd'.repeat(64),
			authToken: 'e'.repeat(43),
			ciphertext: Buffer.alloc(50_000, 1).toString('base64')
		});
		expect(await failure(store)).toBe('rate_limited');

		// From another address the same upload goes through, and is counted there.
		const other = createCaller(testContext(handle, { clientAddress: '10.0.2.2' }));
		expect(await other.attachments.putChunk(chunk)).toEqual({
			receivedBytes: 50_000,
			complete: true
		});
		const counted = await handle.db
			.select({ amount: rateLimitEvents.amount })
			.from(rateLimitEvents)
			.where(like(rateLimitEvents.key, `${uploadKeyPrefix}10.0.2.2`));
		expect(counted).toEqual([{ amount: 50_000 }]);
	});
});
