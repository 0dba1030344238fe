import type { MessageKey, MessageParams } from '$lib/i18n/translate';

export type Notice = {
	id: number;
	key: MessageKey;
	tone: 'error' | 'info';
	params?: MessageParams;
};

/** Calm messages shown in one polite live region at the top of every page. */
class Notices {
	list = $state<Notice[]>([]);
	private nextId = 1;

	show(key: MessageKey, tone: Notice['tone'] = 'error', params?: MessageParams): void {
		// The same message twice in a row is one message.
		if (this.list.some((n) => n.key === key)) return;
		this.list.push(
			params ? { id: this.nextId++, key, tone, params } : { id: this.nextId++, key, tone }
		);
	}

	dismiss(id: number): void {
		this.list = this.list.filter((n) => n.id !== id);
	}
}

export const notices = new Notices();
