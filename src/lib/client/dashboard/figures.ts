import type { RouterInputs, RouterOutputs } from '../api';

type Outputs = RouterOutputs['dashboard'];

export type DashboardFigures = Outputs['figures'];
export type DossierFigures = DashboardFigures['dossiers'];
export type DashboardScopes = Outputs['scopes'];
export type ScopeRequest = RouterInputs['dashboard']['figures']['scope'];
