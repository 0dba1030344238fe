/** The working calendar as the administrator edits it at /quan-tri/lich-lam-viec. */
import { api, type RouterInputs, type RouterOutputs } from '../api';

export type DayOff = RouterOutputs['calendar']['daysOff'][number];
export type DayOffKind = DayOff['kind'];
export type MakeUpDay = RouterOutputs['calendar']['makeUpDays'][number];

export const dayOffKinds: readonly DayOffKind[] = ['holiday', 'substitute', 'tet', 'bridge'];

export const daysOffOf = async (year: number): Promise<DayOff[]> =>
	(await api()).calendar.daysOff.query({ year });

export const makeUpDaysOf = async (year: number): Promise<MakeUpDay[]> =>
	(await api()).calendar.makeUpDays.query({ year });

export const setDayOff = async (input: RouterInputs['calendar']['setDayOff']) =>
	(await api()).calendar.setDayOff.mutate(input);

export const removeDayOff = async (date: string) =>
	(await api()).calendar.removeDayOff.mutate({ date });

export const setMakeUpDay = async (input: RouterInputs['calendar']['setMakeUpDay']) =>
	(await api()).calendar.setMakeUpDay.mutate(input);

export const removeMakeUpDay = async (date: string) =>
	(await api()).calendar.removeMakeUpDay.mutate({ date });

export type DayOffRule = RouterOutputs['calendar']['dayOffRule'];

export const dayOffRule = async (): Promise<DayOffRule> =>
	(await api()).calendar.dayOffRule.query();

export const setDayOffRule = async (rule: DayOffRule) =>
	(await api()).calendar.setDayOffRule.mutate({ rule });
