// npm run fuzz (issue 14): generated and hostile inputs to every tRPC procedure as every role,
// against the production server on PGlite and on PostgreSQL. Fails on any 5xx, any answer slower
// than 5 s, a dropped connection on a small request, or a server that stops answering its health
// check. FUZZ_SEED replays a run; FUZZ_REQUESTS sets its size (over both databases);
// FUZZ_SKIP_POSTGRES=1 runs on PGlite only; FUZZ_CONCURRENCY sets the requests in flight.
import { readFileSync } from 'node:fs';
import { buildIfStale } from '../../scripts/build-if-stale.js';
import { checklistCases, generatedCase, type FuzzCase } from './cases';
import { runCases, type Failure, type LoopResult } from './fuzz-loop';
import {
	fuzzSeedPassword,
	postgresAdminUrl,
	postgresReachable,
	startFuzzServer,
	type DatabaseKind
} from './fuzz-server';
import { login } from './http';
import { fuzzProcedures, type Caller } from './procedures';

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const total = Number(process.env.FUZZ_REQUESTS ?? 12_000);
const concurrency = Number(process.env.FUZZ_CONCURRENCY ?? 6);
const timeoutMs = Number(process.env.FUZZ_TIMEOUT_MS ?? 5_000);
const skipPostgres = process.env.FUZZ_SKIP_POSTGRES === '1';

const accounts: Record<Exclude<Caller, 'anonymous'>, string> = {
	volunteer: 'tnv.demo',
	officer: 'canbo.demo',
	manager: 'quanly.demo',
	admin: 'quantri.demo'
};

function* casesFor(databaseIndex: number, count: number): Generator<FuzzCase> {
	const procedures = fuzzProcedures();
	const base = seed + databaseIndex * 1_000_003;
	const checklist = checklistCases(procedures, base);
	yield* checklist.slice(0, count);
	for (let i = checklist.length; i < count; i++) yield generatedCase(procedures, base + i * 7_919);
}

/** The server's error lines (at most a few, each cut short): what the 5xx were. */
function serverErrorLines(logFile: string): string[] {
	let text = '';
	try {
		text = readFileSync(logFile, 'utf8');
	} catch {
		return [];
	}
	const lines = text
		.split('\n')
		.filter((l) => /INTERNAL_SERVER_ERROR|\[server\]|^\s*\[cause\]|^\s*(\w*Error|error):/.test(l));
	const distinct = [...new Set(lines.map((l) => l.slice(0, 200)))];
	return distinct.slice(0, 15);
}

async function fuzzOn(kind: DatabaseKind, index: number, count: number): Promise<LoopResult> {
	console.log(`\n— ${kind}: ${count} requests, ${concurrency} in flight`);
	const server = await startFuzzServer(kind);
	try {
		const cookies: Partial<Record<Caller, string>> = {};
		for (const [role, username] of Object.entries(accounts))
			cookies[role as Caller] = await login(server.url, username, fuzzSeedPassword);

		const started = performance.now();
		let done = 0;
		const result = await runCases(casesFor(index, count), {
			baseUrl: server.url,
			cookies,
			concurrency,
			timeoutMs,
			batchSize: 50,
			onOutcome() {
				if (++done % 1_000 === 0) console.log(`  ${done} / ${count}`);
			}
		});
		const seconds = (performance.now() - started) / 1_000;
		const statuses = [...result.statuses.entries()]
			.sort(([a], [b]) => a - b)
			.map(([status, n]) => `${status || 'none'}: ${n}`)
			.join(', ');
		console.log(
			`  ${result.requests} requests in ${seconds.toFixed(0)} s (${(result.requests / seconds).toFixed(0)}/s)`
		);
		console.log(`  statuses: ${statuses}`);
		console.log(
			`  slowest: ${result.slowest.map((s) => `${s.ms.toFixed(0)} ms ${s.procedure} as ${s.caller} (${s.label})`).join('; ')}`
		);
		if (result.failures.length) {
			const lines = serverErrorLines(server.logFile);
			if (lines.length)
				console.log(`  server log (first distinct error lines):\n    ${lines.join('\n    ')}`);
		}
		return result;
	} finally {
		await server.stop();
	}
}

/** One line per distinct failure (procedure, caller, what was sent), with how often it came. */
function describeFailures(kind: DatabaseKind, failures: Failure[]): string[] {
	const counts = new Map<string, number>();
	for (const f of failures) {
		const key = `${f.kind.padEnd(9)} ${f.procedure} as ${f.caller} on ${kind}: ${f.label} → ${f.detail}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return [...counts.entries()].map(([line, n]) => (n > 1 ? `${line} (×${n})` : line));
}

async function main(): Promise<number> {
	console.log(`Fuzz seed ${seed} (FUZZ_SEED=${seed} replays this run)`);
	const databases: DatabaseKind[] = ['pglite'];
	if (!skipPostgres) {
		const problem = await postgresReachable();
		if (problem) {
			console.error(
				`PostgreSQL is not reachable at ${postgresAdminUrl} (${problem}).\n` +
					'Start it, set FUZZ_POSTGRES_URL, or run with FUZZ_SKIP_POSTGRES=1 to fuzz PGlite only.'
			);
			return 2;
		}
		databases.push('postgres');
	}
	buildIfStale();

	const perDatabase = Math.ceil(total / databases.length);
	let requests = 0;
	let serverErrors = 0;
	let hangs = 0;
	let stalled = 0;
	const failureLines: string[] = [];
	for (const [index, kind] of databases.entries()) {
		const result = await fuzzOn(kind, index, perDatabase);
		requests += result.requests;
		serverErrors += result.serverErrors;
		hangs += result.hangs;
		stalled += result.stalledConnections;
		failureLines.push(...describeFailures(kind, result.failures));
	}

	console.log(`BENCH fuzz_requests ${requests}`);
	console.log(`BENCH fuzz_5xx ${serverErrors}`);
	console.log(`BENCH fuzz_hangs ${hangs}`);
	if (failureLines.length) {
		console.error(
			`\n${serverErrors} answer(s) 5xx; ${hangs} hang(s), of which ${stalled} on a stalled keep-alive connection (the same request alone on a new one answered within a second).`
		);
		console.error(`Fuzz failures (${failureLines.length} distinct; seed ${seed}):`);
		for (const line of failureLines.slice(0, 200)) console.error(`  ${line}`);
		if (failureLines.length > 200) console.error(`  … and ${failureLines.length - 200} more`);
		return 1;
	}
	console.log('Fuzz: no 5xx, no hang, the server stayed healthy.');
	return 0;
}

process.exit(await main());
