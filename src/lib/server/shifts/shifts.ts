import { and, asc, eq, gt, isNull, lt } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { auditLog, shifts, users, type Role } from '../db/schema';
import { coachingRoles } from '../coaching/coaching-records';
import { instantInRange } from '../coaching/instants';

/** Longer than any real shift; also bounds how far back an overlap search must look. */
export const maxShiftMs = 16 * 60 * 60 * 1000;
/** A rota page covers a week or a month; a bound keeps one call small. */
export const maxRotaSpanMs = 93 * 24 * 60 * 60 * 1000;

export type ShiftActor = { id: string; role: Role; accessPointId: string | null };

export type ShiftView = {
	id: string;
	accessPointId: string;
	volunteerId: string;
	displayName: string;
	startsAt: Date;
	endsAt: Date;
};

const viewColumns = {
	id: shifts.id,
	accessPointId: shifts.accessPointId,
	volunteerId: shifts.volunteerId,
	displayName: users.displayName,
	startsAt: shifts.startsAt,
	endsAt: shifts.endsAt
};

/** Shifts that overlap [from, to): those starting before `to` and ending after `from`. */
const overlapping = (from: Date, to: Date) =>
	and(
		lt(shifts.startsAt, to),
		gt(shifts.endsAt, from),
		// Implied by the two above and the length limit; lets the (point, starts_at) index bound both sides.
		gt(shifts.startsAt, new Date(from.getTime() - maxShiftMs))
	);

/**
 * The access point whose rota the actor works on: their own; an administrator, who may have
 * none, names one. Anyone else naming another point is refused.
 */
function accessPointOf(actor: ShiftActor, requested: string | undefined): string {
	if (actor.role === 'admin' && requested) return requested;
	if (!actor.accessPointId) throw new AppError('forbidden');
	if (requested && requested !== actor.accessPointId) throw new AppError('forbidden');
	return actor.accessPointId;
}

/** The rota of the actor's access point between two instants, in order of start. */
export async function listShifts(
	db: Database,
	actor: ShiftActor,
	input: { from: string; to: string; accessPointId?: string }
): Promise<ShiftView[]> {
	const accessPointId = accessPointOf(actor, input.accessPointId);
	const from = instantInRange(input.from);
	const to = instantInRange(input.to);
	if (!(from < to) || to.getTime() - from.getTime() > maxRotaSpanMs) {
		throw new AppError('invalid_input');
	}
	return db
		.select(viewColumns)
		.from(shifts)
		.innerJoin(users, eq(users.id, shifts.volunteerId))
		.where(and(eq(shifts.accessPointId, accessPointId), overlapping(from, to)))
		.orderBy(asc(shifts.startsAt), asc(users.displayName), asc(shifts.id));
}

/**
 * A manager puts one of their access point's coaches on duty. The shift belongs to the
 * volunteer's access point; an administrator may do this for any point. One person cannot hold
 * two overlapping shifts: the volunteer's row is locked while checking, so two managers saving at
 * once cannot both pass the check.
 */
export async function createShift(
	db: Database,
	actor: ShiftActor,
	input: { volunteerId: string; startsAt: string; endsAt: string }
): Promise<ShiftView> {
	const startsAt = instantInRange(input.startsAt);
	const endsAt = instantInRange(input.endsAt);
	const length = endsAt.getTime() - startsAt.getTime();
	if (!(length > 0 && length <= maxShiftMs)) throw new AppError('invalid_input');

	return db.transaction(async (tx) => {
		const [volunteer] = await tx
			.select({
				role: users.role,
				displayName: users.displayName,
				accessPointId: users.accessPointId,
				disabledAt: users.disabledAt
			})
			.from(users)
			.where(eq(users.id, input.volunteerId))
			.for('update')
			.limit(1);
		const accessPointId = volunteer?.accessPointId;
		if (
			!volunteer ||
			!accessPointId ||
			volunteer.disabledAt !== null ||
			!coachingRoles.includes(volunteer.role)
		) {
			throw new AppError('not_found');
		}
		if (actor.role !== 'admin' && accessPointId !== actor.accessPointId) {
			throw new AppError('forbidden');
		}
		const [clash] = await tx
			.select({ id: shifts.id })
			.from(shifts)
			.where(and(eq(shifts.volunteerId, input.volunteerId), overlapping(startsAt, endsAt)))
			.limit(1);
		if (clash) throw new AppError('conflict');

		const [shift] = await tx
			.insert(shifts)
			.values({
				accessPointId,
				volunteerId: input.volunteerId,
				startsAt,
				endsAt,
				createdBy: actor.id
			})
			.returning({ id: shifts.id });
		await tx.insert(auditLog).values({
			actorUserId: actor.id,
			action: 'shifts.create',
			subject: shift!.id,
			details: {
				accessPointId,
				volunteerId: input.volunteerId,
				startsAt: startsAt.toISOString(),
				endsAt: endsAt.toISOString()
			}
		});
		return {
			id: shift!.id,
			accessPointId,
			volunteerId: input.volunteerId,
			displayName: volunteer.displayName,
			startsAt,
			endsAt
		};
	});
}

/**
 * Removes a shift of the manager's own access point. Another point's shift answers not_found,
 * as if it did not exist: a manager learns nothing of other points' rotas.
 */
export async function removeShift(
	db: Database,
	actor: ShiftActor,
	id: string
): Promise<{ removed: true }> {
	const own = actor.accessPointId;
	if (actor.role !== 'admin' && !own) throw new AppError('not_found');
	return db.transaction(async (tx) => {
		const where =
			actor.role === 'admin' || !own
				? eq(shifts.id, id)
				: and(eq(shifts.id, id), eq(shifts.accessPointId, own));
		const [removed] = await tx.delete(shifts).where(where).returning({
			accessPointId: shifts.accessPointId,
			volunteerId: shifts.volunteerId
		});
		if (!removed) throw new AppError('not_found');
		await tx.insert(auditLog).values({
			actorUserId: actor.id,
			action: 'shifts.remove',
			subject: id,
			details: { accessPointId: removed.accessPointId, volunteerId: removed.volunteerId }
		});
		return { removed: true };
	});
}

/**
 * Who is on duty now at an access point, for its public home page: display names only, of
 * active accounts still at that point, each once, in order of shift start.
 */
export async function onDutyNow(db: Database, accessPointId: string, now: Date): Promise<string[]> {
	const rows = await db
		.select({ displayName: users.displayName })
		.from(shifts)
		.innerJoin(users, eq(users.id, shifts.volunteerId))
		.where(
			and(
				eq(shifts.accessPointId, accessPointId),
				overlapping(now, new Date(now.getTime() + 1)),
				isNull(users.disabledAt),
				eq(users.accessPointId, shifts.accessPointId)
			)
		)
		.orderBy(asc(shifts.startsAt), asc(users.displayName));
	return [...new Set(rows.map((row) => row.displayName))];
}
