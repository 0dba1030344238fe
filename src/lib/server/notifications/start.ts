import type { Database } from '../db/client';
import { announceAtStartup } from '../startup/startup-notices';
import type { RenderMessage } from './message';
import { configuredChannels, notificationSettingsFromEnv, notificationsNotice } from './settings';
import { templateRender } from './template-render';
import { transportsFrom } from './transports';
import { notificationWorker } from './worker';

/**
 * The app server's part in notifications: says on start-up whether they are on, and when a
 * transport is configured runs a worker on the shared outbox (every app server may; they share
 * it through SKIP LOCKED). Stopping lets the round in progress record its sends.
 */
export function startNotifications(
	db: Database,
	env: Record<string, string | undefined> = process.env,
	render: RenderMessage = templateRender(db)
): { stop(): Promise<void> } {
	const settings = notificationSettingsFromEnv(env);
	announceAtStartup({ kind: 'warning', text: notificationsNotice(settings) });
	if (configuredChannels(settings).length === 0) return { stop: async () => {} };
	const transports = transportsFrom(settings);
	const worker = notificationWorker({ db, transports, render, origin: env.ORIGIN });
	worker.start();
	return {
		async stop() {
			await worker.stop();
			for (const transport of Object.values(transports)) transport.close();
		}
	};
}
