/** A coach's own help log and a skill card's earlier visits. */
import { api, type RouterInputs, type RouterOutputs } from '../api';

export type HelpLog = RouterOutputs['coaching']['myLog'];
export type SkillCardSession = RouterOutputs['coaching']['skillCardProgress']['sessions'][number];

export const myHelpLog = async (range: RouterInputs['coaching']['myLog']): Promise<HelpLog> =>
	(await api()).coaching.myLog.query(range);

export const skillCardSessions = async (code: string): Promise<SkillCardSession[]> =>
	(await (await api()).coaching.skillCardProgress.query({ code })).sessions;
