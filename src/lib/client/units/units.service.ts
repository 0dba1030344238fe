/** Administrative units: the communes of a province, and the administrator's import. */
import { api, type RouterInputs, type RouterOutputs } from '../api';

export type Commune = RouterOutputs['units']['communes'][number];
export type UnitsImport = RouterOutputs['units']['import'];

export const communesOf = async (provinceCode: string): Promise<Commune[]> =>
	(await api()).units.communes.query({ provinceCode });

export const importUnits = async (input: RouterInputs['units']['import']): Promise<UnitsImport> =>
	(await api()).units.import.mutate(input);
