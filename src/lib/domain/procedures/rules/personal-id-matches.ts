import { z } from 'zod';
import { parseDate } from '../../validation/dates';
import { validatePersonalId, type Sex } from '../../validation/personal-id';
import { fieldRefSchema, resolveFieldRef } from '../condition';
import { namedRule } from './named-rule';

const params = z.strictObject({
	/** The personal ID number, a `personal_id` field. */
	field: fieldRefSchema,
	/** The date of birth it must agree with (its birth year and century digit). */
	dateOfBirth: fieldRefSchema.optional(),
	/** The sex it must agree with (the century digit is even for men, odd for women). */
	sex: fieldRefSchema.optional()
});

/** The 12-digit personal ID agrees with a date of birth and a sex answered in other fields. */
export const personalIdMatches = namedRule({
	name: 'personal-id-matches',
	summary: {
		vi: 'Số định danh cá nhân khớp với ngày sinh và giới tính ở các trường khác.',
		en: 'The personal ID number agrees with the date of birth and sex given in other fields.'
	},
	params,
	target: (p) => p.field,
	fields: (p) => [
		{ param: 'field', ref: p.field, accepts: ['personal_id', 'person.personalId'] },
		...(p.dateOfBirth === undefined
			? []
			: [
					{
						param: 'dateOfBirth',
						ref: p.dateOfBirth,
						accepts: ['date', 'person.dateOfBirth'] as const
					}
				]),
		...(p.sex === undefined
			? []
			: [{ param: 'sex', ref: p.sex, accepts: ['radio', 'select', 'person.sex'] as const }])
	],
	check(p, ctx) {
		const id = resolveFieldRef(p.field, ctx.answers);
		if (typeof id !== 'string' || id.trim() === '' || ctx.hasError(p.field)) return [];
		const born = p.dateOfBirth && resolveFieldRef(p.dateOfBirth, ctx.answers);
		const parsed = typeof born === 'string' ? parseDate(born) : undefined;
		const sex = p.sex && resolveFieldRef(p.sex, ctx.answers);
		const sexValue: Sex | undefined = sex === 'male' || sex === 'female' ? sex : undefined;
		return validatePersonalId(id, {
			dateOfBirth: parsed?.ok ? parsed.date : undefined,
			sex: sexValue
		});
	}
});
