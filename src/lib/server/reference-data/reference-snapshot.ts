import { createHash } from 'node:crypto';
import type { ProvinceFeeSchedule } from '$lib/domain/procedures/province-fees';
import type { MobilePrefixList } from '$lib/domain/validation/mobile-prefix-list';
import type { Database } from '../db/client';
import {
	officeProvinceCode,
	officeSetting,
	publicOffice,
	type PublicOffice
} from '../office/office-setting';
import { phonePrefixList } from '../phone-prefixes/phone-prefix-list';
import { provinceSchedule } from '../province-fees/province-fee-schedule';

/**
 * What a device keeps of the administrator's reference data, to work offline (issue 17): the
 * office as receipts print it (nothing private), the office's province's fee figures and the
 * mobile prefixes. The calendar is not in it: due dates are computed by the server when it
 * accepts a dossier, never on the device.
 */
export type ReferenceData = {
	office: PublicOffice;
	fees: ProvinceFeeSchedule | null;
	phonePrefixes: MobilePrefixList;
};

export type ReferenceAnswer = { revision: string; data?: ReferenceData };

export async function referenceData(db: Database): Promise<ReferenceData> {
	const [office, provinceCode, phonePrefixes] = await Promise.all([
		officeSetting(db),
		officeProvinceCode(db),
		phonePrefixList(db)
	]);
	return {
		office: publicOffice(office),
		fees: provinceCode ? await provinceSchedule(db, provinceCode) : null,
		phonePrefixes
	};
}

/**
 * The revision is a hash of the content itself: any change an administrator makes gives a new
 * one, and a device that has it downloads nothing more.
 */
export async function referenceSnapshot(
	db: Database,
	knownRevision: string | undefined
): Promise<ReferenceAnswer> {
	const data = await referenceData(db);
	const revision = createHash('sha256').update(JSON.stringify(data)).digest('base64url');
	return knownRevision === revision ? { revision } : { revision, data };
}
