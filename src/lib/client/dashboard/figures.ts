import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
// Type-only: erased at build time, so no server code reaches the browser.
import type { AppRouter } from '$lib/server/trpc/root';

/** The dossier figures the lead adds later (issue 9): shown only when the server sends them. */
export type DossierFigures = {
	total: number;
	byProcedure: { procedureId: string; count: number }[];
	byChannel: { home: number; pointAlone: number; pointVolunteer: number };
	series: { bucket: string; total: number }[];
	decided: number;
	onTime: number;
	onTimeRate: number;
	overdueNow: number;
	apologies: number;
};

type Outputs = inferRouterOutputs<AppRouter>['dashboard'];

export type DashboardFigures = Outputs['figures'] & { dossiers?: DossierFigures };
export type DashboardScopes = Outputs['scopes'];
export type ScopeRequest = inferRouterInputs<AppRouter>['dashboard']['figures']['scope'];
