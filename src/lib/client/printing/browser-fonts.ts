/**
 * Be Vietnam Pro for printing in the browser. The package has no `exports` map, so Vite resolves
 * these deep `?url` imports and emits the TTFs as hashed build assets (~135 KB each); they are
 * fetched only when something is printed, then kept for the rest of the page's life.
 */
import regularUrl from '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf?url';
import type { ReceiptFonts } from '$lib/receipts/types';

let loading: Promise<ReceiptFonts> | undefined;

async function fetchFont(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

/** Both weights; a failed fetch (offline before the service worker cached them) may be retried. */
export function loadBrowserFonts(): Promise<ReceiptFonts> {
	loading ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(
		([regular, bold]) => ({ regular, bold }),
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}
