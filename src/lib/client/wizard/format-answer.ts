import type { AddressValue, AttachmentRef, PersonValue } from '$lib/domain/procedures/answers';
import type { Field } from '$lib/domain/procedures/field.schema';
import { sexNames } from '$lib/domain/procedures/procedure-labels';
import { provinceByCode } from '$lib/domain/units/provinces';
import type { Locale } from '$lib/i18n/translate';
import { translate } from '$lib/i18n/translate';
import { formatDisplayDate, isIsoDate } from '$lib/domain/validation/dates';

const obj = (v: unknown): Record<string, unknown> =>
	typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string =>
	typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
/** A stored date (yyyy-mm-dd) as people read and type it, dd/mm/yyyy; anything else as it is. */
const day = (v: unknown): string => {
	const text = str(v);
	return isIsoDate(text) ? formatDisplayDate(text) : text;
};

/** An answer as lines of plain text for the check page; empty when not answered. */
export function formatAnswer(field: Field, value: unknown, locale: Locale): string[] {
	switch (field.kind) {
		case 'select':
		case 'radio': {
			const option = field.options.find((o) => o.value === value);
			return option ? [option.label[locale]] : [];
		}
		case 'checkbox':
			return value === undefined
				? []
				: [translate(locale, value === true ? 'wizard.yes' : 'wizard.no')];
		case 'person': {
			const p = obj(value) as PersonValue;
			const sex = p.sex === 'male' || p.sex === 'female' ? sexNames[p.sex][locale] : '';
			const relation =
				field.relationOptions?.find((o) => o.value === p.relation)?.label[locale] ?? '';
			return [
				str(p.fullName),
				[day(p.dateOfBirth), sex].filter(Boolean).join(' · '),
				str(p.personalId) && `${translate(locale, 'field.personalId')}: ${str(p.personalId)}`,
				relation && `${translate(locale, 'field.relation')}: ${relation}`
			].filter(Boolean);
		}
		case 'address': {
			const a = obj(value) as AddressValue;
			const province = a.provinceCode
				? (provinceByCode(a.provinceCode)?.fullName ?? a.provinceCode)
				: '';
			return [str(a.street), str(a.communeName), province].filter(Boolean);
		}
		case 'date':
			return day(value) ? [day(value)] : [];
		case 'document':
			return Array.isArray(value) ? (value as AttachmentRef[]).map((f) => f.fileName) : [];
		default:
			return str(value) ? [str(value)] : [];
	}
}
