/**
 * Be Vietnam Pro for printing from Node (staff print routes, the benchmark). Resolved through
 * Node's module resolution rather than a path relative to this file, so it works from the
 * sources, under tsx and Vitest, and from adapter-node's bundled build alike (the package is a
 * runtime dependency, so node_modules holds it wherever the server runs).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ReceiptFonts } from '$lib/receipts/types';

const require = createRequire(import.meta.url);

let loading: Promise<ReceiptFonts> | undefined;

async function readFont(file: string): Promise<Uint8Array> {
	return new Uint8Array(
		await readFile(require.resolve(`@expo-google-fonts/be-vietnam-pro/${file}`))
	);
}

/** Read once per process: both TTFs are ~270 KB together and never change while it runs. */
export function loadNodeFonts(): Promise<ReceiptFonts> {
	loading ??= Promise.all([
		readFont('400Regular/BeVietnamPro_400Regular.ttf'),
		readFont('700Bold/BeVietnamPro_700Bold.ttf')
	]).then(
		([regular, bold]) => ({ regular, bold }),
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}
