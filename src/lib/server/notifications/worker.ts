import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import {
	defaultRetryPolicy,
	givesUp,
	retryDelayMs,
	type RetryPolicy
} from '$lib/domain/notifications/retry';
import { queryRows, type Database } from '../db/client';
import {
	dossierContactConsents,
	notificationAttempts,
	notifications,
	type NotificationChannel,
	type NotificationEvent
} from '../db/schema';
import { errorSummary } from '../log/error-summary';
import { messageFacts, type RenderMessage } from './message';
import type { Transports } from './transports';
import { DeliveryFailure, reasonOf } from './transports/transport';

export type WorkerOptions = {
	db: Database;
	transports: Transports;
	render: RenderMessage;
	/** Who claims, in the rows and the attempt log; unique per process by default. */
	id?: string;
	now?: () => Date;
	random?: () => number;
	policy?: RetryPolicy;
	/** How long a claim holds: longer than any send may take (transports time out at 30 s). */
	leaseMs?: number;
	batchSize?: number;
	pollMs?: number;
	/** The server's ORIGIN, the look-up link's base when the office has no public address. */
	origin?: string;
};

export type ClaimedNotification = {
	id: number;
	dossierId: string;
	eventId: number;
	event: NotificationEvent;
	channel: NotificationChannel;
	/** Counting this one. */
	attempts: number;
};

export type DeliveryOutcome =
	| { kind: 'sent'; providerMessageId: string | null }
	| { kind: 'failed'; reason: string; permanent: boolean }
	| { kind: 'cancelled' };

/** Written for a claim whose worker stopped mid-send: whether it left is unknown, so it goes again. */
export const leaseExpiredReason = 'lease expired: the worker stopped while sending; sent again';

type ClaimRow = {
	id: unknown;
	dossier_id: string;
	event_id: unknown;
	event: NotificationEvent;
	channel: NotificationChannel;
	attempts: unknown;
};

/**
 * Delivers the notification outbox. Any number of workers, in one process or in several app
 * servers on one PostgreSQL, share it: a claim is one statement that takes due rows with
 * FOR UPDATE SKIP LOCKED, marks them `sending` with a lease and commits, so no two workers hold
 * one row; the send happens outside any transaction, and its outcome is written afterwards.
 * A worker that dies between claim and outcome leaves the row `sending` with a lease that runs
 * out: the next claim takes it again and logs the lost attempt. So a message is delivered once
 * in the normal case and at least once whatever happens; the providers are given the
 * notification's id (eSMS RequestId, the email's Message-ID) to drop a copy.
 */
export function notificationWorker(options: WorkerOptions) {
	const { db, transports, render } = options;
	const id = options.id ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
	const now = options.now ?? (() => new Date());
	const random = options.random ?? Math.random;
	const policy = options.policy ?? defaultRetryPolicy;
	const leaseMs = options.leaseMs ?? 120_000;
	const batchSize = options.batchSize ?? 10;
	const pollMs = options.pollMs ?? 2_000;
	const channels = Object.keys(transports) as NotificationChannel[];

	async function claim(): Promise<ClaimedNotification[]> {
		if (channels.length === 0) return [];
		const at = now();
		const leaseUntil = new Date(at.getTime() + leaseMs).toISOString();
		const rows = await queryRows<ClaimRow>(
			db,
			sql`with due as (
				select id, state, claimed_by from notifications
				where channel in (${sql.join(
					channels.map((c) => sql`${c}`),
					sql`, `
				)})
					and ((state = 'pending' and next_attempt_at <= ${at.toISOString()}::timestamptz)
						or (state = 'sending' and lease_until < ${at.toISOString()}::timestamptz))
				order by next_attempt_at, id
				limit ${batchSize}
				for update skip locked
			), claimed as (
				update notifications n
				set state = 'sending', claimed_by = ${id}, lease_until = ${leaseUntil}::timestamptz,
					attempts = n.attempts + 1
				from due where n.id = due.id
				returning n.id, n.dossier_id, n.event_id, n.event, n.channel, n.attempts,
					due.state as was, due.claimed_by as lost_by
			), lost as (
				insert into notification_attempts (notification_id, at, worker, ok, error)
				select id, ${at.toISOString()}::timestamptz, coalesce(lost_by, '?'), false,
					${leaseExpiredReason}
				from claimed where was = 'sending'
			)
			select id, dossier_id, event_id, event, channel, attempts from claimed order by id`
		);
		return rows.map((r) => ({
			id: Number(r.id),
			dossierId: r.dossier_id,
			eventId: Number(r.event_id),
			event: r.event,
			channel: r.channel,
			attempts: Number(r.attempts)
		}));
	}

	/** Sends one claimed notification; never throws. */
	async function deliver(row: ClaimedNotification): Promise<DeliveryOutcome> {
		try {
			// Interrupted again and again (a message that crashes its worker): stop trying.
			if (row.attempts > policy.maxAttempts) {
				return { kind: 'failed', reason: 'too many interrupted attempts', permanent: true };
			}
			const [consent] = await db
				.select({
					address: dossierContactConsents.address,
					subscription: dossierContactConsents.subscription,
					withdrawnAt: dossierContactConsents.withdrawnAt
				})
				.from(dossierContactConsents)
				.where(
					and(
						eq(dossierContactConsents.dossierId, row.dossierId),
						eq(dossierContactConsents.channel, row.channel)
					)
				);
			if (!consent || consent.withdrawnAt) return { kind: 'cancelled' };
			const transport = transports[row.channel];
			if (!transport) throw new DeliveryFailure(`${row.channel} is not configured`);
			const to = row.channel === 'push' ? consent.subscription : consent.address;
			if (!to) throw new DeliveryFailure('no address in the consent', true);
			const facts = await messageFacts(db, row, options.origin);
			const message = await render(row.event, row.channel, facts);
			const sent = await transport.send({
				notificationId: row.id,
				to,
				subject: message.subject,
				text: message.text,
				url: facts.lookupUrl
			});
			return { kind: 'sent', providerMessageId: sent.providerMessageId };
		} catch (error) {
			const permanent = error instanceof DeliveryFailure && error.permanent;
			return { kind: 'failed', reason: reasonOf(error), permanent };
		}
	}

	/** Writes the outcome, if the claim is still this worker's; the attempt is logged either way. */
	async function record(row: ClaimedNotification, outcome: DeliveryOutcome): Promise<void> {
		const at = now();
		const mine = and(
			eq(notifications.id, row.id),
			eq(notifications.state, 'sending'),
			eq(notifications.claimedBy, id)
		);
		const released = { claimedBy: null, leaseUntil: null };
		await db.transaction(async (tx) => {
			if (outcome.kind === 'cancelled') {
				await tx
					.update(notifications)
					.set({ ...released, state: 'cancelled', lastError: 'consent withdrawn' })
					.where(mine);
				return;
			}
			const ok = outcome.kind === 'sent';
			await tx.insert(notificationAttempts).values({
				notificationId: row.id,
				at,
				worker: id,
				ok,
				error: ok ? null : outcome.reason
			});
			if (outcome.kind === 'sent') {
				await tx
					.update(notifications)
					.set({
						...released,
						state: 'sent',
						sentAt: at,
						providerMessageId: outcome.providerMessageId,
						lastError: null
					})
					.where(mine);
			} else if (outcome.permanent || givesUp(row.attempts, policy)) {
				await tx
					.update(notifications)
					.set({ ...released, state: 'dead', lastError: outcome.reason })
					.where(mine);
			} else {
				const next = new Date(at.getTime() + retryDelayMs(row.attempts, policy, random));
				await tx
					.update(notifications)
					.set({ ...released, state: 'pending', nextAttemptAt: next, lastError: outcome.reason })
					.where(mine);
			}
		});
	}

	/** One round: claim a batch, send them side by side, record each. How many were claimed. */
	async function runOnce(): Promise<number> {
		const rows = await claim();
		await Promise.all(rows.map(async (row) => record(row, await deliver(row))));
		return rows.length;
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	let running: Promise<void> | undefined;
	let stopping = false;

	const schedule = (delayMs: number) => {
		if (stopping) return;
		timer = setTimeout(() => {
			running = tick().finally(() => (running = undefined));
		}, delayMs);
		timer.unref?.();
	};

	async function tick(): Promise<void> {
		let claimed = 0;
		try {
			claimed = await runOnce();
		} catch (error) {
			// The database away for a moment: the rows wait, status changes are not touched.
			console.error('[notifications] worker round failed', errorSummary(error));
		}
		schedule(claimed === batchSize ? 0 : pollMs);
	}

	return {
		id,
		claim,
		deliver,
		record,
		runOnce,
		start(): void {
			stopping = false;
			schedule(0);
		},
		/** Lets the round in progress finish (its sends recorded), then stops. */
		async stop(): Promise<void> {
			stopping = true;
			clearTimeout(timer);
			await running;
		}
	};
}

export type NotificationWorker = ReturnType<typeof notificationWorker>;
