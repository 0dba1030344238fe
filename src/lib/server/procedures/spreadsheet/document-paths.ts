/**
 * Dotted paths into a document (`legalBasis[0].vi`, `fee.note.en`), as the spreadsheet's
 * `thu-tuc` sheet names its keys and as problems name where they are.
 */

/** Names start with a letter or `$` (`$schema`; never `__proto__`); an index has at most three digits. */
const pathPattern = /^[A-Za-z$][A-Za-z0-9]*(\[\d{1,3}\])*(\.[A-Za-z$][A-Za-z0-9]*(\[\d{1,3}\])*)*$/;

export const isDocumentPath = (path: string) => pathPattern.test(path);

type Container = Record<string, unknown> | unknown[];

const tokens = (path: string): (string | number)[] =>
	[...path.matchAll(/([A-Za-z$][A-Za-z0-9]*)|\[(\d+)\]/g)].map((m) =>
		m[1] !== undefined ? m[1] : Number(m[2])
	);

export const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets `value` at `path`, making the objects and arrays on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
	const parts = tokens(path);
	let node: Container = target;
	parts.forEach((part, index) => {
		const last = index === parts.length - 1;
		const slot = node as Record<string | number, unknown>;
		if (last) {
			slot[part] = value;
			return;
		}
		const next = parts[index + 1];
		const wanted = typeof next === 'number' ? Array.isArray : isPlainRecord;
		if (!wanted(slot[part])) slot[part] = typeof next === 'number' ? [] : {};
		node = slot[part] as Container;
	});
}

/** Copies the top-level keys of `source` onto `target`, never a `__proto__`. */
export function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>) {
	for (const [key, value] of Object.entries(source)) {
		if (key === '__proto__') continue;
		target[key] = value;
	}
}

/** Leaves of a value as [path, value] pairs; `stop` says which paths are kept whole. */
export function flatten(
	value: unknown,
	path: string,
	stop: (path: string, value: unknown) => boolean,
	out: [string, unknown][] = []
): [string, unknown][] {
	if (path !== '' && stop(path, value)) {
		out.push([path, value]);
	} else if (Array.isArray(value)) {
		value.forEach((item, index) => flatten(item, `${path}[${index}]`, stop, out));
	} else if (isPlainRecord(value)) {
		for (const [key, item] of Object.entries(value)) {
			flatten(item, path === '' ? key : `${path}.${key}`, stop, out);
		}
	} else {
		out.push([path, value]);
	}
	return out;
}
