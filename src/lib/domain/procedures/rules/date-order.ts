import { z } from 'zod';
import { checkDate } from '../../validation/date-rules';
import { parseDate, type IsoDate } from '../../validation/dates';
import { fieldRefSchema, resolveFieldRef, type FieldRef } from '../condition';
import { namedRule, type RuleContext } from './named-rule';

const params = z
	.strictObject({
		/** The date checked, where the issue is shown. */
		field: fieldRefSchema,
		/** It may not be earlier than this date (e.g. a death not before the birth). */
		notBefore: fieldRefSchema.optional(),
		/** It may not be later than this date. */
		notAfter: fieldRefSchema.optional()
	})
	.refine((p) => p.notBefore !== undefined || p.notAfter !== undefined, {
		message: 'notBefore or notAfter'
	});

const dateAt = (ref: FieldRef | undefined, ctx: RuleContext): IsoDate | undefined => {
	const value = ref === undefined ? undefined : resolveFieldRef(ref, ctx.answers);
	if (typeof value !== 'string') return undefined;
	const parsed = parseDate(value);
	return parsed.ok ? parsed.date : undefined;
};

const dateKinds = ['date', 'person.dateOfBirth'] as const;

/** One date is not before (or not after) another date answered elsewhere. */
export const dateOrder = namedRule({
	name: 'date-order',
	summary: {
		vi: 'Một ngày không được trước (hoặc sau) một ngày khác trong hồ sơ.',
		en: 'A date is not before (or not after) another date in the application.'
	},
	params,
	target: (p) => p.field,
	fields: (p) => [
		{ param: 'field', ref: p.field, accepts: dateKinds },
		...(p.notBefore === undefined
			? []
			: [{ param: 'notBefore', ref: p.notBefore, accepts: dateKinds }]),
		...(p.notAfter === undefined
			? []
			: [{ param: 'notAfter', ref: p.notAfter, accepts: dateKinds }])
	],
	check(p, ctx) {
		const value = resolveFieldRef(p.field, ctx.answers);
		if (typeof value !== 'string' || ctx.hasError(p.field)) return [];
		const rules = { notBefore: dateAt(p.notBefore, ctx), notAfter: dateAt(p.notAfter, ctx) };
		return checkDate(value, rules, ctx.today).issues;
	}
});
