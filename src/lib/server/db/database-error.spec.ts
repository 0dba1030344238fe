import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { openTestDatabase } from '$testing/server/database';
import { classifyDatabaseError, databaseErrorOf } from './database-error';

/** A table of this test's own, with every kind of constraint a request can break. */
const people = pgTable('database_error_people', {
	id: integer('id').primaryKey(),
	name: text('name').notNull(),
	ref: uuid('ref')
});

/** The error a query throws, as the driver and drizzle shape it (PGlite, or PostgreSQL in CI). */
async function failure(run: () => Promise<unknown>): Promise<unknown> {
	try {
		await run();
	} catch (error) {
		return error;
	}
	throw new Error('the query did not fail');
}

describe('database errors from the real driver', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
		await handle.db.execute(
			sql`create table database_error_people (id integer primary key, name text not null
				check (length(name) < 50), ref uuid, small smallint, parent integer
				references database_error_people (id), born date)`
		);
		await handle.db.insert(people).values({ id: 1, name: 'Nguyễn Văn A' });
	});
	afterAll(() => handle.dispose());

	const insertRaw = (values: ReturnType<typeof sql>) =>
		failure(() => handle.db.execute(sql`insert into database_error_people ${values}`));

	it('turns what the input broke into a code, keeping only SQLSTATE and constraint', async () => {
		const cases: [string, Promise<unknown>, string, string][] = [
			[
				'NUL in text',
				failure(() => handle.db.insert(people).values({ id: 2, name: 'Trần\u0000Thị B' })),
				'22021',
				'invalid_input'
			],
			[
				'\\u0000 in jsonb',
				failure(() => handle.db.execute(sql`select ${'{"a":"x\\u0000"}'}::jsonb`)),
				'22P05',
				'invalid_input'
			],
			[
				'a bad uuid',
				failure(() => handle.db.insert(people).values({ id: 3, name: 'C', ref: 'not-a-uuid' })),
				'22P02',
				'invalid_input'
			],
			[
				'out of range',
				insertRaw(sql`(id, name, small) values (4, 'D', 70000)`),
				'22003',
				'invalid_input'
			],
			[
				'a bad date',
				insertRaw(sql`(id, name, born) values (5, 'E', '2026-13-45')`),
				'22008',
				'invalid_input'
			],
			['a missing name', insertRaw(sql`(id, name) values (6, null)`), '23502', 'invalid_input'],
			[
				'a check',
				insertRaw(sql`(id, name) values (7, ${'x'.repeat(60)})`),
				'23514',
				'invalid_input'
			],
			[
				'a missing parent',
				insertRaw(sql`(id, name, parent) values (8, 'G', 999)`),
				'23503',
				'invalid_input'
			],
			[
				'a duplicate',
				failure(() => handle.db.insert(people).values({ id: 1, name: 'Lê Văn H' })),
				'23505',
				'conflict'
			]
		];
		for (const [what, pending, sqlState, code] of cases) {
			const error = await pending;
			const failure = classifyDatabaseError(error);
			expect({ what, failure }).toMatchObject({
				what,
				failure: { kind: 'input', code, info: { sqlState } }
			});
			// Nothing of the values travels in what may be logged.
			expect(JSON.stringify(databaseErrorOf(error))).not.toMatch(/Nguyễn|Trần|Lê Văn|xxxx/);
		}
		const duplicate = databaseErrorOf(
			await failure(() => handle.db.insert(people).values({ id: 1, name: 'Lê Văn H' }))
		);
		expect(duplicate).toEqual({ sqlState: '23505', constraint: 'database_error_people_pkey' });
	});

	it('sees through drizzle’s wrapper to the driver’s error', async () => {
		const error = await failure(() => handle.db.insert(people).values({ id: 9, name: 'a\u0000' }));
		// drizzle 0.45 wraps the driver's error; its own message quotes the parameters.
		expect((error as Error).message).toContain('Failed query');
		expect((error as Error).cause).toBeDefined();
		expect(databaseErrorOf(error)?.sqlState).toBe('22021');
		expect(databaseErrorOf((error as Error).cause)?.sqlState).toBe('22021');
	});

	it('tells a bug, a busy database and a lost one from the input’s fault', async () => {
		const syntax = await failure(() => handle.db.execute(sql`select * from no_such_table`));
		expect(classifyDatabaseError(syntax)).toEqual({ kind: 'fault', info: { sqlState: '42P01' } });
		const division = await failure(() => handle.db.execute(sql`select 1 / 0`));
		expect(classifyDatabaseError(division)).toMatchObject({ kind: 'fault' });

		// Shapes the drivers give for faults no test can cause on demand.
		const postgresError = (code: string) =>
			Object.assign(new Error('boom'), { name: 'PostgresError', severity: 'ERROR', code });
		expect(classifyDatabaseError(postgresError('40001'))).toMatchObject({ kind: 'retry' });
		expect(classifyDatabaseError(postgresError('40P01'))).toMatchObject({ kind: 'retry' });
		for (const code of ['08006', '57P01', '57P03', '53300', '53100']) {
			expect(classifyDatabaseError(postgresError(code))).toMatchObject({ kind: 'unavailable' });
		}
		const closed = Object.assign(new Error('write CONNECTION_CLOSED'), {
			code: 'CONNECTION_CLOSED'
		});
		expect(classifyDatabaseError(new Error('Failed query', { cause: closed }))).toEqual({
			kind: 'unavailable'
		});
		expect(classifyDatabaseError(new Error('PGlite is closed'))).toEqual({ kind: 'unavailable' });
		// Not database errors at all: a bug, and a Node error whose code looks like a SQLSTATE.
		expect(classifyDatabaseError(new TypeError('x is undefined'))).toBeUndefined();
		expect(classifyDatabaseError(Object.assign(new Error('x'), { code: 'EBADF' }))).toBeUndefined();
	});
});
