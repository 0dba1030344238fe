import { describe, expect, it } from 'vitest';
import { procedures } from '$testing/procedures/catalogue';
import { hasUsage, orderByUsage } from './catalogue-order';
import type { ProcedureDefinition } from './procedure.schema';

const ids = (list: readonly ProcedureDefinition[]) => list.map((p) => p.id);
const byId = (id: string) => procedures.find((p) => p.id === id) as ProcedureDefinition;

describe('orderByUsage', () => {
	it('keeps the catalogue order when nothing was used here', () => {
		const shuffled = [...procedures].reverse();
		expect(ids(orderByUsage(shuffled, {}))).toEqual(ids(procedures));
		expect(hasUsage(procedures, {})).toBe(false);
	});

	it('puts the most used first, then the catalogue order among equals', () => {
		const counts = { 'dang-ky-tam-tru': 40, 'dang-ky-thuong-tru': 12, 'dang-ky-ket-hon': 12 };
		const ordered = ids(orderByUsage(procedures, counts));
		// marriage (catalogue order 30) before permanent residence (80) at the same count
		expect(ordered.slice(0, 3)).toEqual([
			'dang-ky-tam-tru',
			'dang-ky-ket-hon',
			'dang-ky-thuong-tru'
		]);
		expect(ordered.slice(3)).toEqual(ids(procedures).filter((id) => !(id in counts)));
		expect(hasUsage(procedures, counts)).toBe(true);
	});

	it('breaks a tie without catalogue order by the Vietnamese name', () => {
		const unordered = (id: string, vi: string): ProcedureDefinition => ({
			...byId('dang-ky-khai-tu'),
			id,
			name: { vi, en: vi },
			catalogueOrder: undefined
		});
		const list = [
			unordered('b', 'Đăng ký lại'),
			unordered('a', 'Cấp bản sao'),
			byId('dang-ky-khai-tu')
		];
		expect(ids(orderByUsage(list, {}))).toEqual(['dang-ky-khai-tu', 'a', 'b']);
	});

	it('ignores counts that are not positive numbers and ids the catalogue lacks', () => {
		const counts = { 'dang-ky-khai-tu': -3, 'khong-co': 99, 'dang-ky-ket-hon': Number.NaN };
		expect(ids(orderByUsage(procedures, counts))).toEqual(ids(procedures));
		expect(hasUsage(procedures, counts)).toBe(false);
		// an id named like an Object.prototype member is not a count
		expect(ids(orderByUsage(procedures, JSON.parse('{"constructor": 5}')))).toEqual(
			ids(procedures)
		);
	});
});
