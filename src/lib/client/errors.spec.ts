import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { errorCodeOf, errorParamsOf } from './errors';

describe('errorCodeOf', () => {
	it('recognises a full disk, whether thrown by IndexedDB or wrapped by Dexie', () => {
		const raw = new DOMException('full', 'QuotaExceededError');
		expect(errorCodeOf(raw)).toBe('storage_full');
		expect(errorCodeOf(new Dexie.QuotaExceededError('full', raw))).toBe('storage_full');
		expect(errorCodeOf(new Dexie.AbortError('aborted', raw))).toBe('storage_full');
	});

	it('recognises a browser that refuses storage (private mode, no IndexedDB)', () => {
		expect(errorCodeOf(new Dexie.MissingAPIError('no indexedDB'))).toBe('storage_unavailable');
		expect(errorCodeOf(new DOMException('denied', 'SecurityError'))).toBe('storage_unavailable');
	});

	it('calls anything else a server problem, calmly', () => {
		expect(errorCodeOf(new Error('boom'))).toBe('server');
	});
});

describe('errorParamsOf', () => {
	/** What @trpc/client throws, by name, with the data our error formatter sends. */
	const trpcError = (data: unknown) =>
		Object.assign(new Error('refused'), { name: 'TRPCClientError', data });

	it('reads the numbers a sentence needs, and nothing else', () => {
		expect(
			errorParamsOf(trpcError({ appCode: 'login_delayed', appParams: { seconds: 30 } }))
		).toEqual({ seconds: 30 });
		expect(errorParamsOf(trpcError({ appParams: { seconds: 'x', n: 2 } }))).toEqual({ n: 2 });
		expect(errorParamsOf(trpcError({ appCode: 'login_failed' }))).toEqual({});
		expect(errorParamsOf(new Error('boom'))).toEqual({});
	});
});
