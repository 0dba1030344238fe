import fc from 'fast-check';
import { z } from 'zod';

/**
 * fast-check arbitraries from zod 4 schemas, for the fuzz run (issue 14). `zod-fast-check` is
 * for zod 3 and fast-check 3 only, and no maintained package walks zod 4 yet, so this reads zod
 * 4's own definitions (`schema._zod.def`). What it makes is *mostly* valid: the shapes, lengths,
 * ranges, formats and patterns hold. A refinement is code, not data: for a string with one, the
 * walker offers the `hints` it was given (dates, case ids…) that the whole string schema accepts,
 * and plain text when none does (the server refuses it, which counts as a 4xx like any other).
 */

type Def = {
	type: string;
	checks?: { _zod: { def: CheckDef } }[];
	format?: string;
	pattern?: RegExp;
	[key: string]: unknown;
};
type CheckDef = {
	check: string;
	minimum?: number;
	maximum?: number;
	length?: number;
	value?: number | bigint;
	inclusive?: boolean;
	format?: string;
	pattern?: RegExp;
};
type AnySchema = z.core.$ZodType;

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);

/** Letters and marks people type here, plus digits and spaces: readable valid text. */
const textUnit = fc.constantFrom(
	...'abcdeghiklmnopqrstuvxyACDHKLMNTV0123456789  -.,/ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐ'.split(
		''
	)
);

/** How long generated text may get when a schema allows more: big inputs are the hostile ones. */
const typicalMaxLength = 40;

function stringArbitrary(
	schema: AnySchema,
	def: Def,
	hints: readonly string[]
): fc.Arbitrary<string> {
	if (checksOf(def).some((check) => check.check === 'custom')) {
		const accepted = hints.filter((hint) => {
			try {
				return z.safeParse(schema, hint).success;
			} catch {
				return false;
			}
		});
		if (accepted.length) return fc.constantFrom(...accepted);
	}
	let min = 0;
	let max: number | undefined;
	const patterns: RegExp[] = [];
	if (def.pattern) patterns.push(def.pattern);
	for (const check of checksOf(def)) {
		if (check.check === 'min_length') min = Math.max(min, check.minimum ?? 0);
		if (check.check === 'max_length') max = Math.min(max ?? Infinity, check.maximum ?? Infinity);
		if (check.check === 'length_equals') min = max = check.length ?? 0;
		if (check.check === 'string_format' && check.pattern) patterns.push(check.pattern);
	}
	switch (def.format) {
		case 'uuid':
		case 'guid':
			return fc.uuid({ version: 4 });
		case 'email':
			return fc.emailAddress();
		case 'date':
			return isoDate.map((d) => d.slice(0, 10));
		case 'datetime':
			return isoDate;
	}
	const pattern = patterns[0];
	if (pattern) {
		// stringMatching honours the pattern; lengths are filtered only when they are cheap to meet.
		return fc
			.stringMatching(pattern)
			.filter(
				(s) => s.length >= min && s.length <= (max ?? Infinity) && patterns.every((p) => p.test(s))
			);
	}
	const text = fc.string({
		unit: textUnit,
		minLength: min,
		maxLength: Math.max(min, Math.min(max ?? typicalMaxLength, typicalMaxLength))
	});
	// An overwrite (`.trim()`, mostly) runs before the lengths: text that is already trimmed.
	return checksOf(def).some((check) => check.check === 'overwrite')
		? text.map((s) => s.trim().padEnd(min, 'a'))
		: text;
}

const isoDate = fc
	.date({ min: new Date('1920-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString());

function numberArbitrary(def: Def): fc.Arbitrary<number> {
	let min: number | undefined;
	let max: number | undefined;
	let integer = false;
	for (const check of checksOf(def)) {
		const value = Number(check.value);
		if (check.check === 'number_format') integer ||= /int/.test(check.format ?? '');
		if (check.check === 'greater_than')
			min = Math.max(min ?? -Infinity, check.inclusive ? value : value + (integer ? 1 : 1e-9));
		if (check.check === 'less_than')
			max = Math.min(max ?? Infinity, check.inclusive ? value : value - (integer ? 1 : 1e-9));
	}
	if (def.format && /int/.test(def.format)) integer = true;
	if (integer) {
		// Small values most of the time: ids, counts, versions, page sizes.
		const lo = Math.ceil(min ?? -1_000);
		const hi = Math.floor(max ?? 1_000_000);
		return fc.oneof(
			{ weight: 3, arbitrary: fc.integer({ min: lo, max: Math.min(hi, Math.max(lo, 0) + 20) }) },
			{ weight: 1, arbitrary: fc.integer({ min: lo, max: Math.max(lo, hi) }) }
		);
	}
	return fc.double({ min: min ?? -1e6, max: max ?? 1e6, noNaN: true, noDefaultInfinity: true });
}

function arrayArbitrary(
	def: Def,
	depth: number,
	hints: readonly string[]
): fc.Arbitrary<unknown[]> {
	let minLength = 0;
	let maxLength = 4;
	for (const check of checksOf(def)) {
		if (check.check === 'min_length') minLength = check.minimum ?? 0;
		if (check.check === 'max_length') maxLength = Math.min(maxLength, check.maximum ?? maxLength);
		if (check.check === 'length_equals') minLength = maxLength = check.length ?? 0;
	}
	return fc.array(arbitraryAt(def.element as AnySchema, depth + 1, hints), {
		minLength,
		maxLength: Math.max(minLength, maxLength)
	});
}

function objectArbitrary(
	def: Def,
	depth: number,
	hints: readonly string[]
): fc.Arbitrary<Record<string, unknown>> {
	const shape = def.shape as Record<string, AnySchema>;
	const required: string[] = [];
	const model: Record<string, fc.Arbitrary<unknown>> = {};
	for (const [key, field] of Object.entries(shape)) {
		const fieldDef = defOf(field);
		const optional = ['optional', 'default', 'prefault', 'catch'].includes(fieldDef.type);
		model[key] = arbitraryAt(
			optional ? (fieldDef.innerType as AnySchema) : field,
			depth + 1,
			hints
		);
		if (!optional) required.push(key);
	}
	return fc.record(model, { requiredKeys: required });
}

/** Nested lazy schemas stop here, with their simplest value. */
const maxDepth = 8;

function arbitraryAt(
	schema: AnySchema,
	depth: number,
	hints: readonly string[]
): fc.Arbitrary<unknown> {
	const def = defOf(schema);
	if (depth > maxDepth) {
		// Past the depth, take the way out that a recursive schema must have.
		if (def.type === 'array') return fc.constant([]);
		if (def.type === 'record') return fc.constant({});
		if (['optional', 'default', 'prefault', 'catch'].includes(def.type))
			return fc.constant(undefined);
		if (def.type === 'nullable') return fc.constant(null);
		if (depth > maxDepth * 4) return fc.constant(null);
	}
	const inner = (key: string) => arbitraryAt(def[key] as AnySchema, depth + 1, hints);
	const each = (schemas: AnySchema[]) => schemas.map((item) => arbitraryAt(item, depth + 1, hints));
	switch (def.type) {
		case 'string':
			return stringArbitrary(schema, def, hints);
		case 'number':
			return numberArbitrary(def);
		case 'bigint':
			return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
		case 'boolean':
			return fc.boolean();
		case 'null':
			return fc.constant(null);
		case 'undefined':
		case 'void':
			return fc.constant(undefined);
		case 'date':
			return fc.date({ noInvalidDate: true });
		case 'literal':
			return fc.constantFrom(...(def.values as unknown[]));
		case 'enum':
			return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
		case 'object':
			return objectArbitrary(def, depth, hints);
		case 'array':
			return arrayArbitrary(def, depth, hints);
		case 'tuple':
			return fc.tuple(...each(def.items as AnySchema[]));
		case 'record':
			return fc.dictionary(inner('keyType') as fc.Arbitrary<string>, inner('valueType'), {
				maxKeys: 4
			});
		case 'union':
			return fc.oneof(
				...(def.options as AnySchema[]).map((option) => arbitraryAt(option, depth + 1, hints))
			);
		case 'intersection':
			return fc
				.tuple(inner('left'), inner('right'))
				.map(([a, b]) => (isRecord(a) && isRecord(b) ? { ...a, ...b } : a));
		case 'optional':
			return fc.option(inner('innerType'), { nil: undefined, freq: 4 });
		case 'nullable':
			return fc.option(inner('innerType'), { nil: null, freq: 4 });
		case 'default':
		case 'prefault':
		case 'catch':
			return fc.option(inner('innerType'), { nil: undefined, freq: 4 });
		case 'nonoptional':
		case 'readonly':
			return inner('innerType');
		case 'pipe':
			// What the caller sends is the pipe's input; after a transform (a normalisation: trim,
			// upper case) what it checks is the output, which the input may already be.
			return transforms(def.in as AnySchema) ? inner('out') : inner('in');
		case 'lazy':
			return arbitraryAt((def.getter as () => AnySchema)(), depth + 1, hints);
		default:
			// unknown, any, custom, transform…: anything JSON-like.
			return fc.jsonValue({ maxDepth: 2 });
	}
}

function transforms(schema: AnySchema): boolean {
	const def = defOf(schema);
	if (def.type === 'transform') return true;
	return (
		def.type === 'pipe' && (transforms(def.in as AnySchema) || transforms(def.out as AnySchema))
	);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An arbitrary of values the schema mostly accepts. `hints`: strings to try where a refinement
 * guards a string (ISO dates, ids of known cases…).
 */
export function arbitraryFor(
	schema: AnySchema,
	hints: readonly string[] = []
): fc.Arbitrary<unknown> {
	return arbitraryAt(schema, 0, hints);
}
