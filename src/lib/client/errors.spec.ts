import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppError, appErrorCodes } from '$lib/errors/app-error';
import { en } from '$lib/i18n/en';
import { translate } from '$lib/i18n/translate';
import { vi } from '$lib/i18n/vi';
import { AttachmentError } from './attachments/attachment-store';
import { DraftError } from './drafts/draft-error';
import { errorCodeOf, errorParamsOf, errorSentenceOf, isPinProblem } from './errors';
import { VaultError } from './vault/vault-error';

/** What the server's tRPC errors look like to the client (see errorCodeOf). */
function trpcClientError(appCode: string): Error {
	const error = new Error('from the server') as Error & { data: unknown };
	error.name = 'TRPCClientError';
	error.data = { appCode };
	return error;
}

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

describe('one error family', () => {
	it('recognises every code, whichever class carries it', () => {
		for (const code of appErrorCodes) {
			expect(errorCodeOf(new AppError(code))).toBe(code);
			expect(errorSentenceOf(new AppError(code)).key).toBe(`error.${code}`);
			expect(vi).toHaveProperty(`error.${code}`);
			expect(en).toHaveProperty(`error.${code}`);
		}
	});

	it('the vault, the draft store and the attachment store raise AppErrors with their codes', () => {
		for (const error of [
			new VaultError('pin_wrong'),
			new DraftError('locked'),
			new AttachmentError('conflict')
		]) {
			expect(error).toBeInstanceOf(AppError);
		}
		expect(errorCodeOf(new VaultError('corrupt', 'bad IV'))).toBe('corrupt');
		expect(errorCodeOf(new AttachmentError('not_found'))).toBe('not_found');
		expect(errorCodeOf(new AttachmentError('conflict'))).toBe('conflict');
	});

	it('a wrong PIN reads as a wrong PIN, from the draft store or the vault', () => {
		for (const error of [new DraftError('pin_wrong'), new VaultError('pin_wrong')]) {
			expect(errorSentenceOf(error)).toEqual({ key: 'error.pin_wrong' });
			expect(isPinProblem(error)).toBe(true);
		}
		expect(translate('vi', 'error.pin_wrong')).toBe('Mã PIN chưa đúng. Hãy thử lại.');
	});

	it('a locked draft says until when, in Vietnam time, not "wrong PIN"', () => {
		const locked = new DraftError('locked', '2026-03-01T03:04:05.000Z');
		expect(errorCodeOf(locked)).toBe('locked');
		expect(isPinProblem(locked)).toBe(true);
		const sentence = errorSentenceOf(locked, 'vi');
		expect(sentence).toEqual({ key: 'error.locked', params: { time: '10:04:05' } });
		expect(translate('vi', sentence.key, sentence.params)).toBe(
			'Đã nhập sai mã PIN nhiều lần. Hãy chờ đến 10:04:05 rồi thử lại.'
		);
		expect(translate('vi', sentence.key, sentence.params)).not.toBe(
			translate('vi', 'error.pin_wrong')
		);
	});

	it('a damaged draft or bundle says it is damaged, not "wrong PIN"', () => {
		for (const error of [new DraftError('corrupt'), new VaultError('corrupt')]) {
			expect(errorSentenceOf(error)).toEqual({ key: 'error.corrupt' });
			expect(isPinProblem(error)).toBe(true);
		}
		expect(translate('vi', 'error.corrupt')).toContain('bị hỏng');
	});

	it('an expired or locked resume code keeps the sentence the server named', () => {
		expect(errorSentenceOf(trpcClientError('resume_expired'))).toEqual({
			key: 'error.resume_expired'
		});
		expect(errorSentenceOf(trpcClientError('resume_locked'))).toEqual({
			key: 'error.resume_locked'
		});
		expect(isPinProblem(trpcClientError('resume_expired'))).toBe(false);
	});

	it('the four sentences differ', () => {
		const keys = ['error.pin_wrong', 'error.locked', 'error.corrupt', 'error.resume_expired'];
		const texts = keys.map((key) => translate('vi', key as 'error.pin_wrong'));
		expect(new Set(texts).size).toBe(4);
	});
});
