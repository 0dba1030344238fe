/** The figures of /quan-ly/so-lieu, computed on the server for one scope and period. */
import { api, type RouterInputs } from '../api';
import type { DashboardFigures, DashboardScopes } from './figures';

export const dashboardScopes = async (): Promise<DashboardScopes> =>
	(await api()).dashboard.scopes.query();

export const dashboardFigures = async (
	input: RouterInputs['dashboard']['figures']
): Promise<DashboardFigures> => (await api()).dashboard.figures.query(input);
