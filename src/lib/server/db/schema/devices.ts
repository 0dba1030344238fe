import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accessPoints } from './access-points';
import { users } from './users';
import type { DeviceSettings } from '../../../domain/devices/device-settings';
import type { DeviceReport } from '../../../domain/devices/device-report';

// Their shapes and bounds are the domain's: the device list's form and the PC check the same.
export type { DeviceSettings } from '../../../domain/devices/device-settings';
export type { DeviceReport } from '../../../domain/devices/device-report';

/**
 * An enrolled access-point PC. The browser holds the credential; only its SHA-256 is stored. A
 * revoked PC can no longer push staff kinds; its citizens' dossiers are still accepted.
 */
export const devices = pgTable(
	'devices',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		accessPointId: uuid('access_point_id')
			.notNull()
			.references(() => accessPoints.id),
		name: text('name').notNull(),
		/** The browser install's sync client id (sync_clients.client_id). */
		clientId: text('client_id').notNull().unique(),
		credentialHash: text('credential_hash').notNull().unique(),
		settings: jsonb('settings').$type<DeviceSettings>().notNull().default({}),
		/** Bumped on every settings change, so a PC knows whether its copy is current. */
		settingsRevision: integer('settings_revision').notNull().default(1),
		report: jsonb('report').$type<DeviceReport>().notNull().default({}),
		lastSyncAt: timestamp('last_sync_at', { withTimezone: true }),
		enrolledBy: uuid('enrolled_by').references(() => users.id, { onDelete: 'set null' }),
		enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull().defaultNow(),
		revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('devices_access_point_idx').on(t.accessPointId)]
);

/** The access point's settings for all its PCs (one row per access point). */
export const accessPointDeviceSettings = pgTable('access_point_device_settings', {
	accessPointId: uuid('access_point_id')
		.primaryKey()
		.references(() => accessPoints.id, { onDelete: 'cascade' }),
	settings: jsonb('settings').$type<DeviceSettings>().notNull().default({}),
	updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
