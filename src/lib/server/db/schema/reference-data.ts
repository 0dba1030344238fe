import { check, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { provinceFeeUnits } from '$lib/domain/procedures/province-fees';
import { users } from './users';

/**
 * Each province's own figure for a procedure whose fee the province sets (DOMAIN.md: "set by
 * the province" [sec]), entered by an administrator at /quan-tri/muc-thu. Devices receive the
 * office's province's rows with the reference data.
 */
export const provinceFees = pgTable(
	'province_fees',
	{
		provinceCode: text('province_code').notNull(),
		procedureId: text('procedure_id').notNull(),
		amountVnd: integer('amount_vnd').notNull(),
		per: text('per', { enum: provinceFeeUnits }).notNull(),
		label: text('label'),
		note: text('note'),
		/** The resolution that sets the figure, as written: 'Nghị quyết 12/2025/NQ-HĐND'. */
		decision: text('decision'),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.provinceCode, t.procedureId] }),
		check('province_fees_amount_check', sql`${t.amountVnd} >= 0`)
	]
);
