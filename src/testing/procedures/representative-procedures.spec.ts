import { describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from '../../lib/domain/procedures/procedure.schema';
import { birthRegistration, readShippedDocuments } from './catalogue';
import { representativeProcedures, walkFeatures } from './representative-procedures';

describe('representativeProcedures', () => {
	const shipped = readShippedDocuments();
	const chosen = representativeProcedures(shipped);

	it('covers everything any shipped procedure shows, with a handful of them', () => {
		const all = new Set(shipped.flatMap((d) => [...walkFeatures(d)]));
		const covered = new Set(chosen.flatMap((d) => [...walkFeatures(d)]));
		expect(covered).toEqual(all);
		expect(chosen.length).toBeLessThan(shipped.length / 2);
	});

	it('takes a document with a field kind no other has', () => {
		const odd = {
			...birthRegistration,
			id: 'odd',
			steps: [
				{
					id: 'odd-step',
					title: birthRegistration.name,
					fields: [{ id: 'odd-field', kind: 'never-seen' }]
				}
			]
		} as unknown as ProcedureDefinition;
		expect(representativeProcedures([...shipped, odd]).map((d) => d.id)).toContain('odd');
	});
});
