import type { MessageKey } from '$lib/i18n/translate';

/**
 * What the header says about the connection and the outbox. The sync loop reports `pending`
 * (dossiers waiting to be sent) and `syncing`. Offline, the waiting count is said too: that is
 * when a citizen most needs to know their dossier is safe on this PC.
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

	/** "Chờ gửi: N hồ sơ" beside "Đang ngoại tuyến" / "Đang đồng bộ"; none when it is the label. */
	get waiting(): number | undefined {
		return this.pending > 0 && this.label.key !== 'connection.pending' ? this.pending : undefined;
	}
}

export const connection = new Connection();
