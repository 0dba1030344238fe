/**
 * Be Vietnam Pro for printing in the browser. The package has no `exports` map, so Vite resolves
 * these deep `?url` imports and emits the TTFs as hashed build assets (~135 KB each). Only the
 * page imports them, so they are emitted once and listed in the service worker's build files
 * (which leave out a worker's own assets); the receipt worker is handed these URLs with each
 * request, fetches the files only when something is printed, and keeps them.
 */
import regularUrl from '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf?url';

export type FontUrls = { regular: string; bold: string };

export const browserFontUrls: FontUrls = { regular: regularUrl, bold: boldUrl };
