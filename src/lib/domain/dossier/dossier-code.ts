/**
 * Dossier codes as DOMAIN.md gives them: agency code – yymmdd – six-digit sequence, e.g.
 * "G22.99.08-260921-000042". People type them from paper and USB scanners type them followed by
 * Enter, so input is forgiving: spaces dropped, letters upper-cased.
 */
import { z } from 'zod';

/** The sequence is six digits, more on a day past 999,999 dossiers (never, but not an error). */
export const dossierCodePattern = /^[A-Z0-9]{1,20}(?:\.[A-Z0-9]{1,20}){0,5}-\d{6}-\d{6,9}$/;

export function normalizeDossierCode(input: string): string {
	return input.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

export function isDossierCode(input: string): boolean {
	return dossierCodePattern.test(normalizeDossierCode(input));
}

/**
 * A dossier code as an input (tRPC, sync): typed or scanned. A USB barcode scanner types the code
 * and Enter, and people type lower case, so it is upper-cased and trimmed before the format check.
 */
export const dossierCodeInput = z.string().max(100).trim().toUpperCase().regex(dossierCodePattern);
