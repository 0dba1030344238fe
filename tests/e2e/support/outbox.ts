import type { Page } from '@playwright/test';
import { procedures } from '../../../src/testing/procedures/catalogue';
import { validateApplication } from '../../../src/lib/domain/procedures/validate-application';

/** Sample applications the server accepts as they are: procedures whose sample has no files. */
export function sampleApplications(today: string) {
	return procedures
		.filter((p) => p.sampleCase && !JSON.stringify(p.sampleCase).includes('attachmentId'))
		.map((p) => {
			const result = validateApplication(p, p.sampleCase!, { today });
			if (!result.ok) throw new Error(`sample of ${p.id} does not validate`);
			return { slug: p.slug, application: result.application };
		});
}

type Sample = ReturnType<typeof sampleApplications>[number];

/**
 * Queues `count` dossiers straight into the app's IndexedDB outbox, in the format the app writes
 * (src/lib/client/db.ts, sync/outbox.ts): what 200 citizens pressing "Nộp hồ sơ" would leave,
 * without walking the wizard 200 times. The app's own sync loop must then deliver them.
 */
export async function queueDossiers(page: Page, samples: Sample[], count: number) {
	// As after a first "Nộp hồ sơ": the app now starts its sync loop, which opens the database.
	await page.evaluate(() => localStorage.setItem('cunglam.sync', '1'));
	await Promise.all([page.waitForEvent('load'), page.evaluate(() => location.reload())]);
	return page.evaluate(
		async ({ samples, count }) => {
			const request = <T>(r: IDBRequest<T>) =>
				new Promise<T>((resolve, reject) => {
					r.onsuccess = () => resolve(r.result);
					r.onerror = () => reject(r.error);
				});
			// Opening a database the app has not created yet would create it empty, without stores.
			for (let i = 0; i < 200; i++) {
				const known = await indexedDB.databases();
				if (known.some((d) => d.name === 'cung-lam' && (d.version ?? 0) >= 20)) break;
				await new Promise((r) => setTimeout(r, 50));
			}
			const db = await request(indexedDB.open('cung-lam'));
			const get = async (key: string) => {
				const tx = db.transaction('settings', 'readonly');
				return (await request(tx.objectStore('settings').get(key)))?.value;
			};
			const putOnce = async (key: string, value: unknown) => {
				const tx = db.transaction('settings', 'readwrite');
				const store = tx.objectStore('settings');
				if (!(await request(store.get(key)))) await request(store.add({ key, value }));
			};
			await putOnce('sync.clientId', crypto.randomUUID());
			await putOnce(
				'sync.outboxKey',
				await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
					'encrypt',
					'decrypt'
				])
			);
			const key = (await get('sync.outboxKey')) as CryptoKey;
			const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
			const day = new Date(Date.now() + 7 * 3_600_000)
				.toISOString()
				.slice(2, 10)
				.replaceAll('-', '');
			const rows = [];
			for (let i = 0; i < count; i++) {
				const random = crypto.getRandomValues(new Uint8Array(5));
				const reference = `CG-${day}-${[...random].map((b) => alphabet[b & 31]).join('')}`;
				const sample = samples[i % samples.length]!;
				const payload = { ...sample.application, clientReference: reference };
				const iv = crypto.getRandomValues(new Uint8Array(12));
				const data = await crypto.subtle.encrypt(
					{ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`outbox:${reference}`) },
					key,
					new TextEncoder().encode(JSON.stringify(payload))
				);
				rows.push({ reference, sample, sealed: { v: 1, iv, data } });
			}
			const tx = db.transaction(['settings', 'outbox', 'submissions'], 'readwrite');
			const settings = tx.objectStore('settings');
			let next = ((await request(settings.get('sync.nextMutationId')))?.value as number) ?? 1;
			const now = new Date().toISOString();
			for (const row of rows) {
				tx.objectStore('outbox').add({
					mutationId: next++,
					createdAt: now,
					kind: 'dossier.submit',
					localReference: row.reference,
					sealed: row.sealed,
					files: []
				});
				tx.objectStore('submissions').add({
					localReference: row.reference,
					procedureId: row.sample.application.procedureId,
					procedureSlug: row.sample.slug,
					createdAt: now,
					status: 'pending',
					events: []
				});
			}
			settings.put({ key: 'sync.nextMutationId', value: next });
			await new Promise<void>((resolve, reject) => {
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
			return rows.map((r) => r.reference);
		},
		{ samples, count }
	);
}

export type DeviceSyncState = {
	clientId: string;
	outbox: number;
	submissions: { localReference: string; status: string; dossierCode?: string }[];
};

/** What the device holds: the queue's length and every submission's code. */
export function deviceSyncState(page: Page): Promise<DeviceSyncState> {
	return page.evaluate(async () => {
		const request = <T>(r: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		// Never open a database the app has not made: opening would create it without stores.
		const known = await indexedDB.databases();
		if (!known.some((d) => d.name === 'cung-lam' && (d.version ?? 0) >= 20)) {
			return { clientId: '', outbox: 0, submissions: [] };
		}
		const db = await request(indexedDB.open('cung-lam'));
		const tx = db.transaction(['settings', 'outbox', 'submissions'], 'readonly');
		const clientId = (await request(tx.objectStore('settings').get('sync.clientId')))?.value;
		const outbox = await request(tx.objectStore('outbox').count());
		const submissions = await request(tx.objectStore('submissions').getAll());
		db.close();
		return { clientId, outbox, submissions };
	});
}
