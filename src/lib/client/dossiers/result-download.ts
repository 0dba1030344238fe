import { api } from '../trpc';
import { fromBase64 } from '../vault/base64';

/**
 * "Tải kết quả": asks the server for the online result under the look-up's proof (a mutation, so
 * neither the code nor the digits go in a URL) and saves it under the officer's file name.
 */
export async function downloadResult(proof: { code: string; last4: string }): Promise<void> {
	const file = await api.dossiers.resultFile.mutate({
		code: proof.code,
		phoneLast4: proof.last4
	});
	const blob = new Blob([fromBase64(file.base64)], { type: file.mimeType });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = file.fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers read the blob after click() returns: let it go a little later.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
