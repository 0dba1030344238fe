import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressValue, AttachmentRef } from '../../lib/domain/procedures/answers';
import type { UnitLookup } from '../../lib/domain/procedures/field-context';
import type { DateRulesDefinition, FieldOfKind } from '../../lib/domain/procedures/field.schema';
import type { DocumentSlot } from '../../lib/domain/procedures/procedure.schema';
import { addDays, daysBetween, type IsoDate } from '../../lib/domain/validation/dates';
import { personalIdProvinces } from '../../lib/domain/validation/personal-id-provinces';
import type { Sex } from '../../lib/domain/validation/personal-id';
import { mobilePrefixes } from '../../lib/domain/validation/phone-prefixes';
import { checkText } from '../../lib/domain/validation/text-rules';

/**
 * Valid values of each field kind, drawn from a seeded random source: the pieces
 * `generateAnswers` puts together. Every value is one a citizen could really give.
 */

/** A small, fast, seeded generator (mulberry32): the same seed gives the same answers. */
export type Random = { int(min: number, max: number): number; pick<T>(items: readonly T[]): T };

export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return { int, pick: (items) => items[int(0, items.length - 1)]! };
}

type UnitFile = { provinces: { code: string; communes: { code: string; name: string }[] }[] };

const unitsPath = fileURLToPath(
	new URL('../../lib/server/units/data/vn-admin-units-2026-07-25.json', import.meta.url)
);
let units: UnitFile | undefined;
/** The commune list a fresh server seeds (server/units/seed-units.ts), read once. */
const shippedUnits = (): UnitFile =>
	(units ??= JSON.parse(readFileSync(unitsPath, 'utf8')) as UnitFile);

/** The seeded unit list as validation looks it up, so that generated codes are checked as real. */
export function shippedUnitLookup(): UnitLookup {
	const communes = new Map(
		shippedUnits().provinces.map((p) => [p.code, new Set(p.communes.map((c) => c.code))])
	);
	return {
		hasProvince: (code) => communes.has(code),
		hasCommune: (province, commune) => communes.get(province)?.has(commune) ?? false
	};
}

const streets = [
	'Số 12 ngõ 45 phố Đội Cấn',
	'Số 7 đường Lê Lợi',
	'Thôn Đông, xóm Giữa',
	'Tổ dân phố số 3, số nhà 28',
	'Số 105 đường Trần Hưng Đạo'
];

const byName = (a: { name: string }, b: { name: string }) =>
	a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/**
 * A real province and commune of the seeded list, near the top of the lists the address field
 * shows (provinces by code, communes by name): a keyboard user moves through a list one arrow
 * press at a time, and every province passed on the way loads its communes, so the browser walk
 * stays quick. Which unit it is matters to no check but "it exists".
 */
export function address(random: Random): AddressValue {
	const province = random.pick(
		shippedUnits()
			.provinces.filter((p) => p.communes.length > 0)
			.slice(0, 4)
	);
	const commune = random.pick([...province.communes].sort(byName).slice(0, 3));
	return { provinceCode: province.code, communeCode: commune.code, street: random.pick(streets) };
}

const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ'];
const middleNames = { male: ['Văn', 'Đức', 'Minh', 'Quốc'], female: ['Thị', 'Ngọc', 'Thu', 'Mỹ'] };
const givenNames = {
	male: ['Khôi', 'Dũng', 'Hùng', 'Phúc', 'Thắng', 'Tuấn'],
	female: ['Lan', 'Hương', 'Thảo', 'Yến', 'Nhung', 'Hằng']
};

export function personName(random: Random, sex: Sex): string {
	return `${random.pick(familyNames)} ${random.pick(middleNames[sex])} ${random.pick(givenNames[sex])}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A well-formed 12-digit personal ID agreeing with the birth year and sex (century digit). */
export function personalId(random: Random, dateOfBirth: IsoDate, sex: Sex): string {
	const year = Number(dateOfBirth.slice(0, 4));
	const centuryDigit = (Math.floor(year / 100) - 19) * 2 + (sex === 'male' ? 0 : 1);
	const province = random.pick(personalIdProvinces).code;
	return `${province}${centuryDigit}${pad(year % 100, 2)}${pad(random.int(0, 999_999), 6)}`;
}

/** A day between `from` and `to` (inclusive); `to` wins when the range is empty. */
export function dateBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
	const span = daysBetween(from, to);
	return span <= 0 ? to : addDays(from, random.int(0, span));
}

const yearsBefore = (today: IsoDate, years: number): IsoDate =>
	`${pad(Number(today.slice(0, 4)) - years, 4)}${today.slice(4).replace('-02-29', '-02-28')}`;

/** A date of birth of an adult of at least `minAge` (18 when not given) and at most 75. */
export function adultBirthDate(random: Random, today: IsoDate, minAge = 18): IsoDate {
	const latest = addDays(yearsBefore(today, minAge + 1), -1);
	return dateBetween(random, yearsBefore(today, Math.max(75, minAge + 5)), latest);
}

/**
 * A date within the field's rules: in the past year unless the rules say otherwise, within a
 * deadline's days so that no late-registration warning appears, old enough for `minAgeYears`.
 */
export function dateWithin(random: Random, rules: DateRulesDefinition, today: IsoDate): IsoDate {
	if (rules.minAgeYears !== undefined) return adultBirthDate(random, today, rules.minAgeYears);
	let from = rules.notBefore ?? addDays(today, -365);
	let to = rules.notAfter ?? today;
	if (rules.notFuture && to > today) to = today;
	if (rules.warnIfOlderThanDays) {
		const earliest = addDays(today, -(rules.warnIfOlderThanDays.days - 1));
		if (from < earliest) from = earliest;
	}
	if (rules.notBefore && from < rules.notBefore) from = rules.notBefore;
	return dateBetween(random, from < to ? from : to, to);
}

export function phone(random: Random): string {
	return `${random.pick(mobilePrefixes)}${pad(random.int(0, 9_999_999), 7)}`;
}

export function email(random: Random): string {
	return `nguoi.dan${random.int(1, 999)}@example.vn`;
}

const texts = [
	'Trần Thị Mai',
	'Kinh',
	'Bệnh viện Phụ sản Hà Nội',
	'Xã Thanh Trì, Hà Nội',
	'Để bổ sung hồ sơ vay vốn ngân hàng',
	'Giấy khai sinh bản chính',
	'Ủy ban nhân dân phường Ba Đình',
	'Con',
	'Ông Nguyễn Văn Hùng',
	'Hộ kinh doanh Bánh cuốn Thanh Vân'
];
const fallbacks = ['Hà', '123456', 'A1234567', '0123456789'];

/** Vietnamese text with its diacritics, within the field's pattern and lengths. */
export function text(
	random: Random,
	field: FieldOfKind<'text'> | FieldOfKind<'long_text'>
): string {
	const rules = { pattern: field.pattern, minLength: field.minLength, maxLength: field.maxLength };
	const fits = (value: string) => checkText(value, rules).length === 0;
	const start = random.int(0, texts.length - 1);
	const ordered = [...texts.slice(start), ...texts.slice(0, start), ...fallbacks];
	const found = ordered.find(fits);
	if (found === undefined) {
		throw new Error(`No generated text fits field ${field.id} (${JSON.stringify(rules)})`);
	}
	return found;
}

/** A number within the field's bounds, whole, near the lower bound (pages, copies, months). */
export function number(random: Random, field: FieldOfKind<'number'>): number {
	const min = Math.ceil(field.min ?? 1);
	const max = Math.floor(field.max ?? min + 9);
	return random.int(min, Math.min(max, min + 4));
}

const preferredTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;
const extensions = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' } as const;

/** One small file of a type the slot accepts (a photo of the paper where photos are taken). */
export function document(random: Random, slot: DocumentSlot): AttachmentRef[] {
	const mimeType = preferredTypes.find((type) => slot.acceptedTypes.includes(type))!;
	return [
		{
			attachmentId: `generated-${slot.id}-${random.int(1, 9999)}`,
			fileName: `giay-to.${extensions[mimeType]}`,
			mimeType,
			sizeBytes: 40_000
		}
	];
}
