import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { errorCodeOf } from './errors';

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
