import { describe, expect, it } from 'vitest';
import { appErrorCodes } from '../errors/app-error';
import { isDossierCode } from '../domain/dossier/dossier-code';
import { en } from './en';
import { enConsole } from './en-console';
import { vi } from './vi';
import { viConsole } from './vi-console';
import { loadConsoleMessages, loadLocale, translate } from './translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
	it('vi and en have exactly the same keys, in the core and in the console group', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
		expect(Object.keys(enConsole).sort()).toEqual(Object.keys(viConsole).sort());
		// A key lives in one group only.
		expect(Object.keys(viConsole).filter((k) => k in vi)).toEqual([]);
	});

	it("the look-up page's example is a dossier code as this app writes them (issue 19)", () => {
		// The demo agency code (AGENCY_CODE's default), so it looks like the demo's own receipts.
		for (const hint of [vi['lookup.codeHint'], en['lookup.codeHint']]) {
			const example = /\S+$/.exec(hint)![0];
			expect(isDossierCode(example), hint).toBe(true);
			expect(example).toMatch(/^CL\.01\.00004-\d{6}-\d{6}$/);
		}
	});

	it('no message is empty and placeholders agree between languages', () => {
		for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
			expect(vi[key].trim(), key).not.toBe('');
			expect(en[key].trim(), key).not.toBe('');
			expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
		}
		for (const key of Object.keys(viConsole) as (keyof typeof viConsole)[]) {
			expect(viConsole[key].trim(), key).not.toBe('');
			expect(enConsole[key].trim(), key).not.toBe('');
			expect(placeholders(enConsole[key]), key).toEqual(placeholders(viConsole[key]));
		}
	});

	it('every error code has a sentence in both languages', () => {
		for (const code of appErrorCodes) {
			expect(vi).toHaveProperty(`error.${code}`);
			expect(en).toHaveProperty(`error.${code}`);
		}
	});

	it('uses the exact UI-TERMS labels', () => {
		expect(vi['home.newSession']).toBe('Bắt đầu phiên mới');
		expect(vi['home.resume']).toBe('Tiếp tục hồ sơ đang làm');
		expect(vi['home.lookup']).toBe('Tra cứu hồ sơ');
		expect(vi['connection.offline']).toBe('Đang ngoại tuyến');
		expect(vi['connection.synced']).toBe('Đã đồng bộ');
		expect(vi['connection.syncing']).toBe('Đang đồng bộ');
	});

	it('fills placeholders, in English once it is loaded', async () => {
		expect(translate('en', 'connection.synced')).toBe('Đã đồng bộ');
		await loadLocale('en');
		expect(translate('vi', 'connection.pending', { count: 3 })).toBe('Chờ gửi: 3 hồ sơ');
		expect(translate('en', 'connection.pending', { count: 3 })).toBe('Waiting to send: 3 dossiers');
	});

	it('has every text in NFC, so receipts and search see one form of each letter', () => {
		for (const text of [vi, en, viConsole, enConsole].flatMap((d) => Object.values(d))) {
			expect(text).toBe(text.normalize('NFC'));
		}
	});

	it('answers console texts once their group is loaded, in both languages', async () => {
		const key = Object.keys(viConsole)[0] as keyof typeof viConsole;
		await loadConsoleMessages('en');
		expect(translate('vi', key)).toBe(viConsole[key]);
		await loadLocale('en');
		expect(translate('en', key)).toBe(enConsole[key]);
	});
});
