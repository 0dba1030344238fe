import { AppError } from '$lib/errors/app-error';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import type { Database } from '../db/client';
import type { ApplicationInput } from './inputs';
import { procedureCatalogue } from './procedure-store';
import { unitLookupFor } from './unit-lookup';
import { phonePrefixList } from '../phone-prefixes/phone-prefix-list';

/**
 * Validates an application with the same domain code the browser ran, against the
 * administrative units this server knows, under the version the draft began on while that version
 * is current or in its grace; past the grace, `version_expired` (the draft opens on the new one).
 */
export async function checkApplication(db: Database, input: ApplicationInput) {
	const catalogue = await procedureCatalogue(db);
	const lookup = catalogue.resolve(input.procedureId, input.procedureVersion);
	if (!lookup.ok) {
		throw new AppError(lookup.code === 'version_expired' ? 'version_expired' : 'unknown_procedure');
	}
	const units = await unitLookupFor(db, input.answers);
	const phonePrefixes = await phonePrefixList(db);
	const result = validateApplication(lookup.definition, input.answers, { units, phonePrefixes });
	return { ok: result.ok, issues: result.issues };
}
