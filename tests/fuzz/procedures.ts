import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { z } from 'zod';
import { practiceCases } from '../../src/testing/procedures/catalogue';
import { getProcedure, procedures } from '../../src/testing/procedures/catalogue';
import { roles, type Role } from '../../src/lib/server/db/schema';
import { coachingSyncHandlers } from '../../src/lib/server/sync/coaching-handlers';
import { appSyncHandlers } from '../../src/lib/server/sync/dossier-handlers';
import { appRouter } from '../../src/lib/server/trpc/root';
import type { ProcedureMeta } from '../../src/lib/server/trpc/trpc';
import { arbitraryFor } from './zod-arbitrary';

/** Who calls: every staff role, and citizens (no cookie). */
export type Caller = Role | 'anonymous';
export const callers: readonly Caller[] = ['anonymous', ...roles];

export type FuzzProcedure = {
	path: string;
	type: 'query' | 'mutation';
	admits: readonly Caller[];
	/** Mostly valid inputs; undefined for a procedure without input. */
	input: fc.Arbitrary<unknown>;
	/** Whether it takes an input at all. */
	hasInput: boolean;
	/** Its input schema, when it has one. */
	schema?: z.core.$ZodType;
};

type ProcedureDef = {
	type: 'query' | 'mutation' | 'subscription';
	meta?: ProcedureMeta;
	inputs: z.core.$ZodType[];
};

/**
 * Strings that refinements of the app accept (see arbitraryFor): ISO dates around now, the
 * practice cases' ids, the procedures' ids, public addresses of an office.
 */
const hints: readonly string[] = [
	...Array.from({ length: 40 }, (_, i) =>
		new Date(Date.UTC(2024, 0, 1) + i * 37 * 86_400_000).toISOString().slice(0, 10)
	),
	...practiceCases.map((c) => c.id),
	...procedures.map((p) => p.id),
	'https://dichvucong.phuong-ba-dinh.vn',
	'http://localhost:3000'
];

/** Answers that pass validation: the practice cases', with their procedure's current version. */
const validApplication = fc.constantFrom(...practiceCases).map((c) => ({
	procedureId: c.procedureId,
	procedureVersion: getProcedure(c.procedureId)?.version ?? 1,
	answers: structuredClone(c.answers)
}));

const syncHandlers = { ...appSyncHandlers, ...coachingSyncHandlers };

const dossierPayload = fc
	.tuple(validApplication, fc.stringMatching(/^CG-\d{6}-[A-Z0-9]{5}$/))
	.map(([application, clientReference]) => ({ ...application, clientReference }));

/** One outbox entry of each kind the server knows, plus kinds it does not. */
const mutationPayload = fc.oneof(
	...Object.entries(syncHandlers).map(([kind, handler]) =>
		(kind === 'dossier.submit'
			? fc.oneof({ weight: 3, arbitrary: dossierPayload }, arbitraryFor(handler.input, hints))
			: arbitraryFor(handler.input, hints)
		).map((payload) => ({ kind, payload }))
	),
	fc.record({
		kind: fc.string({ minLength: 1, maxLength: 20 }),
		payload: fc.jsonValue({ maxDepth: 2 })
	})
);

/** A device's push as the outbox sends it: a fresh client, ids from 1 in order. */
const pushInput = fc
	.tuple(fc.uuid({ version: 4 }), fc.array(mutationPayload, { minLength: 1, maxLength: 5 }))
	.map(([clientId, entries]) => ({
		clientId,
		mutations: entries.map((entry, i) => ({ id: i + 1, ...entry }))
	}));

/** A whole small file in one chunk, with its true hash: the upload path to the database. */
const wholeChunk = fc
	.tuple(
		fc.uint8Array({ minLength: 1, maxLength: 2_048 }),
		fc.constantFrom('image/jpeg', 'image/png', 'application/pdf')
	)
	.map(([bytes, mimeType]) => ({
		sha256: createHash('sha256').update(bytes).digest('hex'),
		mimeType,
		totalBytes: bytes.length,
		offset: 0,
		data: Buffer.from(bytes).toString('base64')
	}));

/** Inputs the walker cannot make valid by itself (their rules live in code, not in the schema). */
const seeds: Record<string, fc.Arbitrary<unknown>> = {
	'sync.push': pushInput,
	'procedures.validate': validApplication,
	'attachments.putChunk': wholeChunk
};

/** Every procedure of the app router, as the fuzz run calls it. */
export function fuzzProcedures(): FuzzProcedure[] {
	// At run time `_def.procedures` is flat, keyed by dotted path.
	const defs = appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>;
	return Object.entries(defs).map(([path, { _def }]) => {
		if (_def.type === 'subscription') throw new Error(`${path}: subscriptions are not fuzzed yet`);
		const stated = _def.meta?.roles;
		const admits =
			stated === 'public' ? callers : callers.filter((c) => stated?.includes(c as Role));
		const schema = _def.inputs[0];
		const generated = schema ? arbitraryFor(schema, hints) : fc.constant(undefined);
		const seed = seeds[path];
		return {
			path,
			type: _def.type,
			admits,
			hasInput: Boolean(schema),
			schema,
			input: seed ? fc.oneof({ weight: 3, arbitrary: seed }, generated) : generated
		};
	});
}
