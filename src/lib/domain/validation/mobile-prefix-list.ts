import { z } from 'zod';
import { mobilePrefixes, retiredMobilePrefixes } from './phone-prefixes';

/**
 * The mobile prefixes validation knows, as data an administrator corrects (DOMAIN.md: the list is
 * [sec] and networks add prefixes). The constants in phone-prefixes.ts are the shipped default;
 * the stored list (server_settings 'phonePrefixes') replaces it on the server and on devices.
 */
export type MobilePrefixList = {
	/** First three digits of a 10-digit mobile number: '032'. */
	current: readonly string[];
	/** An 11-digit prefix retired in 2018 → the 3-digit prefix it became: '0168' → '038'. */
	retired: Readonly<Record<string, string>>;
};

export const defaultMobilePrefixList: MobilePrefixList = {
	current: mobilePrefixes,
	retired: retiredMobilePrefixes
};

export const currentPrefixPattern = /^0\d{2}$/;
export const retiredPrefixPattern = /^01\d{2}$/;

/** What the administrator may store: well-formed, no duplicates, each retired one points to a 3-digit prefix. */
export const mobilePrefixListSchema = z.object({
	current: z
		.array(z.string().regex(currentPrefixPattern))
		.min(1)
		.max(200)
		.refine((list) => new Set(list).size === list.length, 'duplicate'),
	retired: z
		.record(z.string().regex(retiredPrefixPattern), z.string().regex(currentPrefixPattern))
		.refine((record) => Object.keys(record).length <= 200, 'too many')
});

/** A stored value read back: the default when it is missing or malformed. */
export function mobilePrefixListOf(value: unknown): MobilePrefixList {
	const parsed = mobilePrefixListSchema.safeParse(value);
	return parsed.success ? parsed.data : defaultMobilePrefixList;
}

/** Sorted, so that the same list always looks (and hashes) the same. */
export function sortedPrefixList(list: MobilePrefixList): MobilePrefixList {
	return {
		current: [...new Set(list.current)].sort(),
		retired: Object.fromEntries(Object.entries(list.retired).sort(([a], [b]) => a.localeCompare(b)))
	};
}
