import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A community access point (điểm hỗ trợ dịch vụ công) in a cultural house or apartment block. */
export const accessPoints = pgTable('access_points', {
	id: uuid('id').primaryKey().defaultRandom(),
	name: text('name').notNull(),
	/** Addresses store unit codes, not names: names change by resolution, codes stay. */
	provinceCode: text('province_code').notNull(),
	communeCode: text('commune_code').notNull(),
	street: text('street').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export type AccessPoint = typeof accessPoints.$inferSelect;
