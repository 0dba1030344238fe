import { eq } from 'drizzle-orm';
import {
	mobilePrefixListOf,
	sortedPrefixList,
	type MobilePrefixList
} from '$lib/domain/validation/mobile-prefix-list';
import type { Database } from '../db/client';
import { auditLog, serverSettings } from '../db/schema';

/**
 * The mobile prefixes phone validation knows (DOMAIN.md: keep the list as data). Stored in
 * `server_settings` under 'phonePrefixes' once an administrator edits it; until then, the shipped
 * constants. Devices receive it with the reference data.
 */
const KEY = 'phonePrefixes';

export async function phonePrefixList(db: Database): Promise<MobilePrefixList> {
	const [row] = await db
		.select({ value: serverSettings.value })
		.from(serverSettings)
		.where(eq(serverSettings.key, KEY))
		.limit(1);
	return sortedPrefixList(mobilePrefixListOf(row?.value));
}

const retiredPairs = (list: MobilePrefixList) =>
	new Set(Object.entries(list.retired).map(([old, now]) => `${old}→${now}`));

const difference = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).join(' ');

/** Replaces the list; the audit line says what was added and removed. */
export async function setPhonePrefixList(
	db: Database,
	actorUserId: string,
	input: MobilePrefixList
): Promise<MobilePrefixList> {
	const next = sortedPrefixList(input);
	return db.transaction(async (tx) => {
		const before = await phonePrefixList(tx);
		await tx
			.insert(serverSettings)
			.values({ key: KEY, value: next })
			.onConflictDoUpdate({ target: serverSettings.key, set: { value: next } });
		const [oldCurrent, newCurrent] = [new Set(before.current), new Set(next.current)];
		const [oldRetired, newRetired] = [retiredPairs(before), retiredPairs(next)];
		const details = Object.fromEntries(
			Object.entries({
				added: difference(newCurrent, oldCurrent),
				removed: difference(oldCurrent, newCurrent),
				retiredAdded: difference(newRetired, oldRetired),
				retiredRemoved: difference(oldRetired, newRetired)
			}).filter(([, value]) => value !== '')
		);
		await tx
			.insert(auditLog)
			.values({ actorUserId, action: 'phonePrefixes.set', subject: KEY, details });
		return next;
	});
}
