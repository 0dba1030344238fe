import {
	bigint,
	bigserial,
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import {
	templateChannels,
	templateEvents,
	type TemplateChannel,
	type TemplateEvent
} from '../../../domain/notifications/templates';
import { dossiers } from './dossiers';
import { users } from './users';

// The events and channels are the domain's (templates.ts): one list for texts, consents and rows.
export const notificationChannels = templateChannels;
export type NotificationChannel = TemplateChannel;
export const notificationEvents = templateEvents;
export type NotificationEvent = TemplateEvent;

/**
 * pending → sending (claimed by one worker until `leaseUntil`) → sent; a failed attempt goes back
 * to pending with a later `nextAttemptAt`, and to dead after the limit; cancelled when the consent
 * was withdrawn before the message left.
 */
export const notificationStates = ['pending', 'sending', 'sent', 'dead', 'cancelled'] as const;
export type NotificationState = (typeof notificationStates)[number];

/**
 * One consent per dossier and channel, given in the session's consent screen with the address
 * the citizen typed for this purpose, and withdrawable at the look-up. Personal data.
 */
export const dossierContactConsents = pgTable(
	'dossier_contact_consents',
	{
		dossierId: uuid('dossier_id')
			.notNull()
			.references(() => dossiers.id, { onDelete: 'cascade' }),
		channel: text('channel', { enum: notificationChannels }).notNull(),
		/** The email address or mobile number; null for push, whose address is the subscription. */
		address: text('address'),
		/** A Web Push subscription (endpoint and keys), for the push channel only. */
		subscription: jsonb('subscription').$type<{
			endpoint: string;
			keys: { p256dh: string; auth: string };
		}>(),
		grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.dossierId, t.channel] })]
);

/**
 * The transactional outbox: written in the same transaction as the dossier event it tells about,
 * delivered by whichever app server's worker claims it (FOR UPDATE SKIP LOCKED). One row per
 * event and channel, so a repeated status change never queues a second message.
 */
export const notifications = pgTable(
	'notifications',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		dossierId: uuid('dossier_id')
			.notNull()
			.references(() => dossiers.id, { onDelete: 'cascade' }),
		/** The dossier event it tells about (dossier_events.id). */
		eventId: bigint('event_id', { mode: 'number' }).notNull(),
		event: text('event', { enum: notificationEvents }).notNull(),
		channel: text('channel', { enum: notificationChannels }).notNull(),
		state: text('state', { enum: notificationStates }).notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
		/** While sending: the worker holding it and until when; past it, another worker may retry. */
		claimedBy: text('claimed_by'),
		leaseUntil: timestamp('lease_until', { withTimezone: true }),
		lastError: text('last_error'),
		/** The transport's id for the message (SMTP message id, provider's id). */
		providerMessageId: text('provider_message_id'),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('notifications_event_channel_key').on(t.eventId, t.channel),
		index('notifications_due_idx').on(t.state, t.nextAttemptAt),
		index('notifications_dossier_idx').on(t.dossierId, t.id)
	]
);

/** Every delivery attempt, kept for the officer's view and for showing a send happened once. */
export const notificationAttempts = pgTable(
	'notification_attempts',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		notificationId: bigint('notification_id', { mode: 'number' })
			.notNull()
			.references(() => notifications.id, { onDelete: 'cascade' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		worker: text('worker').notNull(),
		ok: boolean('ok').notNull(),
		/** The transport's reason, never the message text (it holds personal data). */
		error: text('error'),
		/** Set when a staff member asked for it again (audited). */
		resentBy: uuid('resent_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [index('notification_attempts_notification_idx').on(t.notificationId, t.id)]
);

/**
 * The administrator's texts, per event and channel; the shipped defaults live in the domain and
 * a row here replaces one. Placeholders are checked on save.
 */
export const notificationTemplates = pgTable(
	'notification_templates',
	{
		event: text('event', { enum: notificationEvents }).notNull(),
		channel: text('channel', { enum: notificationChannels }).notNull(),
		/** The email subject or push title; null for SMS. */
		subject: text('subject'),
		body: text('body').notNull(),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.event, t.channel] })]
);
