import type { FuzzCase } from './cases';
import { send, sendAlone, type Outcome } from './http';

/**
 * Sends cases with a few in flight, checks the server's health after every batch, and keeps what
 * failed: a 5xx, an answer slower than the limit, a connection dropped on a small request, or a
 * failed health check. Separate from the runner so that a test can point it at a fake server.
 */
export type Failure = {
	kind: '5xx' | 'hang' | 'network' | 'unhealthy';
	procedure: string;
	caller: string;
	label: string;
	detail: string;
};

export type LoopOptions = {
	baseUrl: string;
	cookies: Partial<Record<string, string>>;
	concurrency: number;
	timeoutMs: number;
	/** Health check after this many cases. */
	batchSize: number;
	/** Told after each case: progress, statistics. */
	onOutcome?(fuzzCase: FuzzCase, outcome: Outcome): void;
};

export type LoopResult = {
	requests: number;
	serverErrors: number;
	hangs: number;
	/**
	 * Hangs whose request, sent again alone on a new connection, answered within a second: the
	 * connection was stalled by what was sent on it before (issue 14: a refused big body).
	 */
	stalledConnections: number;
	networkErrors: number;
	failures: Failure[];
	/** HTTP status → count; 0 is no answer. */
	statuses: Map<number, number>;
	/** The slowest answers, slowest first: what a hang was stuck behind. */
	slowest: { ms: number; procedure: string; caller: string; label: string }[];
};

/** A connection dropped while a big body was on its way may be the server refusing it early. */
const bigBody = 64 * 1024;

export async function runCases(
	cases: Iterable<FuzzCase>,
	options: LoopOptions
): Promise<LoopResult> {
	const result: LoopResult = {
		requests: 0,
		serverErrors: 0,
		hangs: 0,
		stalledConnections: 0,
		networkErrors: 0,
		failures: [],
		statuses: new Map(),
		slowest: []
	};
	const iterator = cases[Symbol.iterator]();
	let healthy = true;

	const one = async (fuzzCase: FuzzCase) => {
		const outcome = await send(options.baseUrl, fuzzCase.request, {
			cookie: options.cookies[fuzzCase.caller],
			timeoutMs: options.timeoutMs
		});
		result.requests++;
		result.statuses.set(outcome.status, (result.statuses.get(outcome.status) ?? 0) + 1);
		result.slowest.push({
			ms: outcome.ms,
			procedure: fuzzCase.procedure,
			caller: fuzzCase.caller,
			label: fuzzCase.label
		});
		result.slowest.sort((a, b) => b.ms - a.ms).splice(8);
		const fail = (kind: Failure['kind'], detail: string) =>
			result.failures.push({
				kind,
				procedure: fuzzCase.procedure,
				caller: fuzzCase.caller,
				label: fuzzCase.label,
				detail
			});
		if (outcome.serverError) {
			result.serverErrors++;
			fail(
				'5xx',
				`HTTP ${outcome.status}${outcome.appCodes.length ? ` (${outcome.appCodes.join(', ')})` : ''}`
			);
		} else if (outcome.hang) {
			result.hangs++;
			const alone = await sendAlone(options.baseUrl, fuzzCase.request, {
				cookie: options.cookies[fuzzCase.caller],
				timeoutMs: options.timeoutMs
			});
			const stalled = alone !== undefined && alone < 1_000;
			if (stalled) result.stalledConnections++;
			fail(
				'hang',
				`no answer within ${options.timeoutMs} ms; ${alone === undefined ? 'alone on a new connection too' : `alone on a new connection: ${alone.toFixed(0)} ms${stalled ? ' (a stalled connection)' : ''}`}`
			);
		} else if (outcome.networkError) {
			result.networkErrors++;
			const size = (fuzzCase.request.body?.length ?? 0) + fuzzCase.request.path.length;
			if (size < bigBody) fail('network', `connection failed: ${outcome.networkError}`);
		}
		options.onOutcome?.(fuzzCase, outcome);
	};

	for (;;) {
		const batch: FuzzCase[] = [];
		for (let next = iterator.next(); !next.done; next = iterator.next()) {
			batch.push(next.value);
			if (batch.length >= options.batchSize) break;
		}
		if (!batch.length) break;
		let index = 0;
		const worker = async () => {
			while (index < batch.length) await one(batch[index++]!);
		};
		await Promise.all(Array.from({ length: options.concurrency }, worker));

		const health = await send(
			options.baseUrl,
			{ method: 'GET', path: '/api/trpc/system.health' },
			{ timeoutMs: options.timeoutMs }
		);
		if (health.status !== 200) {
			const last = batch[batch.length - 1]!;
			result.failures.push({
				kind: 'unhealthy',
				procedure: 'system.health',
				caller: 'anonymous',
				label: `after the batch ending with ${last.procedure} (${last.label})`,
				detail: health.hang
					? 'no answer'
					: `HTTP ${health.status} ${health.networkError ?? ''}`.trim()
			});
			// Twice in a row: the server is down; the rest would only repeat it.
			if (!healthy) break;
			healthy = false;
		} else healthy = true;
	}
	return result;
}
