import { sql } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

/**
 * PostgreSQL bytea as a Uint8Array, on PGlite and postgres-js alike. Values are written as base64
 * text decoded by the server: PGlite's own bytea serializer builds one string per byte and takes
 * seconds for a 20 MB bundle, base64 from Buffer takes milliseconds (and is a third shorter than
 * hex, which PGlite's protocol writer feels: it walks parameter strings character by character).
 * postgres-js reads bytea as a Buffer and PGlite as a Uint8Array; code above sees a plain
 * Uint8Array either way.
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array | string }>({
	dataType: () => 'bytea',
	toDriver: (value) => {
		const text = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
		return sql`decode(${text}, 'base64')`;
	},
	fromDriver: (value) => {
		// Text protocol fallback: bytea arrives as '\x' followed by hex.
		if (typeof value === 'string') return new Uint8Array(Buffer.from(value.slice(2), 'hex'));
		return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
	}
});
