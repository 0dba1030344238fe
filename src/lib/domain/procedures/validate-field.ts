import { checkDate, type DateRules } from '../validation/date-rules';
import { validateEmail, normalizeEmail } from '../validation/email';
import { errorIssue, type Issue } from '../validation/issue';
import { normalizeOldIdCard, validateOldIdCard } from '../validation/old-id-card';
import { normalizePersonalId, validatePersonalId } from '../validation/personal-id';
import { normalizePhone, validatePhone } from '../validation/phone';
import { cleanText, isSafeText } from '../text/safe-text';
import { checkText } from '../validation/text-rules';
import { isEmptyValue } from './answers';
import { holds } from './condition';
import { missingAnswerIssue } from './missing-answer';
import { at, type FieldContext, type FieldOutcome } from './field-context';
import type { Field, FieldOfKind } from './field.schema';
import { validateAddress, validateDocument, validatePerson } from './validate-compound';

// Defaults so that no free text is unbounded, even when a definition forgets a maximum.
const DEFAULT_MAX_LENGTH = { text: 255, long_text: 4000 } as const;

const invalid = (): FieldOutcome => ({ issues: [{ issue: errorIssue('value_invalid') }] });

function stringOutcome(value: string, issues: Issue[]): FieldOutcome {
	return { value, issues: at(issues) };
}

// Bounds set by other fields are the document's `date-order` rule (rules/date-order.ts).
function validateDateField(field: FieldOfKind<'date'>, raw: string, ctx: FieldContext) {
	const rules: DateRules = { ...field.rules };
	const { date, issues } = checkDate(raw, rules, ctx.today);
	return { value: date ?? raw.trim(), issues: at(issues) };
}

/** Numbers may arrive typed, as strings, with a decimal comma as Vietnamese write them. */
function toNumber(raw: unknown): number {
	if (typeof raw === 'number') return raw;
	if (typeof raw !== 'string') return NaN;
	const text = raw.trim().replace(',', '.');
	return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
}

function validateNumberField(field: FieldOfKind<'number'>, raw: unknown): FieldOutcome {
	const number = toNumber(raw);
	if (!Number.isFinite(number)) return { issues: at([errorIssue('number_invalid')]) };
	if (field.integer && !Number.isInteger(number)) {
		return { value: number, issues: at([errorIssue('number_not_integer')]) };
	}
	if (field.min !== undefined && number < field.min) {
		return { value: number, issues: at([errorIssue('number_too_small', { min: field.min })]) };
	}
	if (field.max !== undefined && number > field.max) {
		return { value: number, issues: at([errorIssue('number_too_large', { max: field.max })]) };
	}
	return { value: number, issues: [] };
}

function validateString(field: Field, typed: string, ctx: FieldContext): FieldOutcome {
	// The text rule first, for every kind: what it cleans (zero-width characters pasted with an
	// ID number, NFD) is gone before the kind's own check, and what it refuses is said as such.
	const shape = { multiline: field.kind === 'long_text' };
	const raw = cleanText(typed, shape);
	if (!isSafeText(raw, shape)) return { issues: at([errorIssue('text_invalid_characters')]) };
	if (raw === '') {
		// Only invisible characters: as good as empty.
		const issue = requiredIssue(field, ctx);
		return { issues: issue ? [{ issue }] : [] };
	}
	const rules = { pattern: field.pattern, minLength: field.minLength, maxLength: field.maxLength };
	switch (field.kind) {
		case 'text':
		case 'long_text': {
			const value = raw;
			const maxLength = field.maxLength ?? DEFAULT_MAX_LENGTH[field.kind];
			return stringOutcome(value, checkText(value, { ...rules, maxLength }));
		}
		case 'date':
			return validateDateField(field, raw, ctx);
		case 'select':
		case 'radio': {
			const value = raw.trim();
			const known = field.options.some((option) => option.value === value);
			return stringOutcome(value, known ? [] : [errorIssue('option_invalid')]);
		}
		// Agreement with a date of birth and sex in other fields is the `personal-id-matches` rule.
		case 'personal_id':
			return stringOutcome(normalizePersonalId(raw), validatePersonalId(raw, { today: ctx.today }));
		case 'old_id_card':
			return stringOutcome(normalizeOldIdCard(raw), validateOldIdCard(raw));
		case 'phone':
			return stringOutcome(normalizePhone(raw), validatePhone(raw, ctx.phonePrefixes));
		case 'email':
			return stringOutcome(normalizeEmail(raw), validateEmail(raw));
		default:
			return invalid();
	}
}

function requiredIssue(field: Field, ctx: FieldContext): Issue | null {
	const slot = field.kind === 'document' ? ctx.slots.get(field.slot) : undefined;
	const required =
		holds(field.required, ctx.answers, ctx.stepId) ||
		(slot !== undefined && holds(slot.required, ctx.answers));
	return required ? missingAnswerIssue(field) : null;
}

/** Validates and normalises one visible field's answer. */
export function validateField(field: Field, raw: unknown, ctx: FieldContext): FieldOutcome {
	const emptyCheckbox = field.kind === 'checkbox' && raw !== true;
	if (isEmptyValue(raw) || emptyCheckbox) {
		const issue = requiredIssue(field, ctx);
		// An empty block: one message per box, each at its box (issue 19), not one on the group.
		if (issue && field.kind === 'person') return { issues: validatePerson(field, {}, ctx).issues };
		if (issue && field.kind === 'address') return { issues: validateAddress({}, ctx).issues };
		if (issue) return { issues: [{ issue }] };
		return field.kind === 'checkbox' && raw === false
			? { value: false, issues: [] }
			: { issues: [] };
	}
	switch (field.kind) {
		case 'checkbox':
			return { value: true, issues: [] };
		case 'number':
			return validateNumberField(field, raw);
		case 'address':
			return validateAddress(raw, ctx);
		case 'person':
			return validatePerson(field, raw, ctx);
		case 'document':
			return validateDocument(field, raw, ctx);
		default:
			return typeof raw === 'string' ? validateString(field, raw, ctx) : invalid();
	}
}
