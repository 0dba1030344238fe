import { describe, expect, it } from 'vitest';
import { formatInVietnam } from './date-format';

describe('formatInVietnam', () => {
	it('shows the Vietnamese date and time of an instant, dd/mm/yyyy', () => {
		// 17:30 UTC on 31 Dec is already 1 Jan in Vietnam.
		const instant = '2026-12-31T17:30:00Z';
		expect(formatInVietnam(instant, 'vi', 'date')).toBe('01/01/2027');
		expect(formatInVietnam(instant, 'vi', 'time')).toBe('00:30:00');
		expect(formatInVietnam(instant, 'en', 'date')).toBe('01/01/2027');
		expect(formatInVietnam('2026-02-05T02:07:00Z', 'vi', 'dateTime')).toMatch(
			/^(05\/02\/2026,? 09:07|09:07,? 05\/02\/2026)$/
		);
	});
});
