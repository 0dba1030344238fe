import fc from 'fast-check';
import {
	hostileNumber,
	hostileString,
	smallHostileString,
	wrongType,
	type Labelled
} from './hostile';

/**
 * Turns a mostly valid input into a hostile one at one place or everywhere: the bad value then
 * gets past the outer checks and reaches the code (and the database) behind them, which is where
 * the 500s of issue 14 came from.
 */

type Path = (string | number)[];
type Leaf = { path: Path; kind: 'string' | 'number' | 'other' };

function isPlain(value: unknown): value is Record<string, unknown> {
	return (
		typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
	);
}

/** Every place of the value: leaves and containers (a container may be replaced whole too). */
export function placesOf(value: unknown, path: Path = [], out: Leaf[] = []): Leaf[] {
	if (typeof value === 'string') out.push({ path, kind: 'string' });
	else if (typeof value === 'number') out.push({ path, kind: 'number' });
	else {
		out.push({ path, kind: 'other' });
		if (Array.isArray(value)) value.slice(0, 50).forEach((v, i) => placesOf(v, [...path, i], out));
		else if (isPlain(value))
			for (const [k, v] of Object.entries(value)) placesOf(v, [...path, k], out);
	}
	return out;
}

/** A copy of `value` with `replace` applied at `path`. */
export function updateAt(value: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
	if (path.length === 0) return replace(value);
	const [head, ...rest] = path as [string | number, ...Path];
	if (Array.isArray(value)) {
		const copy = [...value];
		copy[head as number] = updateAt(copy[head as number], rest, replace);
		return copy;
	}
	if (isPlain(value)) return { ...value, [head]: updateAt(value[head], rest, replace) };
	return value;
}

/** Every string of the value run through `f`. */
export function mapStrings(value: unknown, f: (s: string) => string): unknown {
	if (typeof value === 'string') return f(value);
	if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
	if (isPlain(value))
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
	return value;
}

/**
 * Text a person typed (a name, a street, a reason), as opposed to codes, ids, hashes and dates
 * that a pattern guards: a hostile character inside a code is refused by its pattern and never
 * reaches the code behind it. Typed text has a space or a letter outside ASCII.
 */
export function looksTyped(s: string): boolean {
	return /\s|[^\p{ASCII}]/u.test(s);
}

const describePath = (path: Path) => (path.length ? path.join('.') : 'the input');

/** One place made hostile: a hostile string or number, or a value of the wrong type. */
function oneHostilePlace(value: unknown): fc.Arbitrary<Labelled<unknown>> {
	const places = placesOf(value);
	return fc.nat({ max: places.length - 1 }).chain((index) => {
		const place = places[index]!;
		const where = describePath(place.path);
		const replacement: fc.Arbitrary<Labelled<unknown>> =
			place.kind === 'string'
				? fc.oneof(
						hostileString,
						// Inside the text, so that the rest of it still looks right to validation.
						smallHostileString.map((h) => ({ label: `${h.label} (inserted)`, value: h.value }))
					)
				: place.kind === 'number'
					? fc.oneof(hostileNumber, wrongType)
					: wrongType;
		return replacement.map((h) => ({
			label: `${h.label} at ${where}`,
			value: updateAt(value, place.path, (old) =>
				h.label.endsWith('(inserted)') && typeof old === 'string'
					? `${old.slice(0, 1)}${h.value}${old.slice(1)}`
					: h.value
			)
		}));
	});
}

/** Every string of the input carries the same hostile text, inside what it said. */
function everyString(value: unknown): fc.Arbitrary<Labelled<unknown>> {
	return smallHostileString.map((h) => ({
		label: `${h.label} in every string`,
		value: mapStrings(value, (s) => `${s.slice(0, 1)}${h.value}${s.slice(1)}`)
	}));
}

/** Every typed text of the input carries the same hostile text; codes and ids stay valid. */
export function everyTypedString(value: unknown): fc.Arbitrary<Labelled<unknown>> {
	return smallHostileString.map((h) => ({
		label: `${h.label} in every typed text`,
		value: mapStrings(value, (s) => (looksTyped(s) ? `${s.slice(0, 1)}${h.value}${s.slice(1)}` : s))
	}));
}

/** A key nobody expects, at the top or in a nested object (strict objects must refuse it). */
function extraKey(value: unknown): fc.Arbitrary<Labelled<unknown>> | undefined {
	const objects = placesOf(value).filter((p) => p.kind === 'other');
	if (!objects.length) return undefined;
	return fc
		.tuple(
			fc.nat({ max: objects.length - 1 }),
			fc.constantFrom('extra', '__proto__', 'constructor')
		)
		.map(([i, key]) => {
			const path = objects[i]!.path;
			return {
				label: `extra key "${key}" at ${describePath(path)}`,
				value: updateAt(value, path, (old) =>
					isPlain(old)
						? Object.defineProperty({ ...old }, key, { value: 'x', enumerable: true })
						: old
				)
			};
		});
}

/** An array of the input grown to thousands of copies of its first element (huge batches). */
function hugeArray(value: unknown): fc.Arbitrary<Labelled<unknown>> | undefined {
	const arrays = placesOf(value).filter((p) => {
		let node: unknown = value;
		for (const key of p.path) node = (node as Record<string | number, unknown>)[key];
		return Array.isArray(node) && node.length > 0;
	});
	if (!arrays.length) return undefined;
	return fc
		.tuple(fc.nat({ max: arrays.length - 1 }), fc.constantFrom(1_000, 10_000))
		.map(([i, n]) => ({
			label: `${n} elements at ${describePath(arrays[i]!.path)}`,
			value: updateAt(value, arrays[i]!.path, (old) =>
				Array.from({ length: n }, () => (old as unknown[])[0])
			)
		}));
}

/** A hostile variant of a mostly valid input. */
export function hostileVariant(value: unknown): fc.Arbitrary<Labelled<unknown>> {
	const huge = hugeArray(value);
	const extra = extraKey(value);
	return fc.oneof(
		{ weight: 6, arbitrary: oneHostilePlace(value) },
		{ weight: 2, arbitrary: everyString(value) },
		{ weight: 3, arbitrary: everyTypedString(value) },
		...(extra ? [{ weight: 1, arbitrary: extra }] : []),
		{
			weight: 1,
			arbitrary: wrongType.map((w) => ({ label: `${w.label} as the input`, value: w.value }))
		},
		...(huge ? [{ weight: 1, arbitrary: huge }] : [])
	);
}

export { everyString, oneHostilePlace };
