import type { NotificationChannel } from '../../db/schema';
import type { NotificationSettings } from '../settings';
import { emailTransport } from './email';
import { pushTransport } from './push';
import { esmsTransport } from './sms-esms';
import type { Transport } from './transport';

export type Transports = Partial<Record<NotificationChannel, Transport>>;

/** The transports the settings configure; none for a channel left unset. */
export function transportsFrom(settings: NotificationSettings): Transports {
	return {
		...(settings.email && { email: emailTransport(settings.email) }),
		...(settings.sms && { sms: esmsTransport(settings.sms) }),
		...(settings.push && { push: pushTransport(settings.push) })
	};
}
