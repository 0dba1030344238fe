import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('toCsv', () => {
	it('starts with the byte order mark and ends every line with CRLF', () => {
		const csv = toCsv(['Tuần', 'Tự làm (%)'], [['2026-11-02', 62.5]]);
		expect(csv).toBe('\uFEFFTuần,Tự làm (%)\r\n2026-11-02,62.5\r\n');
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});

	it('quotes commas, quotes and line breaks, and doubles the quotes', () => {
		expect(csvField('Hà Nội, Ba Đình')).toBe('"Hà Nội, Ba Đình"');
		expect(csvField('Điểm "Nhà văn hóa"')).toBe('"Điểm ""Nhà văn hóa"""');
		expect(csvField('hai\r\ndòng')).toBe('"hai\r\ndòng"');
		expect(csvField(' lề')).toBe('" lề"');
		expect(csvField('Thường')).toBe('Thường');
	});

	it('writes empty cells for missing values and numbers as they are', () => {
		expect(toCsv(['a', 'b', 'c'], [[null, undefined, 0]])).toBe('\uFEFFa,b,c\r\n,,0\r\n');
	});

	it('composes decomposed Vietnamese (NFD) so that it matches what was typed composed', () => {
		const nfd = 'Rất hài lòng'.normalize('NFD');
		expect(csvField(nfd)).toBe('Rất hài lòng'.normalize('NFC'));
	});
});
