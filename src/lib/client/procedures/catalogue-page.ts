import { error } from '@sveltejs/kit';
import type { ProcedureCatalogue } from '$lib/domain/procedures/catalogue';
import { errorCodeOf } from '../errors';
import { deviceCatalogue } from './device-catalogue.svelte';

/**
 * For a page's `load`: the device's catalogue, or the error page with a plain sentence when this
 * device has none and cannot reach the server (`error.catalogue_unavailable`).
 */
export async function catalogueForPage(): Promise<ProcedureCatalogue> {
	try {
		return await deviceCatalogue.ready();
	} catch (cause) {
		const code = errorCodeOf(cause);
		error(code === 'catalogue_unavailable' ? 503 : 500, code);
	}
}
