import type { Page } from '@playwright/test';

/**
 * Everything a browser profile holds that a page can read: every IndexedDB database and store
 * (binary values decoded as text too), local and session storage, Cache Storage and the DOM.
 * Returns the markers found, with where.
 */
export async function findMarkers(page: Page, markers: string[]): Promise<string[]> {
	return page.evaluate(async (markers) => {
		const found: string[] = [];
		const check = (where: string, text: string) => {
			for (const m of markers) if (text.includes(m)) found.push(`${m} in ${where}`);
		};
		const decoder = new TextDecoder('utf-8', { fatal: false });
		const asText = async (value: unknown): Promise<string> => {
			if (value instanceof Blob) return decoder.decode(await value.arrayBuffer());
			if (value instanceof ArrayBuffer) return decoder.decode(value);
			if (ArrayBuffer.isView(value)) return decoder.decode(value);
			if (Array.isArray(value)) return (await Promise.all(value.map(asText))).join('|');
			if (value && typeof value === 'object') {
				const parts = await Promise.all(
					Object.entries(value).map(async ([k, v]) => `${k}:${await asText(v)}`)
				);
				return parts.join('|');
			}
			return String(value);
		};

		for (const info of await indexedDB.databases()) {
			if (!info.name) continue;
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name!);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const store of Array.from(db.objectStoreNames)) {
				const rows = await new Promise<unknown[]>((resolve, reject) => {
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				check(`indexedDB ${info.name}/${store}`, await asText(rows));
			}
			db.close();
		}
		for (const [name, storage] of [
			['localStorage', localStorage],
			['sessionStorage', sessionStorage]
		] as const) {
			for (let i = 0; i < storage.length; i++) {
				const key = storage.key(i)!;
				check(name, `${key}=${storage.getItem(key)}`);
			}
		}
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				check(`cache ${name} ${request.url}`, `${request.url} ${(await response?.text()) ?? ''}`);
			}
		}
		check('DOM', document.documentElement.outerHTML);
		// Typed values live in properties, which outerHTML does not show.
		const fields = document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
			'input, textarea'
		);
		check('form fields', Array.from(fields, (f) => f.value).join('|'));
		check('history', location.href);
		return found;
	}, markers);
}

export type StoreRows = Record<string, { kind?: string }[]>;

/** Every IndexedDB database and store this origin holds, with their rows. */
export function indexedDbRows(page: Page): Promise<StoreRows> {
	return page.evaluate(async () => {
		const out: Record<string, unknown[]> = {};
		for (const info of await indexedDB.databases()) {
			if (!info.name) continue;
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name!);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const store of Array.from(db.objectStoreNames)) {
				out[`${info.name}/${store}`] = await new Promise<unknown[]>((resolve, reject) => {
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
			}
			db.close();
		}
		return out as StoreRows;
	});
}
