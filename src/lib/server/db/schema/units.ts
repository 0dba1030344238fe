import { date, index, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Administrative units with effective dates: units change by resolution, so a retired unit
 * keeps its row with `effectiveTo` set, and addresses (which store codes) still resolve.
 */
export const provincesTable = pgTable('admin_provinces', {
	code: text('code').primaryKey(),
	name: text('name').notNull(),
	fullName: text('full_name').notNull(),
	kind: text('kind', { enum: ['province', 'city'] }).notNull(),
	effectiveFrom: date('effective_from').notNull(),
	effectiveTo: date('effective_to')
});

export const communesTable = pgTable(
	'admin_communes',
	{
		code: text('code').primaryKey(),
		provinceCode: text('province_code')
			.notNull()
			.references(() => provincesTable.code),
		name: text('name').notNull(),
		fullName: text('full_name').notNull(),
		kind: text('kind', { enum: ['commune', 'ward', 'special_zone'] }).notNull(),
		effectiveFrom: date('effective_from').notNull(),
		effectiveTo: date('effective_to')
	},
	(t) => [index('admin_communes_province_idx').on(t.provinceCode)]
);
