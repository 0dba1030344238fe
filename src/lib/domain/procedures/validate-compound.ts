import { cleanText, isSafeText } from '../text/safe-text';
import { checkDate } from '../validation/date-rules';
import { errorIssue, type Issue } from '../validation/issue';
import { normalizePersonalId, validatePersonalId } from '../validation/personal-id';
import { checkText, normalizePersonName, validatePersonName } from '../validation/text-rules';
import {
	addressValueSchema,
	attachmentRefSchema,
	isEmptyValue,
	personValueSchema,
	type AddressValue,
	type PersonValue
} from './answers';
import { missingPersonPartIssue } from './missing-answer';
import { at, type FieldContext, type FieldOutcome, type PathIssue } from './field-context';
import type { FieldOfKind } from './field.schema';

const invalid = (): FieldOutcome => ({ issues: [{ issue: errorIssue('value_invalid') }] });
const filled = (value: string | undefined): value is string => !isEmptyValue(value);

/**
 * A block's typed parts under the text rule: each cleaned, and a part the rule refuses reported
 * at its path and left out, so that it is not also called missing or malformed.
 */
function cleanParts<T extends Record<string, string | undefined>>(
	given: T,
	issues: PathIssue[]
): { parts: T; refused: (path: keyof T & string) => boolean } {
	const parts: Record<string, string | undefined> = {};
	const refused = new Set<string>();
	for (const [path, value] of Object.entries(given)) {
		if (value === undefined) continue;
		const clean = cleanText(value);
		if (isSafeText(clean)) parts[path] = clean;
		else {
			refused.add(path);
			issues.push({ path, issue: errorIssue('text_invalid_characters') });
		}
	}
	return { parts: parts as T, refused: (path) => refused.has(path) };
}

/** Province code → commune (code from the list, or a typed name when the list is absent) → street. */
export function validateAddress(raw: unknown, ctx: FieldContext): FieldOutcome {
	const parsed = addressValueSchema.safeParse(raw);
	if (!parsed.success) return invalid();
	const issues: PathIssue[] = [];
	const { parts, refused } = cleanParts(parsed.data, issues);
	const { provinceCode, communeCode, communeName, street } = parts;
	const value: AddressValue = {};

	if (refused('provinceCode')) {
		// Reported by cleanParts.
	} else if (!filled(provinceCode))
		issues.push({ path: 'provinceCode', issue: errorIssue('address_province_missing') });
	else {
		value.provinceCode = provinceCode.trim();
		const known =
			/^\d{2}$/.test(value.provinceCode) && (ctx.units?.hasProvince(value.provinceCode) ?? true);
		if (!known)
			issues.push({ path: 'provinceCode', issue: errorIssue('address_province_unknown') });
	}
	if (refused('communeCode') || refused('communeName')) {
		// Reported by cleanParts.
	} else if (filled(communeCode)) {
		value.communeCode = communeCode.trim();
		const province = value.provinceCode ?? '';
		const known =
			/^\d{5}$/.test(value.communeCode) &&
			(ctx.units?.hasCommune(province, value.communeCode) ?? true);
		if (!known) issues.push({ path: 'communeCode', issue: errorIssue('address_commune_unknown') });
	} else if (filled(communeName)) {
		value.communeName = communeName.normalize('NFC').trim();
		issues.push(...at(checkText(value.communeName, { maxLength: 100 }), 'communeName'));
	} else if (filled(provinceCode)) {
		// The commune's box appears once a province is chosen: before, only the province is asked.
		issues.push({ path: 'communeCode', issue: errorIssue('address_commune_missing') });
	}
	if (refused('street')) {
		// Reported by cleanParts.
	} else if (!filled(street))
		issues.push({ path: 'street', issue: errorIssue('address_street_missing') });
	else {
		value.street = street.normalize('NFC').trim();
		issues.push(...at(checkText(value.street, { maxLength: 200 }), 'street'));
	}
	return { value, issues };
}

/**
 * A person block with the ID ↔ date of birth ↔ sex cross-check built in. Once any part is filled,
 * all its parts are asked for, even in an optional block.
 */
export function validatePerson(
	field: FieldOfKind<'person'>,
	raw: unknown,
	ctx: FieldContext
): FieldOutcome {
	const parsed = personValueSchema.safeParse(raw);
	if (!parsed.success) return invalid();
	const issues: PathIssue[] = [];
	const { parts: given, refused } = cleanParts(parsed.data, issues);
	const value: PersonValue = {};
	const missing = (path: keyof PersonValue) => {
		if (!refused(path)) issues.push({ path, issue: missingPersonPartIssue(field.label, path) });
	};

	if (!filled(given.fullName)) missing('fullName');
	else {
		value.fullName = normalizePersonName(given.fullName);
		issues.push(...at(validatePersonName(value.fullName), 'fullName'));
	}

	let dateOfBirth: string | undefined;
	if (!filled(given.dateOfBirth)) missing('dateOfBirth');
	else {
		const rules = { notFuture: true, minAgeYears: field.minAgeYears };
		const check = checkDate(given.dateOfBirth, rules, ctx.today);
		dateOfBirth = check.date;
		value.dateOfBirth = check.date ?? given.dateOfBirth.trim();
		issues.push(...at(check.issues, 'dateOfBirth'));
	}

	const sex = field.fixedSex ?? given.sex?.trim();
	if (!filled(sex)) missing('sex');
	else if (sex !== 'male' && sex !== 'female') {
		issues.push({ path: 'sex', issue: errorIssue('option_invalid') });
	} else value.sex = sex;

	const idMode = field.personalId ?? 'required';
	if (idMode !== 'none') {
		if (!filled(given.personalId)) {
			if (idMode === 'required') missing('personalId');
		} else {
			value.personalId = normalizePersonalId(given.personalId);
			const sexForCheck = value.sex === 'male' || value.sex === 'female' ? value.sex : undefined;
			const idIssues: Issue[] = validatePersonalId(given.personalId, {
				dateOfBirth,
				sex: sexForCheck,
				today: ctx.today
			});
			issues.push(...at(idIssues, 'personalId'));
		}
	}

	if (field.relationOptions) {
		const relation = given.relation?.trim();
		if (!filled(relation)) missing('relation');
		else {
			value.relation = relation;
			const known = field.relationOptions.some((option) => option.value === relation);
			if (!known) issues.push({ path: 'relation', issue: errorIssue('option_invalid') });
		}
	}
	// In the order of the boxes on the page, so that the error summary reads top to bottom.
	issues.sort((a, b) => personPartOrder.indexOf(a.path) - personPartOrder.indexOf(b.path));
	return { value, issues };
}

// As PersonField renders them; the group's own issue (no path) first.
const personPartOrder = [undefined, 'fullName', 'dateOfBirth', 'personalId', 'sex', 'relation'];

const typeNames: Record<string, string> = {
	'image/jpeg': 'JPG',
	'image/png': 'PNG',
	'application/pdf': 'PDF'
};

/** Attachment references (the files themselves stay in the device's store until sent). */
export function validateDocument(
	field: FieldOfKind<'document'>,
	raw: unknown,
	ctx: FieldContext
): FieldOutcome {
	const slot = ctx.slots.get(field.slot);
	const parsed = attachmentRefSchema.array().safeParse(raw);
	if (!slot || !parsed.success) return invalid();
	const files = parsed.data;
	const issues: PathIssue[] = [];
	if (files.length > slot.maxFiles) {
		issues.push({ issue: errorIssue('document_too_many', { max: slot.maxFiles }) });
	}
	const accepted: readonly string[] = slot.acceptedTypes;
	const types = slot.acceptedTypes.map((type) => typeNames[type] ?? type).join(', ');
	files.forEach((file, index) => {
		if (!accepted.includes(file.mimeType)) {
			issues.push({
				path: String(index),
				issue: errorIssue('document_type_not_accepted', { types })
			});
		} else if (file.sizeBytes > slot.maxSizeMb * 1024 * 1024) {
			issues.push({
				path: String(index),
				issue: errorIssue('document_too_large', { maxMb: slot.maxSizeMb })
			});
		}
	});
	return { value: files, issues };
}
