import { describe, expect, it } from 'vitest';
import { certifiedCopy } from '$testing/procedures/catalogue';
import { civilStatusExtractCopy } from '$testing/procedures/catalogue';
import { birthRegistration } from '$testing/procedures/catalogue';
import { maritalStatusConfirmation } from '$testing/procedures/catalogue';
import { permanentResidence } from '$testing/procedures/catalogue';
import { temporaryResidence } from '$testing/procedures/catalogue';
import { computeFee } from './fee';
import type { ProcedureDefinition } from './procedure.schema';

const copyOf = (pages: number | string, copies: number | string = 1) => ({
	original: { pages, copies }
});

function total(
	definition: ProcedureDefinition,
	answers: Parameters<typeof computeFee>[1],
	options = {}
) {
	const quote = computeFee(definition, answers, options);
	return quote.kind === 'amount' ? quote.totalVnd : quote.kind;
}

describe('certified copy fee', () => {
	it('charges 2,000 đ for pages 1–2 and 1,000 đ from page 3', () => {
		expect(total(certifiedCopy, copyOf(1))).toBe(2_000);
		expect(total(certifiedCopy, copyOf(2))).toBe(4_000);
		expect(total(certifiedCopy, copyOf(5))).toBe(2_000 * 2 + 1_000 * 3);
		expect(total(certifiedCopy, copyOf('5', '2'))).toBe((2_000 * 2 + 1_000 * 3) * 2);
	});

	it('lists the tiers as lines', () => {
		const quote = computeFee(certifiedCopy, copyOf(5, 2));
		expect(quote).toMatchObject({
			kind: 'amount',
			capped: false,
			lines: [
				{ unitVnd: 2_000, quantity: 4, amountVnd: 8_000 },
				{ unitVnd: 1_000, quantity: 6, amountVnd: 6_000 }
			]
		});
	});

	it('caps one copy at 200,000 đ', () => {
		expect(total(certifiedCopy, copyOf(198))).toBe(4_000 + 196_000);
		expect(total(certifiedCopy, copyOf(199))).toBe(200_000);
		expect(total(certifiedCopy, copyOf(500))).toBe(200_000);
		expect(total(certifiedCopy, copyOf(500, 3))).toBe(600_000);
		expect(computeFee(certifiedCopy, copyOf(500))).toMatchObject({ capped: true });
	});

	it('counts unanswered or invalid quantities as 1', () => {
		expect(total(certifiedCopy, {})).toBe(2_000);
		expect(total(certifiedCopy, copyOf('abc', 0))).toBe(2_000);
	});
});

describe('other fees', () => {
	it('charges 8,000 đ per copy of a civil-status extract', () => {
		expect(total(civilStatusExtractCopy, { record: { copies: 3 } })).toBe(24_000);
	});

	it('charges residence registration by channel', () => {
		expect(total(permanentResidence, {})).toBe(10_000);
		expect(total(permanentResidence, {}, { channel: 'in_person' })).toBe(20_000);
		expect(total(temporaryResidence, {})).toBe(7_000);
		expect(total(temporaryResidence, {}, { channel: 'in_person' })).toBe(15_000);
	});

	it('uses the province’s figure when the province sets the fee', () => {
		expect(total(maritalStatusConfirmation, {}, { provinceCode: '01' })).toBe(3_000);
		const elsewhere = computeFee(maritalStatusConfirmation, {}, { provinceCode: '79' });
		expect(elsewhere.kind).toBe('set_by_province');
		expect(elsewhere.kind === 'set_by_province' && elsewhere.examples[0]?.amountVnd).toBe(3_000);
	});

	it('takes the administrator’s schedule for the office’s province over the examples', () => {
		const schedule = {
			provinceCode: '79',
			fees: [
				{
					provinceCode: '79',
					procedureId: maritalStatusConfirmation.id,
					amountVnd: 5_000,
					per: 'copy' as const
				},
				{ provinceCode: '79', procedureId: 'another', amountVnd: 9_000, per: 'dossier' as const }
			]
		};
		const quote = computeFee(maritalStatusConfirmation, {}, { provinceCode: '79', schedule });
		expect(quote).toMatchObject({ kind: 'amount', totalVnd: 5_000, lines: [{ unitVnd: 5_000 }] });
		// 0 is a figure too: the province charges nothing.
		const free = { provinceCode: '79', fees: [{ ...schedule.fees[0]!, amountVnd: 0 }] };
		expect(total(maritalStatusConfirmation, {}, { schedule: free })).toBe(0);
		// Exemptions still apply, and a fee the definition sets is never replaced.
		expect(
			total(
				temporaryResidence,
				{},
				{
					schedule: {
						provinceCode: '79',
						fees: [{ ...schedule.fees[0]!, procedureId: temporaryResidence.id }]
					}
				}
			)
		).toBe(7_000);
		// Another province's schedule has no figure for this one: still "set by the province".
		const other = { provinceCode: '48', fees: schedule.fees };
		expect(computeFee(maritalStatusConfirmation, {}, { schedule: other }).kind).toBe(
			'set_by_province'
		);
	});

	it('is free where the data has no charge', () => {
		expect(computeFee(birthRegistration, {})).toEqual({ kind: 'free' });
	});

	it('honours an exemption condition', () => {
		const withExemption = {
			...certifiedCopy,
			fee: { ...certifiedCopy.fee, exemptIf: { field: 'original.poorHousehold', isTrue: true } }
		} satisfies ProcedureDefinition;
		expect(computeFee(withExemption, { original: { pages: 5, poorHousehold: true } })).toEqual({
			kind: 'exempt'
		});
	});
});
