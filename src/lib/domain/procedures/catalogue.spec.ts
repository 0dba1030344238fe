import { describe, expect, it } from 'vitest';
import { isUnverified } from './fact-sources';
import {
	getProcedure,
	getProcedureBySlug,
	procedures,
	procedureVersions,
	resolveProcedure
} from '$testing/procedures/catalogue';

describe('the shipped catalogue', () => {
	it('ships the ten frequent commune-level procedures first, in their order', () => {
		const frequent = [
			'dang-ky-khai-sinh',
			'2.000986',
			'dang-ky-ket-hon',
			'dang-ky-khai-tu',
			'xac-nhan-tinh-trang-hon-nhan',
			'cap-ban-sao-trich-luc-ho-tich',
			'chung-thuc-ban-sao-tu-ban-chinh',
			'dang-ky-thuong-tru',
			'dang-ky-tam-tru',
			'xac-nhan-thong-tin-cu-tru'
		];
		// Later documents (issue 17) come after these ten; their place is their catalogueOrder.
		const ids = procedures.map((definition) => definition.id);
		expect(ids.slice(0, frequent.length)).toEqual(frequent);
		expect(procedureVersions.length).toBeGreaterThanOrEqual(procedures.length);
	});

	it('finds procedures by id, version and slug', () => {
		expect(getProcedure('2.000986')?.portalCodes).toEqual(['2.000986', '2.000987']);
		expect(getProcedure('dang-ky-khai-sinh', 1)?.version).toBe(1);
		expect(getProcedure('dang-ky-khai-sinh', 99)).toBeUndefined();
		expect(getProcedure('khong-co')).toBeUndefined();
		expect(getProcedureBySlug('dang-ky-tam-tru')?.id).toBe('dang-ky-tam-tru');
	});

	it('says why a procedure cannot be used', () => {
		expect(resolveProcedure('dang-ky-ket-hon', 1)).toMatchObject({ ok: true });
		expect(resolveProcedure('dang-ky-ket-hon', 7)).toEqual({ ok: false, code: 'unknown_version' });
		expect(resolveProcedure('khong-co', 1)).toEqual({ ok: false, code: 'unknown_procedure' });
	});
});

describe('catalogue facts from DOMAIN.md', () => {
	const get = (id: string) => {
		const definition = getProcedure(id);
		if (!definition) throw new Error(`missing ${id}`);
		return definition;
	};

	it('records time limits', () => {
		expect(get('dang-ky-khai-sinh').timeLimit).toMatchObject({ kind: 'same_day', cutoffHour: 15 });
		expect(get('2.000986').timeLimit).toMatchObject({
			kind: 'working_days',
			days: 3,
			daysIfVerification: 5
		});
		expect(get('dang-ky-ket-hon').timeLimit).toMatchObject({
			kind: 'same_day',
			extraDaysIfVerification: 5
		});
		expect(get('xac-nhan-tinh-trang-hon-nhan').timeLimit).toMatchObject({
			kind: 'working_days',
			days: 3
		});
		expect(isUnverified(get('xac-nhan-tinh-trang-hon-nhan'), 'timeLimit')).toBe(true);
		expect(isUnverified(get('dang-ky-tam-tru'), 'timeLimit')).toBe(false);
		expect(get('chung-thuc-ban-sao-tu-ban-chinh').timeLimit).toMatchObject({
			kind: 'same_day',
			extraDaysIfVerification: 2
		});
		expect(get('dang-ky-thuong-tru').timeLimit).toMatchObject({ kind: 'working_days', days: 7 });
		expect(get('dang-ky-tam-tru').timeLimit).toMatchObject({ kind: 'working_days', days: 3 });
		expect(get('xac-nhan-thong-tin-cu-tru').timeLimit).toMatchObject({
			days: 1,
			daysIfVerification: 3
		});
	});

	it('records levels, reasons and delivery', () => {
		// DOMAIN.md's table covers the ten frequent procedures (first in the catalogue).
		const partial = procedures
			.slice(0, 10)
			.filter((definition) => definition.level === 'partial')
			.map((d) => d.id);
		expect(partial).toEqual(
			expect.arrayContaining(['dang-ky-ket-hon', 'chung-thuc-ban-sao-tu-ban-chinh'])
		);
		for (const id of partial) expect(get(id).partialReason, id).toBeDefined();
		expect(get('dang-ky-ket-hon')).toMatchObject({ inPersonRequired: true, delivery: ['desk'] });
		for (const definition of procedures) {
			if (definition.inPersonRequired) expect(definition.delivery).not.toContain('post');
		}
		expect(get('xac-nhan-tinh-trang-hon-nhan').result?.validityMonths).toBe(6);
	});
});
