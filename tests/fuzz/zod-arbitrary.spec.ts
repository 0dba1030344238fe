import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fuzzProcedures } from './procedures';
import { arbitraryFor } from './zod-arbitrary';

/** A refinement may throw on a value its own schema would refuse: that is not valid either. */
function accepts(schema: z.core.$ZodType, value: unknown): boolean {
	try {
		return z.safeParse(schema, value).success;
	} catch {
		return false;
	}
}

function refusedOf(schema: z.ZodType, runs = 200): unknown[] {
	const values = fc.sample(arbitraryFor(schema), { seed: 42, numRuns: runs });
	return values.filter((v) => !accepts(schema, v));
}

describe('zod 4 schema → fast-check arbitrary', () => {
	it('meets lengths, ranges, formats and patterns', () => {
		const schema = z.strictObject({
			name: z.string().min(2).max(5),
			code: z.string().regex(/^[A-Z]{2}-\d{4}$/),
			id: z.uuid(),
			count: z.number().int().positive().max(9),
			ratio: z.number().min(0).max(1),
			kind: z.enum(['a', 'b']),
			fixed: z.literal('x'),
			list: z.array(z.boolean()).min(1).max(3),
			map: z.record(z.string().regex(/^[a-z]{1,8}$/), z.number().int().nonnegative()),
			maybe: z.string().optional(),
			orNull: z.number().nullable(),
			either: z.discriminatedUnion('type', [
				z.object({ type: z.literal('one'), one: z.string() }),
				z.object({ type: z.literal('two'), two: z.number() })
			]),
			day: z.iso.date(),
			trimmed: z.string().trim().min(1).max(3),
			piped: z.string().transform((s) => s.length),
			withDefault: z.number().int().default(1)
		});
		expect(refusedOf(schema)).toEqual([]);
	});

	it('follows lazy (recursive) schemas to a bounded depth', () => {
		type Tree = { children: Tree[] };
		const tree: z.ZodType<Tree> = z.lazy(() => z.object({ children: z.array(tree).max(2) }));
		expect(refusedOf(tree, 50)).toEqual([]);
	});

	it('makes at least a quarter valid inputs for every procedure of the app (object refinements are code)', () => {
		const procedures = fuzzProcedures();
		expect(procedures.length).toBeGreaterThan(40);
		const poor: string[] = [];
		for (const procedure of procedures.filter((p) => p.hasInput)) {
			const values = fc.sample(procedure.input, { seed: 7, numRuns: 40 });
			const valid = values.filter((v) => accepts(procedure.schema!, v)).length;
			if (valid < 10) poor.push(`${procedure.path}: ${valid}/40`);
		}
		expect(poor).toEqual([]);
	});
});
