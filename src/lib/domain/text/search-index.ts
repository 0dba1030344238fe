/**
 * In-memory ranked search over a catalogue (procedures, units, …), accent- and
 * case-insensitive, for the search box at an access point: the list narrows as
 * the volunteer types, so the last word is matched as a prefix.
 *
 * All folding happens when the index is built. A query folds a few words, looks
 * them up in an inverted index (word → item ids; word prefix → item ids, built on
 * first use), intersects the lists and scores only the survivors (search-scoring.ts).
 * Every word must be found, in any field; ranking is described in search-scoring.ts.
 */
import { foldedWords } from './normalize';
import { createTopK, fieldTable, scoreItem, type ResolvedQuery } from './search-scoring';

export type SearchField = { text: string; weight: number };
export type SearchHit<T> = { item: T; score: number };
export type SearchOptions<T> = { limit?: number; filter?: (item: T) => boolean };
export type SearchIndex<T> = {
	readonly size: number;
	search(query: string, opts?: SearchOptions<T>): SearchHit<T>[];
};

const MAX_PREFIX_CACHE = 20_000;

/*
 * "ký"/"kí", "lý"/"lí", "sỹ"/"sĩ": both spellings are in use (the 1984 spelling rule
 * is applied unevenly), so a syllable whose only vowel is a final y after a consonant
 * onset is indexed and searched with i. "quy", "uy", "ay" keep their y.
 */
const Y_AFTER_ONSET = /^([bcdghklmnpqrstvx]+)y$/;
const searchTerms = (text: string): string[] =>
	foldedWords(text).map((word) => word.replace(Y_AFTER_ONSET, '$1i'));

const limitOf = (limit: number | undefined): number => Math.max(0, Math.floor(limit ?? Infinity));

export const createSearchIndex = <T>(
	items: readonly T[],
	fields: (item: T) => SearchField[]
): SearchIndex<T> => {
	const itemCount = items.length;
	const folded = items.map((item) =>
		fields(item).map((f) => ({ weight: f.weight, words: searchTerms(f.text) }))
	);

	// Term ids follow the sorted vocabulary, so "starts with a prefix" is an id range.
	const vocabulary = [...new Set(folded.flatMap((fs) => fs.flatMap((f) => f.words)))].sort();
	const termIds = new Map(vocabulary.map((term, id) => [term, id]));
	const idOf = (word: string): number => termIds.get(word) ?? -1;

	const postingLists: number[][] = vocabulary.map(() => []);
	const table = fieldTable(
		folded.map((fs, item) =>
			fs.map((f) => {
				const terms = f.words.map(idOf);
				for (const term of terms) {
					const list = postingLists[term] as number[];
					if (list[list.length - 1] !== item) list.push(item);
				}
				return { weight: f.weight, terms };
			})
		)
	);
	const postings = postingLists.map((list) => Int32Array.from(list));

	// Scratch space reused by every query (search is synchronous, so never shared).
	const marks = new Uint8Array(itemCount);
	const prefixCache = new Map<string, Int32Array>();

	const firstIndex = (from: number, before: (term: string) => boolean): number => {
		let lo = from;
		let hi = vocabulary.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (before(vocabulary[mid] as string)) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};

	/** Items with a word starting with `prefix`, in catalogue order. */
	const prefixPostings = (prefix: string, lo: number, hi: number): Int32Array => {
		const cached = prefixCache.get(prefix);
		if (cached) return cached;
		let count = 0;
		for (let term = lo; term < hi; term++) {
			for (const item of postings[term] as Int32Array) {
				if (marks[item] === 0) {
					marks[item] = 1;
					count++;
				}
			}
		}
		const result = new Int32Array(count);
		for (let item = 0, j = 0; j < count; item++) {
			if (marks[item] === 1) {
				marks[item] = 0;
				result[j++] = item;
			}
		}
		if (prefixCache.size >= MAX_PREFIX_CACHE) prefixCache.clear();
		prefixCache.set(prefix, result);
		return result;
	};

	const allItems = (opts: SearchOptions<T> | undefined): SearchHit<T>[] => {
		const limit = limitOf(opts?.limit);
		const hits: SearchHit<T>[] = [];
		for (const item of items) {
			if (hits.length >= limit) break;
			if (!opts?.filter || opts.filter(item)) hits.push({ item, score: 0 });
		}
		return hits;
	};

	const search = (text: string, opts?: SearchOptions<T>): SearchHit<T>[] => {
		const words = searchTerms(text);
		const n = words.length;
		if (n === 0) return allItems(opts);
		const limit = limitOf(opts?.limit);
		if (limit === 0) return [];

		// Every word but the last must be a whole word; the last may be a prefix.
		const exact = Int32Array.from(words, idOf);
		const lists: Int32Array[] = [];
		for (let i = 0; i < n - 1; i++) {
			const term = exact[i] as number;
			if (term < 0) return [];
			lists.push(postings[term] as Int32Array);
		}
		const lastWord = words[n - 1] as string;
		const prefixLo = firstIndex(0, (term) => term < lastWord);
		const prefixHi = firstIndex(prefixLo, (term) => term.startsWith(lastWord));
		if (prefixLo === prefixHi) return [];
		lists.push(prefixPostings(lastWord, prefixLo, prefixHi));

		const query: ResolvedQuery = { exact, prefixLo, prefixHi };
		const tokenBest = new Float64Array(n);
		const top = createTopK(limit);
		const filter = opts?.filter;
		for (const item of intersectAll(lists)) {
			if (filter && !filter(items[item] as T)) continue;
			const score = scoreItem(table, query, item, tokenBest, top.threshold());
			if (score >= 0) top.offer(item, score);
		}
		return top.ranked().map(({ id, score }) => ({ item: items[id] as T, score }));
	};

	return { size: itemCount, search };
};

/** Intersection of ascending id lists, shortest first so the work shrinks fast. */
const intersectAll = (lists: Int32Array[]): Int32Array => {
	const sorted = [...lists].sort((a, b) => a.length - b.length);
	let result = sorted[0] as Int32Array;
	for (let k = 1; k < sorted.length && result.length > 0; k++) {
		const other = sorted[k] as Int32Array;
		if (other === result) continue;
		const next = new Int32Array(result.length);
		let count = 0;
		let j = 0;
		for (const id of result) {
			while (j < other.length && (other[j] as number) < id) j++;
			if (j === other.length) break;
			if (other[j] === id) next[count++] = id;
		}
		result = next.subarray(0, count);
	}
	return result;
};
