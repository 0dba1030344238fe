import { describe, expect, it } from 'vitest';
import { encodeCode128 } from './code128';
import { encodeQr } from './qr-code';

describe('encodeCode128', () => {
	it('gives whole-module bars inside the symbol: start, data, check and stop', () => {
		const { modules, bars } = encodeCode128('G22.99.08-260205-000042');
		expect(bars[0]!.start).toBe(0);
		const last = bars.at(-1)!;
		expect(last.start + last.width).toBe(modules);
		// Every symbol is 11 modules wide; the stop pattern 13.
		expect((modules - 13) % 11).toBe(0);
		for (const bar of bars) {
			expect(Number.isInteger(bar.start) && Number.isInteger(bar.width)).toBe(true);
			expect(bar.width).toBeGreaterThanOrEqual(1);
			expect(bar.width).toBeLessThanOrEqual(4);
		}
	});
});

describe('encodeQr', () => {
	it('gives a square matrix of a QR version size with finder patterns in the corners', () => {
		const qr = encodeQr('https://cunglam.example.vn/tra-cuu?ma=G22.99.08-260205-000042');
		expect((qr.size - 17) % 4).toBe(0);
		for (const [row, column] of [
			[0, 0],
			[0, qr.size - 1],
			[qr.size - 1, 0]
		] as const) {
			expect(qr.dark(row, column)).toBe(true);
		}
		expect(qr.dark(qr.size - 1, qr.size - 1)).toBe(false);
	});
});
