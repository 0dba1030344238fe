import Papa from 'papaparse';
import { z } from 'zod';
import { foldVietnamese } from '../text/normalize';
import { checkSafeText, cleanText } from '../text/safe-text';
import { todayInVietnam } from '../validation/dates';
import { provinces as seededProvinces, type ProvinceKind } from './provinces';

/** Communes of the two-tier system: xã, phường and đặc khu. */
/** The largest unit list an administrator uploads, in characters (the current list is ~1 MB). */
export const UNIT_LIST_MAX_CHARS = 5_000_000;

export type CommuneKind = 'commune' | 'ward' | 'special_zone';

export type UnitList = {
	/** ISO date from which the list applies (the resolution's effective date). */
	effectiveFrom: string;
	provinces: { code: string; name: string; fullName: string; kind: ProvinceKind }[];
	communes: {
		code: string;
		provinceCode: string;
		name: string;
		fullName: string;
		kind: CommuneKind;
	}[];
};

export type UnitListError = {
	row?: number;
	code:
		| 'not_json'
		| 'bad_format'
		| 'missing_column'
		| 'bad_code'
		| 'missing_name'
		| 'unknown_province'
		| 'duplicate_code'
		| 'invalid_text';
	value?: string;
};

export type UnitListResult = { ok: true; list: UnitList } | { ok: false; errors: UnitListError[] };

const communeKindByPrefix: [string, CommuneKind][] = [
	['dac khu', 'special_zone'],
	['phuong', 'ward'],
	['xa', 'commune']
];

const unitTypePrefix = /^(Phường|Xã|Đặc khu)\s+/u;

function communeKind(typeOrFullName: string): CommuneKind {
	const folded = foldVietnamese(typeOrFullName);
	return communeKindByPrefix.find(([prefix]) => folded.startsWith(prefix))?.[1] ?? 'commune';
}

const isoDateIn = (text: string | undefined): string | undefined =>
	text?.match(/\d{4}-\d{2}-\d{2}/)?.[0];

/** Names as the text rule cleans them (NFC, no invisible characters); checkUnitList refuses the rest. */
const toNfc = (text: string): string => cleanText(text);

/** Unit names are short; a longer one is not a name. */
const MAX_NAME_LENGTH = 200;

const jsonSchema = z.object({
	effective: z.string().optional(),
	provinces: z.array(
		z.object({
			code: z.string(),
			name: z.string(),
			fullName: z.string().optional(),
			type: z.string().optional(),
			communes: z.array(
				z.object({
					code: z.string(),
					name: z.string(),
					fullName: z.string().optional(),
					type: z.string().optional()
				})
			)
		})
	)
});

/** Parses the JSON format of shared/data/vn-admin-units-*.json. */
export function parseUnitListJson(text: string, effectiveFrom?: string): UnitListResult {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, errors: [{ code: 'not_json' }] };
	}
	return parseUnitListValue(raw, effectiveFrom);
}

/** The same, from the parsed value (the list shipped with the project is imported as a module). */
export function parseUnitListValue(raw: unknown, effectiveFrom?: string): UnitListResult {
	const parsed = jsonSchema.safeParse(raw);
	if (!parsed.success) return { ok: false, errors: [{ code: 'bad_format' }] };
	const list: UnitList = {
		effectiveFrom: effectiveFrom ?? isoDateIn(parsed.data.effective) ?? todayIso(),
		provinces: parsed.data.provinces.map((p) => ({
			code: p.code,
			name: toNfc(p.name),
			fullName: toNfc(p.fullName ?? p.name),
			kind: foldVietnamese(p.type ?? p.fullName ?? '').startsWith('thanh pho') ? 'city' : 'province'
		})),
		communes: parsed.data.provinces.flatMap((p) =>
			p.communes.map((c) => ({
				code: c.code,
				provinceCode: p.code,
				name: toNfc(c.name),
				fullName: toNfc(c.fullName ?? c.name),
				kind: communeKind(c.type ?? c.fullName ?? c.name)
			}))
		)
	};
	return checkUnitList(list);
}

// Header names accepted in a CSV, compared after folding: ours in English, and the
// Vietnamese ones of the statistics office's downloadable list.
const columnAliases = {
	code: ['code', 'ma', 'ma xa', 'ma phuong xa', 'ma don vi', 'commune code', 'commune_code'],
	name: ['name', 'ten', 'ten xa', 'ten phuong xa', 'ten don vi', 'commune', 'commune name'],
	province: ['province', 'province code', 'province_code', 'ma tinh', 'ma tp', 'ma tinh tp'],
	provinceName: ['province name', 'province_name', 'ten tinh', 'tinh thanh pho', 'tinh tp'],
	type: ['type', 'cap', 'loai']
} as const;

/** Parses a CSV with code, name and province (code) columns; type and province name optional. */
export function parseUnitListCsv(text: string, effectiveFrom: string): UnitListResult {
	const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (h) => foldVietnamese(h)
	});
	const headers = parsed.meta.fields ?? [];
	const column = (key: keyof typeof columnAliases) =>
		headers.find((h) => (columnAliases[key] as readonly string[]).includes(h));
	const codeCol = column('code');
	const nameCol = column('name');
	const provinceCol = column('province');
	const missing = [
		[codeCol, 'code'],
		[nameCol, 'name'],
		[provinceCol, 'province']
	].filter(([col]) => !col);
	if (missing.length > 0) {
		return {
			ok: false,
			errors: missing.map(([, name]) => ({ code: 'missing_column', value: name }))
		};
	}
	const typeCol = column('type');
	const provinceNameCol = column('provinceName');
	const provinces = new Map<string, UnitList['provinces'][number]>();
	const communes: UnitList['communes'] = parsed.data.map((row) => {
		const provinceCode = (row[provinceCol!] ?? '').trim().padStart(2, '0');
		const provinceName = toNfc((provinceNameCol && row[provinceNameCol]?.trim()) || '');
		if (provinceName && !provinces.has(provinceCode)) {
			const kind: ProvinceKind = foldVietnamese(provinceName).startsWith('thanh pho')
				? 'city'
				: 'province';
			const name = provinceName.replace(/^(Thành phố|Tỉnh)\s+/u, '');
			provinces.set(provinceCode, { code: provinceCode, name, fullName: provinceName, kind });
		}
		const name = toNfc((row[nameCol!] ?? '').trim());
		// Without a type column, the type is the name's own prefix ("Phường Ba Đình").
		const type = toNfc(
			(typeCol && row[typeCol]?.trim()) || (name.match(unitTypePrefix)?.[1] ?? '')
		);
		return {
			code: (row[codeCol!] ?? '').trim().padStart(5, '0'),
			provinceCode,
			name: type && name.startsWith(type) ? name.slice(type.length).trim() : name,
			fullName: type && !name.startsWith(type) ? `${type} ${name}` : name,
			kind: communeKind(type || name)
		};
	});
	return checkUnitList({ effectiveFrom, provinces: [...provinces.values()], communes });
}

function checkUnitList(list: UnitList): UnitListResult {
	const errors: UnitListError[] = [];
	const seen = new Set<string>();
	const knownProvinces = new Set([...seededProvinces, ...list.provinces].map((p) => p.code));
	const badText = (text: string) => !checkSafeText(text, { max: MAX_NAME_LENGTH }).ok;
	list.communes.forEach((c, i) => {
		const row = i + 1;
		if (badText(c.name) || badText(c.fullName)) errors.push({ row, code: 'invalid_text' });
		if (!/^\d{5}$/.test(c.code)) errors.push({ row, code: 'bad_code', value: c.code });
		else if (seen.has(c.code)) errors.push({ row, code: 'duplicate_code', value: c.code });
		seen.add(c.code);
		if (!c.name) errors.push({ row, code: 'missing_name' });
		if (!knownProvinces.has(c.provinceCode))
			errors.push({ row, code: 'unknown_province', value: c.provinceCode });
	});
	list.provinces.forEach((p) => {
		if (!/^\d{2}$/.test(p.code)) errors.push({ code: 'bad_code', value: p.code });
		if (badText(p.name) || badText(p.fullName))
			errors.push({ code: 'invalid_text', value: p.code });
	});
	return errors.length > 0 ? { ok: false, errors: errors.slice(0, 50) } : { ok: true, list };
}

function todayIso(): string {
	// The date in Vietnam: before 07:00 there, the UTC date is still yesterday.
	return todayInVietnam(new Date());
}

/** Either format, chosen by the caller (file name, form field); CSV lists date from today. */
export function parseUnitList(
	text: string,
	format: 'json' | 'csv',
	effectiveFrom?: string
): UnitListResult {
	return format === 'csv'
		? parseUnitListCsv(text, effectiveFrom ?? todayIso())
		: parseUnitListJson(text, effectiveFrom);
}

const errorText: Record<UnitListError['code'], string> = {
	not_json: 'Tệp không phải JSON hợp lệ.',
	bad_format: 'Tệp JSON không đúng cấu trúc danh mục đơn vị hành chính (cần provinces → communes).',
	missing_column: 'Thiếu cột "{value}" trong tệp CSV (cần các cột mã, tên và mã tỉnh).',
	bad_code: 'Mã đơn vị "{value}" không hợp lệ (mã tỉnh 2 chữ số, mã xã 5 chữ số).',
	missing_name: 'Thiếu tên đơn vị hành chính.',
	unknown_province: 'Mã tỉnh "{value}" không hợp lệ.',
	duplicate_code: 'Mã xã "{value}" bị trùng.',
	invalid_text:
		'Tên đơn vị có ký tự không hợp lệ (ký tự điều khiển hoặc ký tự ẩn) hoặc dài quá 200 ký tự.'
};

/** A Vietnamese sentence per error, for the command line and the admin screen. */
export function describeUnitListError(error: UnitListError): string {
	const text = errorText[error.code].replace('{value}', error.value ?? '');
	return error.row ? `Dòng ${error.row}: ${text}` : text;
}
