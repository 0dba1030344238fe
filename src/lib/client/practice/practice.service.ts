/** Group practice exercises (`practice.*`): a facilitator's code and the PCs' seats. */
import { api, type RouterOutputs } from '../api';

export type Seat = RouterOutputs['practice']['join'];
export type ExerciseView = RouterOutputs['practice']['view'];

export const createExercise = async (caseId: string) =>
	(await api()).practice.create.mutate({ caseId });

export const joinExercise = async (code: string): Promise<Seat> =>
	(await api()).practice.join.mutate({ code });

export const viewExercise = async (code: string): Promise<ExerciseView> =>
	(await api()).practice.view.query({ code });
