import { catalogueForPage } from '$lib/client/procedures/catalogue-page';
import { guideAnswerParam } from '$lib/domain/procedures/procedure-guide';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url }) => ({
	catalogue: await catalogueForPage(),
	answers: url.searchParams.getAll(guideAnswerParam)
});
