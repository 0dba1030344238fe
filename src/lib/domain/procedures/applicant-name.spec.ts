import { describe, expect, it } from 'vitest';
import { applicantName } from './applicant-name';
import { getProcedure } from '$testing/procedures/catalogue';

describe('applicantName', () => {
	it('takes the first name in the procedure’s step order', () => {
		const definition = getProcedure('dang-ky-khai-sinh')!;
		// Answers saved out of order (a step revisited): the requester still comes first.
		const answers = {
			child: { person: { fullName: 'Trần Minh Khôi' } },
			requester: { person: { fullName: ' Nguyễn Thị Hằng ' } }
		};
		expect(applicantName(answers, definition)).toBe('Nguyễn Thị Hằng');
		expect(applicantName(answers)).toBe('Trần Minh Khôi');
	});

	it('is empty before any name is typed', () => {
		expect(applicantName({ requester: { person: { fullName: '  ' } } })).toBe('');
	});
});
