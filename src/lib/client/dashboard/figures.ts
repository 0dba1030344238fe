import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
// Type-only: erased at build time, so no server code reaches the browser.
import type { AppRouter } from '$lib/server/trpc/root';

type Outputs = inferRouterOutputs<AppRouter>['dashboard'];

export type DashboardFigures = Outputs['figures'];
export type DossierFigures = DashboardFigures['dossiers'];
export type DashboardScopes = Outputs['scopes'];
export type ScopeRequest = inferRouterInputs<AppRouter>['dashboard']['figures']['scope'];
