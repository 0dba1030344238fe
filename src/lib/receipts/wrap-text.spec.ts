import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapRuns, wrapText, type Run } from './wrap-text';

// One unit per character, two for bold ones: easy to reason about, and weights differ.
const measure = (text: string, bold = false) => Array.from(text).length * (bold ? 2 : 1);
const widthOf = (line: Run[]) => line.reduce((sum, run) => sum + measure(run.text, run.bold), 0);

describe('wrapText', () => {
	it('breaks between words, never inside one that fits', () => {
		expect(wrapText('Đăng ký khai sinh cho trẻ', 10, measure)).toEqual([
			'Đăng ký',
			'khai sinh',
			'cho trẻ'
		]);
	});

	it('cuts a word longer than a line between characters', () => {
		expect(wrapText('xem https://abc.vn/tra-cuu', 8, measure)).toEqual([
			'xem',
			'https://',
			'abc.vn/t',
			'ra-cuu'
		]);
	});

	it('keeps explicit line breaks and collapses runs of spaces', () => {
		expect(wrapText('– Như trên;\n– Lưu:   Bộ phận Một cửa.', 40, measure)).toEqual([
			'– Như trên;',
			'– Lưu: Bộ phận Một cửa.'
		]);
	});
});

describe('wrapRuns', () => {
	it('keeps weights, and a word that changes weight mid-way stays whole', () => {
		const lines = wrapRuns(
			[{ text: 'Mã hồ sơ:', bold: true }, { text: 'G22-01 và' }, { text: ' mã', bold: true }],
			16,
			measure
		);
		expect(lines).toEqual([
			[{ text: 'Mã hồ', bold: true }],
			[{ text: 'sơ:', bold: true }, { text: 'G22-01 và' }],
			[{ text: 'mã', bold: true }]
		]);
	});

	it('never makes a line wider than the column, and loses no word', () => {
		const word = fc.stringMatching(/^[a-zđăâêôơư]{1,12}$/);
		const runs = fc.array(
			fc.record({
				text: fc.array(word, { maxLength: 6 }).map((w) => w.join(' ')),
				bold: fc.boolean()
			}),
			{ maxLength: 6 }
		);
		fc.assert(
			fc.property(runs, fc.integer({ min: 24, max: 80 }), (input, width) => {
				const lines = wrapRuns(
					input.map((run) => ({ ...run, text: `${run.text} ` })),
					width,
					measure
				);
				for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(width);
				const words = (runs: Run[]) =>
					runs
						.map((run) => run.text)
						.join(' ')
						.split(/\s+/)
						.filter(Boolean);
				expect(words(lines.flat())).toEqual(words(input));
			})
		);
	});
});
