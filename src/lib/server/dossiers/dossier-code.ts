import { eq, sql } from 'drizzle-orm';
import { localDateAndTime } from '$lib/domain/calendar/working-days';
import type { Database } from '../db/client';
import { dossierCodeSequences, serverSettings } from '../db/schema';

/** The demo ward's code; a deployment sets AGENCY_CODE or edits the `agencyCode` setting. */
export const DEMO_AGENCY_CODE = 'CL.01.00004';

export { dossierCodePattern } from '$lib/domain/dossier/dossier-code';

/** Letters, digits and dots, as on the national portal ('G22.99.08'); never a dash. */
export const agencyCodePattern = /^[A-Z0-9]{1,20}(?:\.[A-Z0-9]{1,20}){0,5}$/;

/** yymmdd of the day in Vietnam, whatever the server's own time zone. */
export function localDayKey(at: Date): string {
	return localDateAndTime(at).date.slice(2).replaceAll('-', '');
}

/** agency code–yymmdd–sequence (DOMAIN.md), e.g. 'G22.99.08-260921-000042'. */
export function dossierCode(agencyCode: string, receivedAt: Date, sequence: number): string {
	return `${agencyCode}-${localDayKey(receivedAt)}-${String(sequence).padStart(6, '0')}`;
}

/**
 * The agency code from `server_settings`, written there from AGENCY_CODE (or the demo code) the
 * first time, so that changing the environment later does not silently change issued codes.
 */
export async function agencyCodeSetting(
	db: Database,
	env: Record<string, string | undefined> = process.env
): Promise<string> {
	const read = () =>
		db
			.select({ value: serverSettings.value })
			.from(serverSettings)
			.where(eq(serverSettings.key, 'agencyCode'))
			.limit(1);
	const [row] = await read();
	if (typeof row?.value === 'string') return row.value;
	const configured = (env.AGENCY_CODE || DEMO_AGENCY_CODE).trim().toUpperCase();
	if (!agencyCodePattern.test(configured)) {
		throw new Error('AGENCY_CODE must be letters, digits and dots, e.g. G22.99.08');
	}
	await db
		.insert(serverSettings)
		.values({ key: 'agencyCode', value: configured })
		.onConflictDoNothing();
	const [stored] = await read();
	if (typeof stored?.value !== 'string') throw new Error('agencyCode setting is not a string');
	return stored.value;
}

/**
 * The next code for the agency and day. The upsert takes a row lock, so concurrent transactions
 * (on one PostgreSQL or on PGlite) queue up and each gets its own number.
 */
export async function nextDossierCode(
	tx: Database,
	agencyCode: string,
	receivedAt: Date
): Promise<{ code: string; sequence: number }> {
	const day = localDayKey(receivedAt);
	const [row] = await tx
		.insert(dossierCodeSequences)
		.values({ agencyCode, day, lastValue: 1 })
		.onConflictDoUpdate({
			target: [dossierCodeSequences.agencyCode, dossierCodeSequences.day],
			set: { lastValue: sql`dossier_code_sequences.last_value + 1` }
		})
		.returning({ lastValue: dossierCodeSequences.lastValue });
	const sequence = row!.lastValue;
	return { code: dossierCode(agencyCode, receivedAt, sequence), sequence };
}
