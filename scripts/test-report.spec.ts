import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closingLine, countsOf, sumReports } from './test-report.js';

describe('the closing line of a test run', () => {
	it('counts a Vitest report and a Playwright report, a flaky test as passed', () => {
		expect(
			countsOf({ numTotalTests: 9, numPassedTests: 7, numFailedTests: 1, numPendingTests: 1 })
		).toEqual({ passed: 7, failed: 1, skipped: 1 });
		expect(countsOf({ stats: { expected: 80, unexpected: 0, skipped: 2, flaky: 1 } })).toEqual({
			passed: 81,
			failed: 0,
			skipped: 2
		});
		expect(() => countsOf({ hello: 1 })).toThrow();
	});

	it('sums the reports, names a missing or broken one instead of counting it', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'cunglam-report-'));
		const good = path.join(dir, 'a.json');
		const broken = path.join(dir, 'b.json');
		writeFileSync(good, JSON.stringify({ numTotalTests: 3, numPassedTests: 3 }));
		writeFileSync(broken, '{');
		const total = sumReports([good, broken, path.join(dir, 'none.json')]);
		expect(total).toMatchObject({ passed: 3, failed: 0, skipped: 0 });
		expect(total.missing).toHaveLength(2);
		expect(closingLine(total)).toBe('3 passed, 0 failed, 0 skipped');
	});
});
