import { catalogueForPage } from '$lib/client/procedures/catalogue-page';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => ({ catalogue: await catalogueForPage() });
