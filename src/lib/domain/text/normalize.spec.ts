import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldVietnamese, foldedWords, toNfc } from './normalize';

describe('foldVietnamese', () => {
	it('strips diacritics, đ and case', () => {
		expect(foldVietnamese('Đăng ký kết hôn')).toBe('dang ky ket hon');
		expect(foldVietnamese('ĐĂNG KÝ KẾT HÔN')).toBe('dang ky ket hon');
		expect(foldVietnamese('Xác nhận tình trạng hôn nhân')).toBe('xac nhan tinh trang hon nhan');
		expect(foldVietnamese('Ưu đãi người có công')).toBe('uu dai nguoi co cong');
		expect(foldVietnamese('Giỗ Tổ Hùng Vương')).toBe('gio to hung vuong');
	});

	it('gives the same key for NFC and NFD input', () => {
		const nfc = 'Liên thông đăng ký khai sinh – thường trú – thẻ BHYT';
		const nfd = nfc.normalize('NFD');
		expect(nfd).not.toBe(nfc);
		expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
		expect(foldVietnamese(nfd)).toBe('lien thong dang ky khai sinh thuong tru the bhyt');
	});

	it('collapses whitespace and punctuation', () => {
		expect(foldVietnamese('  Cấp bản sao,\ttrích lục (hộ tịch)!\n')).toBe(
			'cap ban sao trich luc ho tich'
		);
		expect(foldVietnamese('2.000986')).toBe('2 000986');
		expect(foldVietnamese(' – … ')).toBe('');
	});

	it('treats the eth look-alike as đ', () => {
		expect(foldVietnamese('ðăng ký')).toBe('dang ky');
	});

	it('is idempotent and yields only single-spaced lower-case words', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (s) => {
				const folded = foldVietnamese(s);
				expect(foldVietnamese(folded)).toBe(folded);
				expect(folded).not.toMatch(/^\s|\s$|\s{2}/);
				expect(folded).toBe(folded.toLowerCase());
			})
		);
	});
});

describe('foldedWords', () => {
	it('splits into words', () => {
		expect(foldedWords('Đăng ký tạm trú')).toEqual(['dang', 'ky', 'tam', 'tru']);
		expect(foldedWords('  ')).toEqual([]);
	});
});

describe('toNfc', () => {
	it('composes decomposed text', () => {
		const nfd = 'Hộ tịch'.normalize('NFD');
		expect(toNfc(nfd)).toBe('Hộ tịch');
		expect(toNfc(nfd).length).toBeLessThan(nfd.length);
	});
});
