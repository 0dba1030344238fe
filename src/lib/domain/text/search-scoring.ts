/**
 * Scoring for search-index.ts, kept on flat typed arrays: a one-letter query can
 * match most of a 5,000-item catalogue, and each keystroke must answer in ~1 ms.
 *
 * Score of one field = weight × quality, quality ≤ MAX_FIELD_QUALITY:
 *   share of query words found (a prefix match counts PREFIX_QUALITY)   0 … 1
 *   + all words present                                     +1, + up to COMPACTNESS for short fields
 *   + the words appear as a contiguous phrase              +1, +0.25 at the start, +0.5 whole field
 * An item scores its best field plus CROSS_FIELD × the weighted share of words found
 * anywhere. Tiers (phrase > all words > prefix > lower-weight field) are strict when
 * field weights differ by a factor of about 4 (e.g. name 10, keywords 3, summary 1).
 */
const PREFIX_QUALITY = 0.7;
const ALL_WORDS_BONUS = 1;
const COMPACTNESS = 0.2;
const PHRASE_BONUS = 1;
const PHRASE_AT_START_BONUS = 0.25;
const WHOLE_FIELD_BONUS = 0.5;
const CROSS_FIELD = 0.1;
const MAX_FIELD_QUALITY =
	1 + ALL_WORDS_BONUS + COMPACTNESS + PHRASE_BONUS + PHRASE_AT_START_BONUS + WHOLE_FIELD_BONUS;

/** Every item's folded fields as term ids, back to back; an item's fields heaviest first. */
export type FieldTable = {
	terms: Int32Array;
	/** field f holds terms[fieldStart[f]] … terms[fieldStart[f + 1] - 1] */
	fieldStart: Int32Array;
	fieldWeight: Float64Array;
	/** item i owns fields itemFieldStart[i] … itemFieldStart[i + 1] - 1 */
	itemFieldStart: Int32Array;
};

/** Query words as term ids (-1: unknown); the last word also matches ids in [prefixLo, prefixHi). */
export type ResolvedQuery = { exact: Int32Array; prefixLo: number; prefixHi: number };

export const fieldTable = (
	itemFields: Array<Array<{ weight: number; terms: number[] }>>
): FieldTable => {
	const fieldCount = itemFields.reduce((sum, fs) => sum + fs.length, 0);
	const termCount = itemFields.reduce((sum, fs) => fs.reduce((s, f) => s + f.terms.length, sum), 0);
	const table: FieldTable = {
		terms: new Int32Array(termCount),
		fieldStart: new Int32Array(fieldCount + 1),
		fieldWeight: new Float64Array(fieldCount),
		itemFieldStart: new Int32Array(itemFields.length + 1)
	};
	let field = 0;
	let at = 0;
	itemFields.forEach((fs, item) => {
		table.itemFieldStart[item] = field;
		// heaviest first lets scoreItem stop early (stable sort keeps the caller's order on ties)
		for (const f of [...fs].sort((a, b) => b.weight - a.weight)) {
			table.fieldStart[field] = at;
			table.fieldWeight[field] = f.weight;
			table.terms.set(f.terms, at);
			at += f.terms.length;
			field++;
		}
	});
	table.itemFieldStart[itemFields.length] = field;
	table.fieldStart[field] = at;
	return table;
};

/**
 * Score of one item, or -1 as soon as it cannot beat `threshold` (the worst score
 * still in a full top-k; -Infinity when every match is wanted).
 * `tokenBest` is scratch space of the query's length.
 */
export const scoreItem = (
	table: FieldTable,
	query: ResolvedQuery,
	item: number,
	tokenBest: Float64Array,
	threshold: number
): number => {
	const { terms, fieldStart, fieldWeight, itemFieldStart } = table;
	const { exact, prefixLo, prefixHi } = query;
	const n = exact.length;
	const last = n - 1;
	tokenBest.fill(0);
	let best = 0;
	for (let f = itemFieldStart[item] as number; f < (itemFieldStart[item + 1] as number); f++) {
		const weight = fieldWeight[f] as number;
		// Fields come heaviest first: bound what this and every later field could still add.
		let reachable = 0;
		let complete = true;
		for (let i = 0; i < n; i++) {
			const t = tokenBest[i] as number;
			if (t < weight) complete = false;
			reachable += t > weight ? t : weight;
		}
		const bestReachable = best > weight * MAX_FIELD_QUALITY ? best : weight * MAX_FIELD_QUALITY;
		if (bestReachable + (CROSS_FIELD * reachable) / n <= threshold) return -1;
		if (complete && best >= weight * MAX_FIELD_QUALITY) break;

		const start = fieldStart[f] as number;
		const end = fieldStart[f + 1] as number;
		let found = 0;
		let coverage = 0;
		for (let i = 0; i < n; i++) {
			const wanted = exact[i] as number;
			let quality = 0;
			for (let p = start; p < end; p++) {
				const term = terms[p] as number;
				if (term === wanted) {
					quality = 1;
					break;
				}
				if (i === last && term >= prefixLo && term < prefixHi) quality = PREFIX_QUALITY;
			}
			if (quality > 0) found++;
			coverage += quality;
			if (weight * quality > (tokenBest[i] as number)) tokenBest[i] = weight * quality;
		}
		if (found === 0) continue;
		let quality = coverage / n;
		if (found === n) {
			const length = end - start;
			quality += ALL_WORDS_BONUS + (COMPACTNESS * n) / length;
			const at = phraseAt(terms, start, end, query);
			if (at >= 0) {
				quality += PHRASE_BONUS;
				if (at === start) quality += PHRASE_AT_START_BONUS;
				if (length === n) quality += WHOLE_FIELD_BONUS;
			}
		}
		if (weight * quality > best) best = weight * quality;
	}
	let anywhere = 0;
	for (let i = 0; i < n; i++) anywhere += tokenBest[i] as number;
	const score = best + (CROSS_FIELD * anywhere) / n;
	return score > threshold ? score : -1;
};

/** First position in terms[start, end) where the query words occur in a row, or -1. */
const phraseAt = (terms: Int32Array, start: number, end: number, query: ResolvedQuery): number => {
	const { exact, prefixLo, prefixHi } = query;
	const last = exact.length - 1;
	for (let p = start; p + last < end; p++) {
		let i = 0;
		while (i < last && terms[p + i] === exact[i]) i++;
		if (i < last) continue;
		const term = terms[p + last] as number;
		if (term === exact[last] || (term >= prefixLo && term < prefixHi)) return p;
	}
	return -1;
};

/** Above this limit, sorting every match beats keeping a sorted buffer. */
const MAX_BUFFERED_LIMIT = 64;

/**
 * The best `limit` ids by descending score, ties in catalogue order. Ids must be
 * offered in ascending order. Keeps a small sorted buffer when the limit is small
 * and exposes its worst score so scoreItem can give up early.
 */
export const createTopK = (limit: number) => {
	const ids: number[] = [];
	const scores: number[] = [];
	const bounded = limit <= MAX_BUFFERED_LIMIT;
	return {
		threshold: (): number =>
			bounded && ids.length >= limit ? (scores[ids.length - 1] as number) : -Infinity,
		offer(id: number, score: number): void {
			if (!bounded) {
				ids.push(id);
				scores.push(score);
				return;
			}
			// an equal score goes after the ones kept: they came first in the catalogue
			let at = ids.length;
			while (at > 0 && (scores[at - 1] as number) < score) at--;
			if (at >= limit) return;
			ids.splice(at, 0, id);
			scores.splice(at, 0, score);
			if (ids.length > limit) {
				ids.pop();
				scores.pop();
			}
		},
		ranked(): Array<{ id: number; score: number }> {
			const all = ids.map((id, k) => ({ id, score: scores[k] as number }));
			if (bounded) return all;
			return all.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
		}
	};
};
