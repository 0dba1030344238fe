import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { safeText } from '$lib/domain/text/safe-text';
import { isPublicUrl, normalizePublicUrl, serverPublicUrl } from '$lib/domain/office/public-url';
import type { Database } from '../db/client';
import { auditLog, communesTable, DEMO_WARD_CODE, serverSettings } from '../db/schema';

/**
 * The office that receives dossiers, as receipts print it. Kept in `server_settings` under
 * 'office'; an administrator edits it at /quan-tri/co-quan. A fresh install gets the demo ward's
 * office.
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
		.optional(),
	/** The province whose fee schedule applies here (2 digits); else the commune's province. */
	provinceCode: z
		.string()
		.regex(/^\d{2}$/)
		.optional(),
	/** The head of office who signs the apology letter (form 04): name and title lines. */
	head: z
		.object({
			name: safeText({ min: 1, max: 100 }),
			/** One line per line of the signature block: 'KT. CHỦ TỊCH' over 'PHÓ CHỦ TỊCH'. */
			title: safeText({ min: 1, max: 200, multiline: true })
		})
		.optional(),
	/** The address citizens reach; receipts' QR codes and printed links use it. */
	publicUrl: z
		.string()
		.max(300)
		.refine(isPublicUrl, 'https, or http for this machine only')
		.transform(normalizePublicUrl)
		.optional()
});

export type OfficeSetting = z.infer<typeof officeSchema>;
export type OfficeInput = z.input<typeof officeSchema>;

export const demoOffice: OfficeSetting = {
	name: 'Ủy ban nhân dân phường Ba Đình',
	parent: 'Thành phố Hà Nội',
	unit: 'Bộ phận Một cửa',
	place: 'Ba Đình',
	provinceCode: '01'
};

const KEY = 'office';

export async function officeSetting(db: Database): Promise<OfficeSetting> {
	const [row] = await db
		.select({ value: serverSettings.value })
		.from(serverSettings)
		.where(eq(serverSettings.key, KEY))
		.limit(1);
	const parsed = officeSchema.safeParse(row?.value);
	return parsed.success ? parsed.data : demoOffice;
}

/**
 * What devices and citizens may see of the office: named fields only, so none slips out later.
 * Its public address falls back to the server's ORIGIN, so that receipts' QR codes lead there
 * rather than to the printing PC's own (often localhost) address.
 */
export function publicOffice(
	office: OfficeSetting,
	origin: string | undefined = process.env.ORIGIN
) {
	const publicUrl = serverPublicUrl(office.publicUrl, origin);
	return {
		name: office.name,
		...(office.parent ? { parent: office.parent } : {}),
		...(office.unit ? { unit: office.unit } : {}),
		...(office.place ? { place: office.place } : {}),
		...(office.provinceCode ? { provinceCode: office.provinceCode } : {}),
		...(office.head ? { head: office.head } : {}),
		...(publicUrl ? { publicUrl } : {})
	};
}

export type PublicOffice = ReturnType<typeof publicOffice>;

/** The receiving ward of new dossiers: the office's commune code, or the demo ward's. */
export async function receivingWardCode(db: Database): Promise<string> {
	return (await officeSetting(db)).communeCode ?? DEMO_WARD_CODE;
}

/** The province whose fees apply: the one set, else the commune's; undefined when neither is known. */
export async function officeProvinceCode(db: Database): Promise<string | undefined> {
	const office = await officeSetting(db);
	if (office.provinceCode) return office.provinceCode;
	if (!office.communeCode) return undefined;
	const [commune] = await db
		.select({ provinceCode: communesTable.provinceCode })
		.from(communesTable)
		.where(eq(communesTable.code, office.communeCode))
		.limit(1);
	return commune?.provinceCode;
}

const shown = (value: unknown) =>
	value === undefined
		? '—'
		: typeof value === 'object'
			? Object.values(value!).join(', ')
			: String(value);

/**
 * Replaces the office as a whole (the form shows every field). The audit line names each field
 * that changed, old → new: these are the office's public facts, never a citizen's.
 */
export async function setOfficeSetting(
	db: Database,
	actorUserId: string,
	next: OfficeSetting
): Promise<OfficeSetting> {
	return db.transaction(async (tx) => {
		const before = await officeSetting(tx);
		await tx
			.insert(serverSettings)
			.values({ key: KEY, value: next })
			.onConflictDoUpdate({ target: serverSettings.key, set: { value: next } });
		const fields = new Set([...Object.keys(before), ...Object.keys(next)]) as Set<
			keyof OfficeSetting
		>;
		const details: Record<string, string> = {};
		for (const field of fields) {
			const [old, now] = [shown(before[field]), shown(next[field])];
			if (old !== now) details[field] = `${old} → ${now}`;
		}
		await tx.insert(auditLog).values({ actorUserId, action: 'office.set', subject: KEY, details });
		return next;
	});
}
