import { and, inArray, isNull } from 'drizzle-orm';
import type { Answers } from '$lib/domain/procedures/answers';
import type { UnitLookup } from '$lib/domain/procedures/field-context';
import type { Database } from '../db/client';
import { communesTable, provincesTable } from '../db/schema';
import { noMemo, type Memo } from '../memo';

/** Province codes an application mentions, found wherever an address value sits. */
function provinceCodesIn(answers: Answers): string[] {
	const codes = new Set<string>();
	for (const step of Object.values(answers)) {
		for (const value of Object.values(step)) {
			const code = (value as { provinceCode?: unknown } | null)?.provinceCode;
			if (typeof code === 'string' && /^\d{2}$/.test(code)) codes.add(code);
		}
	}
	return [...codes];
}

/**
 * The unit list as validation needs it, loaded for the provinces at hand. A province without
 * imported communes accepts a typed commune name, as in the browser.
 */
export async function unitLookupFor(
	db: Database,
	answers: Answers,
	memo: Memo = noMemo
): Promise<UnitLookup> {
	const provinceRows = await memo('units:provinces', () =>
		db
			.select({ code: provincesTable.code })
			.from(provincesTable)
			.where(isNull(provincesTable.effectiveTo))
	);
	const codes = provinceCodesIn(answers).sort();
	const communeRows = codes.length
		? await memo(`units:communes:${codes.join(',')}`, () =>
				db
					.select({ code: communesTable.code, provinceCode: communesTable.provinceCode })
					.from(communesTable)
					.where(and(inArray(communesTable.provinceCode, codes), isNull(communesTable.effectiveTo)))
			)
		: [];
	const provinces = new Set(provinceRows.map((r) => r.code));
	const communes = new Set(communeRows.map((r) => `${r.provinceCode}/${r.code}`));
	const withCommunes = new Set(communeRows.map((r) => r.provinceCode));
	return {
		hasProvince: (code) => provinces.has(code),
		hasCommune: (province, commune) =>
			!withCommunes.has(province) || communes.has(`${province}/${commune}`)
	};
}
