/**
 * Values read once and shared by several short transactions, e.g. the mutations of one push: the
 * agency code, the working calendar, the unit list. A push lasts a moment; an edit made during it
 * counts from the next one.
 */
export type Memo = <T>(key: string, load: () => Promise<T>) => Promise<T>;

export function createMemo(): Memo {
	const values = new Map<string, Promise<unknown>>();
	return <T>(key: string, load: () => Promise<T>): Promise<T> => {
		let value = values.get(key) as Promise<T> | undefined;
		if (!value) {
			// A real promise, settled once: Drizzle's query builders run again on every `then`.
			value = Promise.resolve(load());
			values.set(key, value);
			// A failed read is not remembered: the next caller reads again.
			void value.catch(() => values.delete(key));
		}
		return value;
	};
}

/** No memory: every call reads. */
export const noMemo: Memo = (_key, load) => load();
