import fc from 'fast-check';
import { hostileStrings } from './hostile';
import { trpcRequest, type HttpRequest } from './http';
import { everyString, hostileVariant, looksTyped, mapStrings } from './mutate';
import type { Caller, FuzzProcedure } from './procedures';
import { callers } from './procedures';
import { rawRequests } from './raw-requests';

/** One request of the run: who sends what to which procedure, described in a few words. */
export type FuzzCase = {
	procedure: string;
	caller: Caller;
	/** Short, never the input itself (it may be a megabyte). */
	label: string;
	request: HttpRequest;
};

/** Logging out would end the session the run logged in once for (logins are rate-limited). */
const sendsWithoutSession = new Set(['auth.logout']);

function sample<T>(arbitrary: fc.Arbitrary<T>, seed: number): T {
	return fc.sample(arbitrary, { seed, numRuns: 1 })[0]!;
}

function callerFor(procedure: FuzzProcedure, caller: Caller): Caller {
	return sendsWithoutSession.has(procedure.path) ? 'anonymous' : caller;
}

/**
 * The checklist that every run starts with, whatever its size: for each procedure, as a caller it
 * admits, every typed text of a valid input carrying NUL, a lone surrogate, C0 controls.
 */
export function checklistCases(procedures: readonly FuzzProcedure[], seed: number): FuzzCase[] {
	const cases: FuzzCase[] = [];
	const hostile = ['NUL inside text', 'lone high surrogate', 'C0 controls'].map((label) =>
		hostileStrings.find((h) => h.label === label)!
	);
	procedures.forEach((procedure, i) => {
		const caller = callerFor(procedure, procedure.admits[i % procedure.admits.length]!);
		const valid = sample(procedure.input, seed + i);
		for (const h of procedure.hasInput ? hostile : []) {
			const input = mapStrings(valid, (s) =>
				looksTyped(s) ? `${s.slice(0, 1)}${h.value}${s.slice(1)}` : s
			);
			cases.push({
				procedure: procedure.path,
				caller,
				label: `${h.label} in every typed text (checklist)`,
				request: trpcRequest([{ path: procedure.path, type: procedure.type, input }])
			});
		}
	});
	return cases;
}

type Strategy = 'valid' | 'hostile' | 'raw' | 'batch';

/** One generated case, fully determined by `seed`. */
export function generatedCase(procedures: readonly FuzzProcedure[], seed: number): FuzzCase {
	const pick = fc.record({
		procedure: fc.nat({ max: procedures.length - 1 }),
		stranger: fc.integer({ min: 0, max: 9 }),
		caller: fc.nat({ max: 100 }),
		strategy: fc.oneof(
			{ weight: 3, arbitrary: fc.constant<Strategy>('valid') },
			{ weight: 5, arbitrary: fc.constant<Strategy>('hostile') },
			{ weight: 1, arbitrary: fc.constant<Strategy>('raw') },
			{ weight: 1, arbitrary: fc.constant<Strategy>('batch') }
		),
		detail: fc.nat()
	});
	const chosen = sample(pick, seed);
	const procedure = procedures[chosen.procedure]!;
	// Mostly a caller it admits (the input is read then), sometimes anyone (refused first).
	const pool = chosen.stranger === 0 ? callers : procedure.admits;
	const caller = callerFor(procedure, pool[chosen.caller % pool.length]!);
	const call = (input: unknown) => ({ path: procedure.path, type: procedure.type, input });

	switch (chosen.strategy) {
		case 'valid':
			return {
				procedure: procedure.path,
				caller,
				label: 'generated input',
				request: trpcRequest([call(sample(procedure.input, seed + 1))])
			};
		case 'hostile': {
			const variant = sample(procedure.input.chain(hostileVariant), seed + 1);
			return {
				procedure: procedure.path,
				caller,
				label: variant.label,
				request: trpcRequest([call(variant.value)])
			};
		}
		case 'raw': {
			const raws = rawRequests(procedure.path, procedure.type);
			const raw = raws[chosen.detail % raws.length]!;
			return { procedure: procedure.path, caller, label: raw.label, request: raw.value() };
		}
		case 'batch': {
			// A batch as httpBatchLink makes it: calls of one type, each answered on its own.
			const sameType = procedures.filter(
				(p) => p.type === procedure.type && !sendsWithoutSession.has(p.path)
			);
			const others = sample(
				fc.array(fc.constantFrom(...sameType), { minLength: 1, maxLength: 4 }),
				seed + 2
			);
			const withHostile = sample(
				procedure.input.chain((v) => everyString(v)),
				seed + 3
			);
			return {
				procedure: [procedure.path, ...others.map((o) => o.path)].join(','),
				caller,
				label: `batch; first call: ${withHostile.label}`,
				request: trpcRequest([
					call(withHostile.value),
					...others.map((o, i) => ({
						path: o.path,
						type: o.type,
						input: sample(o.input, seed + 10 + i)
					}))
				])
			};
		}
	}
}
