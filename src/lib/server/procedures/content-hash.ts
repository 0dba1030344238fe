import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';

/**
 * A document as stored: without `effectiveFrom`, which lives in its own column (an administrator
 * sets it when publishing), so the same content published on another day is still the same.
 */
export function storedDocument(document: ProcedureDefinition): ProcedureDefinition {
	const { effectiveFrom: _effectiveFrom, ...rest } = document;
	return rest;
}

/** Hex SHA-256 of the stored document's canonical JSON (keys sorted at every depth). */
export function contentHash(document: ProcedureDefinition): string {
	return createHash('sha256')
		.update(stringify(storedDocument(document)) ?? '')
		.digest('hex');
}
