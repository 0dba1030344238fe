/** Duty shifts: the manager's rota at /quan-ly/ca-truc and "who is on duty now" at home. */
import type { IsoDate } from '$lib/domain/validation/dates';
import { api, type RouterInputs, type RouterOutputs } from '../api';

export type Shift = RouterOutputs['shifts']['list'][number];
export type NewShift = RouterInputs['shifts']['create'];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The shifts from now to `days` ahead. */
export async function shiftsAhead(days: number, now = new Date()): Promise<Shift[]> {
	return (await api()).shifts.list.query({
		from: now.toISOString(),
		to: new Date(now.getTime() + days * DAY_MS).toISOString()
	});
}

/** The rota of the caller's access point on one day in Vietnam (a volunteer's "Ca trực hôm nay"). */
export async function shiftsOnDay(day: IsoDate): Promise<Shift[]> {
	// Vietnam keeps no summer time: its day is 24 hours from midnight at +07:00.
	const from = new Date(`${day}T00:00:00+07:00`);
	return (await api()).shifts.list.query({
		from: from.toISOString(),
		to: new Date(from.getTime() + DAY_MS).toISOString()
	});
}

export const addShift = async (input: NewShift) => (await api()).shifts.create.mutate(input);

export const removeShift = async (id: string) => (await api()).shifts.remove.mutate({ id });

/** The display names on duty at an access point now. */
export const onDutyNow = async (accessPointId: string): Promise<string[]> =>
	(await (await api()).shifts.onDutyNow.query({ accessPointId })).names;
