/** The administrator's reference data: the device's snapshot, and the screens that edit it. */
import { api, type RouterInputs, type RouterOutputs } from '../api';

export type ReferenceAnswer = RouterOutputs['referenceData']['snapshot'];
export type ReferenceData = NonNullable<ReferenceAnswer['data']>;
export type DeviceOffice = ReferenceData['office'];

export const fetchReferenceData = async (knownRevision?: string): Promise<ReferenceAnswer> =>
	(await api()).referenceData.snapshot.query(knownRevision ? { knownRevision } : {});

export type OfficeSetting = RouterOutputs['office']['get'];
export type OfficeInput = RouterInputs['office']['set'];

export const officeSetting = async (): Promise<OfficeSetting> => (await api()).office.get.query();

export const saveOffice = async (input: OfficeInput): Promise<OfficeSetting> =>
	(await api()).office.set.mutate(input);

export type PhonePrefixes = RouterOutputs['phonePrefixes']['get'];

export const phonePrefixes = async (): Promise<PhonePrefixes> =>
	(await api()).phonePrefixes.get.query();

export const savePhonePrefixes = async (
	input: RouterInputs['phonePrefixes']['set']
): Promise<PhonePrefixes> => (await api()).phonePrefixes.set.mutate(input);

export type ProvinceFeeRow = RouterOutputs['provinceFees']['list'][number];

export const provinceFeeRows = async (provinceCode: string): Promise<ProvinceFeeRow[]> =>
	(await api()).provinceFees.list.query({ provinceCode });

export const saveProvinceFee = async (input: RouterInputs['provinceFees']['set']) =>
	(await api()).provinceFees.set.mutate(input);

export const removeProvinceFee = async (input: RouterInputs['provinceFees']['remove']) =>
	(await api()).provinceFees.remove.mutate(input);
