import { buildIfStale } from '../../scripts/build-if-stale.js';
import { createAppServer } from '../../tests/e2e/support/app-server';

export type RunningServer = { url: string; stop(): Promise<void> };

/** Starts the production build on a free port with a throw-away PGlite folder. */
export async function startProductionServer(): Promise<RunningServer> {
	buildIfStale();
	const server = await createAppServer({ SEED_PASSWORD: 'bench' });
	return { url: server.url, stop: () => server.dispose() };
}
