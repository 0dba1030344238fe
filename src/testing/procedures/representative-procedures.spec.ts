import { describe, expect, it } from 'vitest';
import { readShippedDocuments } from './catalogue';
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
		const [first] = shipped;
		const odd = {
			...first,
			id: 'odd',
			steps: [
				...first.steps,
				{
					...first.steps[0],
					id: 'odd-step',
					fields: [{ ...first.steps[0].fields[0], kind: 'never-seen' }]
				}
			]
		} as unknown as (typeof shipped)[number];
		expect(representativeProcedures([...shipped, odd]).map((d) => d.id)).toContain('odd');
	});
});
