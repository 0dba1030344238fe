import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { safeText } from '$lib/domain/text/safe-text';
import type { Database } from '../db/client';
import { DEMO_WARD_CODE, serverSettings } from '../db/schema';

/**
 * The office that receives dossiers, as receipts print it. Kept in `server_settings` under
 * 'office' (an administrator edits it there); a fresh install gets the demo ward's office.
 */
export const officeSchema = z.object({
	name: safeText({ min: 1, max: 200 }),
	parent: safeText({ max: 200 }).optional(),
	unit: safeText({ max: 200 }).optional(),
	place: safeText({ max: 100 }).optional(),
	/** The ward's commune code (GSO): dossiers received here belong to its officers. */
	communeCode: z
		.string()
		.regex(/^\d{5}$/)
		.optional()
});

export type OfficeSetting = z.infer<typeof officeSchema>;

export const demoOffice: OfficeSetting = {
	name: 'Ủy ban nhân dân phường Ba Đình',
	parent: 'Thành phố Hà Nội',
	unit: 'Bộ phận Một cửa',
	place: 'Ba Đình'
};

export async function officeSetting(db: Database): Promise<OfficeSetting> {
	const [row] = await db
		.select({ value: serverSettings.value })
		.from(serverSettings)
		.where(eq(serverSettings.key, 'office'))
		.limit(1);
	const parsed = officeSchema.safeParse(row?.value);
	return parsed.success ? parsed.data : demoOffice;
}

/** The receiving ward of new dossiers: the office's commune code, or the demo ward's. */
export async function receivingWardCode(db: Database): Promise<string> {
	return (await officeSetting(db)).communeCode ?? DEMO_WARD_CODE;
}
