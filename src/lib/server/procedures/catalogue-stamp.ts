import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';

/**
 * The stamp of what is published: it changes with every publish and retirement, here or in
 * another process (the import command), so a cached catalogue is never used past one.
 */
const stampQuery = sql`select count(*)::int as n, coalesce(md5(string_agg(
	id || '@' || version || ':' || status || ':' || content_hash || ':' || coalesce(effective_from::text, ''),
	',' order by id, version)), '') as h
	from procedure_versions where status <> 'draft'`;

/** The stamp each handle last saw, and when: a handle asks again at most once a second. */
let recentStamps = new WeakMap<Database, { stamp: string; at: number }>();
const STAMP_TTL_MS = 1_000;

export async function currentStamp(db: Database): Promise<string> {
	const recent = recentStamps.get(db);
	const now = Date.now();
	if (recent && now - recent.at < STAMP_TTL_MS) return recent.stamp;
	const [row] = await queryRows<{ n: number; h: string }>(db, stampQuery);
	const stamp = `${row?.n ?? 0}:${row?.h ?? ''}`;
	recentStamps.set(db, { stamp, at: now });
	return stamp;
}

/** After a publish or retirement in this process: the next read asks the database again. */
export function forgetCatalogue(): void {
	recentStamps = new WeakMap();
}
