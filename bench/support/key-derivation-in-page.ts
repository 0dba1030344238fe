import type { Page } from '@playwright/test';

/**
 * Times the app's draft key derivation `total` times in the page (a secure context): PBKDF2-SHA-256,
 * then the HMAC combine with a device key and the AES-GCM import, as src/lib/client/vault/pin-key.ts
 * does. Answers each run's milliseconds.
 */
export function deriveInPage(
	page: Page,
	{ pin, iterations, total }: { pin: string; iterations: number; total: number }
): Promise<number[]> {
	// Evaluated in the page, where modules cannot be imported: the steps of pin-key.ts inline,
	// written without named inner functions (tsx would wrap them in a helper the page lacks).
	return page.evaluate(
		async ({ pin, iterations, total }) => {
			const subtle = crypto.subtle;
			const deviceKey = await subtle.generateKey(
				{ name: 'HMAC', hash: 'SHA-256', length: 256 },
				false,
				['sign']
			);
			const times: number[] = [];
			for (let run = 0; run < total; run++) {
				const salt = crypto.getRandomValues(new Uint8Array(16));
				const started = performance.now();
				const material = await subtle.importKey(
					'raw',
					new TextEncoder().encode(pin),
					'PBKDF2',
					false,
					['deriveBits']
				);
				const bits = await subtle.deriveBits(
					{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
					material,
					256
				);
				const mixed = await subtle.sign('HMAC', deviceKey, bits);
				await subtle.importKey('raw', mixed, { name: 'AES-GCM', length: 256 }, false, [
					'encrypt',
					'decrypt'
				]);
				times.push(performance.now() - started);
			}
			return times;
		},
		{ pin, iterations, total }
	);
}
