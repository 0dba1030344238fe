import { describe, expect, it } from 'vitest';
import { getProcedure } from '$testing/procedures/catalogue';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import type { SubmissionRecord } from '../db';
import { pendingSlipFor, receiptFee, receiptFor, receivedDocuments } from './receipt-data';

const definition = getProcedure('dang-ky-khai-sinh')!;
const result = validateApplication(definition, definition.sampleCase!, { today: '2026-11-22' });
if (!result.ok) throw new Error('sample does not validate');
const answers = result.application.answers;

const pending: SubmissionRecord = {
	localReference: 'CG-261122-7KQ4M',
	procedureId: definition.id,
	procedureSlug: definition.slug,
	createdAt: '2026-11-22T02:15:00.000Z',
	status: 'pending',
	events: []
};
const accepted: SubmissionRecord = {
	...pending,
	status: 'received',
	dossierCode: 'CL.01.00004-261122-000007',
	receivedAt: '2026-11-22T02:16:00.000Z',
	dueDate: '2026-11-24'
};
const office = { name: 'Ủy ban nhân dân phường Ba Đình', parent: 'Thành phố Hà Nội' };
const origin = 'https://cunglam.example';

describe('receipt data', () => {
	it('fills the receipt from the code, the dates and the answers still in the session', () => {
		const receipt = receiptFor({ record: accepted, definition, answers, office, origin })!;
		expect(receipt).toMatchObject({
			kind: 'receipt',
			dossierCode: 'CL.01.00004-261122-000007',
			applicant: { name: 'Nguyễn Thị Lan', phone: '0912345678' },
			procedure: 'Đăng ký khai sinh',
			dueDate: '2026-11-24',
			resultDelivery: 'Nhận tại bộ phận một cửa',
			lookupUrl: 'https://cunglam.example/tra-cuu?ma=CL.01.00004-261122-000007'
		});
		expect(receipt.receivedAt.toISOString()).toBe('2026-11-22T02:16:00.000Z');
		expect(receipt.documents).toEqual([
			{ name: expect.stringContaining('Giấy chứng sinh'), form: 'Bản chụp', copies: 1 }
		]);
	});

	it('makes no receipt before the server gave a code: the slip says "Chờ gửi" instead', () => {
		expect(receiptFor({ record: pending, definition, answers, office, origin })).toBeUndefined();
		const slip = pendingSlipFor({ record: pending, definition, origin });
		expect(slip).toMatchObject({
			kind: 'pending',
			localReference: 'CG-261122-7KQ4M',
			lookupUrl: 'https://cunglam.example/tra-cuu?ma=CG-261122-7KQ4M'
		});
		// Nothing personal on a slip that may be left on the desk.
		expect(JSON.stringify(slip)).not.toContain('Lan');
	});

	it('counts only the document slots that have files', () => {
		expect(receivedDocuments(definition, {})).toEqual([]);
	});

	it('prints the province’s schedule, not 0 đ, where the province sets a fee with no figure', () => {
		// On time: free of charge, as shipped.
		expect(receiptFor({ record: accepted, definition, answers, office, origin })!.fee).toBe(0);
		// A late registration: the fee is the province's and none is recorded.
		const late = {
			...definition,
			fee: { ...definition.fee, rules: [], setByProvince: true }
		};
		const receipt = receiptFor({ record: accepted, definition: late, answers, office, origin })!;
		expect(receipt.fee).toBe('Theo mức thu của tỉnh');
		// A figure for one province is an example, not this office's amount.
		const withExample = {
			...late,
			fee: {
				...late.fee,
				rules: [
					{
						label: { vi: 'Mức thu tại Hà Nội', en: 'In Hà Nội' },
						amountVnd: 8_000,
						per: 'dossier' as const,
						provinceCode: '01'
					}
				]
			}
		};
		expect(receiptFee(withExample, answers)).toBe('Theo mức thu của tỉnh');
		// The administrator's figure for the office's province is the amount; 0 prints as free.
		const figure = {
			provinceCode: '79',
			procedureId: late.id,
			amountVnd: 6_000,
			per: 'dossier' as const
		};
		expect(receiptFee(late, answers, { provinceCode: '79', fees: [figure] })).toBe(6_000);
		expect(
			receiptFor({
				record: accepted,
				definition: late,
				answers,
				office,
				origin,
				schedule: { provinceCode: '79', fees: [{ ...figure, amountVnd: 0 }] }
			})!.fee
		).toBe(0);
		// An office in Hà Nội takes the definition's figure for Hà Nội.
		expect(receiptFee(withExample, answers, { provinceCode: '01', fees: [] })).toBe(8_000);
	});

	it('leads the QR code and printed link to the office’s public address when set', () => {
		const publicUrl = 'https://cunglam.badinh.vn';
		const receipt = receiptFor({
			record: accepted,
			definition,
			answers,
			office,
			origin,
			publicUrl
		});
		expect(receipt!.lookupUrl).toBe(`${publicUrl}/tra-cuu?ma=CL.01.00004-261122-000007`);
		expect(pendingSlipFor({ record: pending, definition, origin, publicUrl }).lookupUrl).toBe(
			`${publicUrl}/tra-cuu?ma=CG-261122-7KQ4M`
		);
	});
});
