import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { ProvinceFee, ProvinceFeeSchedule } from '$lib/domain/procedures/province-fees';
import type { Database } from '../db/client';
import { auditLog, provinceFees } from '../db/schema';
import { procedureCatalogue } from '../procedures/procedure-store';

/**
 * The administrator's figures for fees set by each province (/quan-tri/muc-thu). Receipts and fee
 * texts use the office's province's figure where there is one, "Theo mức thu của tỉnh" otherwise.
 * Every change is audit-logged, old → new.
 */

const columns = {
	provinceCode: provinceFees.provinceCode,
	procedureId: provinceFees.procedureId,
	amountVnd: provinceFees.amountVnd,
	per: provinceFees.per,
	label: provinceFees.label,
	note: provinceFees.note,
	decision: provinceFees.decision,
	updatedAt: provinceFees.updatedAt
};

type Row = Omit<ProvinceFee, 'label' | 'note' | 'decision'> & {
	label: string | null;
	note: string | null;
	decision: string | null;
};

/** A row as the domain has it: absent rather than null. */
function feeOf(row: Row): ProvinceFee {
	return {
		provinceCode: row.provinceCode,
		procedureId: row.procedureId,
		amountVnd: row.amountVnd,
		per: row.per,
		...(row.label ? { label: row.label } : {}),
		...(row.note ? { note: row.note } : {}),
		...(row.decision ? { decision: row.decision } : {})
	};
}

/** One province's figures, in procedure order. */
export async function provinceSchedule(
	db: Database,
	provinceCode: string
): Promise<ProvinceFeeSchedule> {
	const rows = await db
		.select(columns)
		.from(provinceFees)
		.where(eq(provinceFees.provinceCode, provinceCode))
		.orderBy(asc(provinceFees.procedureId));
	return { provinceCode, fees: rows.map(feeOf) };
}

/** The procedures in effect whose fee the province sets: what the screen lists. */
async function setByProvince(db: Database) {
	return (await procedureCatalogue(db)).procedures().filter((p) => p.fee.setByProvince === true);
}

/** For the screen: each set-by-province procedure with this province's figure, if any. */
export async function provinceFeeRows(db: Database, provinceCode: string) {
	const [procedures, rows] = await Promise.all([
		setByProvince(db),
		db.select(columns).from(provinceFees).where(eq(provinceFees.provinceCode, provinceCode))
	]);
	return procedures.map((procedure) => {
		const row = rows.find((r) => r.procedureId === procedure.id);
		return {
			procedureId: procedure.id,
			name: procedure.name,
			fee: row ? { ...feeOf(row), updatedAt: row.updatedAt } : null
		};
	});
}

const describe = (fee: Pick<ProvinceFee, 'amountVnd' | 'per'> | undefined) =>
	fee ? `${fee.amountVnd}/${fee.per}` : '—';

/** Sets a province's figure for a procedure whose fee the province sets (0 = free). */
export async function setProvinceFee(
	db: Database,
	actorUserId: string,
	fee: ProvinceFee
): Promise<ProvinceFee> {
	if (!(await setByProvince(db)).some((p) => p.id === fee.procedureId)) {
		throw new AppError('unknown_procedure');
	}
	return db.transaction(async (tx) => {
		const [before] = await tx
			.select(columns)
			.from(provinceFees)
			.where(
				and(
					eq(provinceFees.provinceCode, fee.provinceCode),
					eq(provinceFees.procedureId, fee.procedureId)
				)
			)
			.limit(1);
		const values = {
			amountVnd: fee.amountVnd,
			per: fee.per,
			label: fee.label ?? null,
			note: fee.note ?? null,
			decision: fee.decision ?? null,
			updatedBy: actorUserId,
			updatedAt: new Date()
		};
		await tx
			.insert(provinceFees)
			.values({ provinceCode: fee.provinceCode, procedureId: fee.procedureId, ...values })
			.onConflictDoUpdate({
				target: [provinceFees.provinceCode, provinceFees.procedureId],
				set: values
			});
		await tx.insert(auditLog).values({
			actorUserId,
			action: 'provinceFees.set',
			subject: `${fee.provinceCode}/${fee.procedureId}`,
			details: {
				amount: `${describe(before ? feeOf(before) : undefined)} → ${describe(fee)}`,
				...(fee.decision ? { decision: fee.decision } : {})
			}
		});
		return fee;
	});
}

/** Removes a figure: the receipt says "Theo mức thu của tỉnh" again. */
export async function removeProvinceFee(
	db: Database,
	actorUserId: string,
	key: { provinceCode: string; procedureId: string }
): Promise<{ removed: boolean }> {
	return db.transaction(async (tx) => {
		const deleted = await tx
			.delete(provinceFees)
			.where(
				and(
					eq(provinceFees.provinceCode, key.provinceCode),
					eq(provinceFees.procedureId, key.procedureId)
				)
			)
			.returning(columns);
		const [gone] = deleted;
		await tx.insert(auditLog).values({
			actorUserId,
			action: 'provinceFees.remove',
			subject: `${key.provinceCode}/${key.procedureId}`,
			details: { amount: `${describe(gone ? feeOf(gone) : undefined)} → —` }
		});
		return { removed: gone !== undefined };
	});
}
