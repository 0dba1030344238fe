import { describe, expect, it } from 'vitest';
import {
	jdOfSunLongitude,
	newMoonJde,
	newMoonJulianDay,
	sunLongitude,
	sunLongitudeAtJde
} from './astronomy';

const jdOf = (isoInstant: string): number => Date.parse(isoInstant) / 86_400_000 + 2_440_587.5;
const minutesBetween = (jd: number, isoInstant: string): number =>
	Math.abs(jd - jdOf(isoInstant)) * 1440;

describe('new moons (Meeus ch. 49)', () => {
	it('reproduces Meeus example 49.a (new moon of February 1977)', () => {
		expect(newMoonJde(-283)).toBeCloseTo(2_443_192.65118, 5);
	});

	it('lands within two minutes of published new moons (UT)', () => {
		// k counts lunations from 2000-01-06; instants from NASA's eclipse and phase tables
		expect(minutesBetween(newMoonJulianDay(0), '2000-01-06T18:14Z')).toBeLessThan(2);
		expect(minutesBetween(newMoonJulianDay(218), '2017-08-21T18:30Z')).toBeLessThan(2);
		expect(minutesBetween(newMoonJulianDay(300), '2024-04-08T18:21Z')).toBeLessThan(2);
		expect(minutesBetween(newMoonJulianDay(323), '2026-02-17T12:01Z')).toBeLessThan(2);
		expect(minutesBetween(newMoonJulianDay(341), '2027-08-02T10:05Z')).toBeLessThan(2);
	});
});

describe('sun longitude (Meeus ch. 25)', () => {
	it('reproduces Meeus example 25.a (1992 October 13.0 TD)', () => {
		expect(sunLongitudeAtJde(2_448_908.5)).toBeCloseTo(199.90895, 3);
	});

	it('finds equinoxes and solstices within a quarter of an hour', () => {
		const equinox = jdOfSunLongitude(0, jdOf('2024-03-18T00:00Z'));
		expect(minutesBetween(equinox, '2024-03-20T03:06Z')).toBeLessThan(15);
		const solstice = jdOfSunLongitude(270, jdOf('2024-12-25T00:00Z'));
		expect(minutesBetween(solstice, '2024-12-21T09:20Z')).toBeLessThan(15);
		expect(sunLongitude(solstice)).toBeCloseTo(270, 6);
	});
});
