// The one closing line of a test run, counted from the runners' JSON reports: Vitest's json
// reporter and Playwright's. CI's log is read by people and by tools; both look for the plain
// line "N passed, N failed, N skipped", alone, at its end (a runner's own summary is not one they
// all know, and a line that looks like another runner's summary, such as "All tests passed.",
// can be read as a run of no test). Usage: node scripts/test-report.js REPORT.json [...]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where npm test and .ci/run keep the runners' reports (ignored by git). */
export const reportDir = path.resolve(import.meta.dirname, '..', '.test-reports');

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/**
 * A Vitest json report (numPassedTests …) or a Playwright one (stats.expected …) as counts.
 * @param {any} report
 * @returns {Counts}
 */
export function countsOf(report) {
	if (report && typeof report.stats === 'object' && report.stats !== null) {
		const s = report.stats;
		return {
			passed: (s.expected ?? 0) + (s.flaky ?? 0),
			failed: s.unexpected ?? 0,
			skipped: s.skipped ?? 0
		};
	}
	if (report && typeof report.numTotalTests === 'number') {
		return {
			passed: report.numPassedTests ?? 0,
			failed: report.numFailedTests ?? 0,
			skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
		};
	}
	throw new Error('not a Vitest or Playwright JSON report');
}

/**
 * Sums the reports that exist; a missing or unreadable one is named, never counted as passed.
 * @param {string[]} files
 */
export function sumReports(files) {
	/** @type {Counts & { missing: string[] }} */
	const total = { passed: 0, failed: 0, skipped: 0, missing: [] };
	for (const file of files) {
		if (!existsSync(file)) {
			total.missing.push(file);
			continue;
		}
		try {
			const counts = countsOf(JSON.parse(readFileSync(file, 'utf8')));
			total.passed += counts.passed;
			total.failed += counts.failed;
			total.skipped += counts.skipped;
		} catch {
			total.missing.push(file);
		}
	}
	return total;
}

/** @param {Counts} counts */
export const closingLine = ({ passed, failed, skipped }) =>
	`${passed} passed, ${failed} failed, ${skipped} skipped`;

if (import.meta.url === `file://${process.argv[1]}`) {
	const total = sumReports(process.argv.slice(2));
	for (const file of total.missing) console.log(`(no report in ${path.relative('.', file)})`);
	console.log("== tests of the whole run, counted from the runners' reports:");
	console.log(closingLine(total));
}
