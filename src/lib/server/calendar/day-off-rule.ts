import { eq } from 'drizzle-orm';
import { z } from 'zod';
import {
	DEFAULT_DAY_OFF_RECEIPT_RULE,
	dayOffReceiptRules,
	type DayOffReceiptRule
} from '$lib/domain/calendar/working-days';
import type { Database } from '../db/client';
import { auditLog, serverSettings } from '../db/schema';

export { dayOffReceiptRules, type DayOffReceiptRule };

/**
 * How a dossier received on a day off is counted (docs/due-dates.md): the next working day as
 * day 1 or as day 0. An administrator's choice kept in `server_settings`; until one is made,
 * the default. Like the days off, a change counts for dossiers received afterwards.
 */
const KEY = 'calendar.dayOffReceiptRule';
const ruleSchema = z.enum(dayOffReceiptRules);

export async function dayOffReceiptRule(db: Database): Promise<DayOffReceiptRule> {
	const [row] = await db
		.select({ value: serverSettings.value })
		.from(serverSettings)
		.where(eq(serverSettings.key, KEY))
		.limit(1);
	const parsed = ruleSchema.safeParse(row?.value);
	return parsed.success ? parsed.data : DEFAULT_DAY_OFF_RECEIPT_RULE;
}

export async function setDayOffReceiptRule(
	db: Database,
	actorUserId: string,
	rule: DayOffReceiptRule
): Promise<{ rule: DayOffReceiptRule }> {
	await db
		.insert(serverSettings)
		.values({ key: KEY, value: rule })
		.onConflictDoUpdate({ target: serverSettings.key, set: { value: rule } });
	await db.insert(auditLog).values({
		actorUserId,
		action: 'calendar.set_day_off_rule',
		subject: KEY,
		details: { rule }
	});
	return { rule };
}
