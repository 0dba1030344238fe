import type { MessageKey } from '$lib/i18n/translate';

/**
 * What the header says about the connection. The outbox (sync issue) will report `pending` and
 * `syncing`; until then nothing waits to be sent, which is what "Đã đồng bộ" truthfully says.
 */
class Connection {
	online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
	syncing = $state(false);
	pending = $state(0);

	constructor() {
		if (typeof window === 'undefined') return;
		window.addEventListener('online', () => (this.online = true));
		window.addEventListener('offline', () => (this.online = false));
	}

	get label(): { key: MessageKey; count?: number } {
		if (!this.online) return { key: 'connection.offline' };
		if (this.syncing) return { key: 'connection.syncing' };
		if (this.pending > 0) return { key: 'connection.pending', count: this.pending };
		return { key: 'connection.synced' };
	}
}

export const connection = new Connection();
