/**
 * The astronomy the Vietnamese lunar calendar needs: instants of new moon and the
 * sun's apparent longitude. Formulas from J. Meeus, "Astronomical Algorithms"
 * (2nd ed.): ch. 49 (phases of the moon, ~1 minute over 1900–2100), ch. 25 (solar
 * coordinates, low accuracy: ~0.01°, i.e. ~15 minutes for a solar term), ΔT from
 * Espenak & Meeus (NASA eclipse site). All Julian Days here are in UT unless named jde.
 */

const RAD = Math.PI / 180;
const sinDeg = (deg: number): number => Math.sin(deg * RAD);
const normalizeDegrees = (deg: number): number => ((deg % 360) + 360) % 360;

/** Julian Day (UT) of 2000 January 1.5. */
const J2000 = 2_451_545;
const DAYS_PER_JULIAN_CENTURY = 36_525;
/** Mean synodic month, days (Meeus 49.1). */
export const SYNODIC_MONTH = 29.530588861;

/** TT − UT in seconds for a decimal year (Espenak & Meeus polynomials). */
export const deltaTSeconds = (year: number): number => {
	if (year >= 2050 && year < 2150) {
		return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
	}
	if (year >= 2005 && year < 2050) {
		const t = year - 2000;
		return 62.92 + 0.32217 * t + 0.005589 * t * t;
	}
	if (year >= 1986 && year < 2005) {
		const t = year - 2000;
		return (
			63.86 +
			0.3345 * t -
			0.060374 * t ** 2 +
			0.0017275 * t ** 3 +
			0.000651814 * t ** 4 +
			0.00002373599 * t ** 5
		);
	}
	if (year >= 1961 && year < 1986) {
		const t = year - 1975;
		return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
	}
	if (year >= 1941 && year < 1961) {
		const t = year - 1950;
		return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
	}
	if (year >= 1920 && year < 1941) {
		const t = year - 1920;
		return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
	}
	if (year >= 1900 && year < 1920) {
		const t = year - 1900;
		return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
	}
	// Outside 1900–2150 the long-term parabola is good enough for whole-day questions.
	return -20 + 32 * ((year - 1820) / 100) ** 2;
};

const deltaTDays = (jd: number): number => deltaTSeconds(2000 + (jd - J2000) / 365.25) / 86_400;

/*
 * Periodic terms for a new moon (Meeus table 49.A): coefficient, power of E, and
 * the multiples of M (sun's anomaly), M′ (moon's anomaly), F (argument of latitude).
 */
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number]> = [
	[-0.4072, 0, 0, 1, 0],
	[0.17241, 1, 1, 0, 0],
	[0.01608, 0, 0, 2, 0],
	[0.01039, 0, 0, 0, 2],
	[0.00739, 1, -1, 1, 0],
	[-0.00514, 1, 1, 1, 0],
	[0.00208, 2, 2, 0, 0],
	[-0.00111, 0, 0, 1, -2],
	[-0.00057, 0, 0, 1, 2],
	[0.00056, 1, 1, 2, 0],
	[-0.00042, 0, 0, 3, 0],
	[0.00042, 1, 1, 0, 2],
	[0.00038, 1, 1, 0, -2],
	[-0.00024, 1, -1, 2, 0],
	[-0.00007, 0, 2, 1, 0],
	[0.00004, 0, 0, 2, -2],
	[0.00004, 0, 3, 0, 0],
	[0.00003, 0, 1, 1, -2],
	[0.00003, 0, 0, 2, 2],
	[-0.00003, 0, 1, 1, 2],
	[0.00003, 0, -1, 1, 2],
	[-0.00002, 0, -1, 1, -2],
	[-0.00002, 0, 1, 3, 0],
	[0.00002, 0, 0, 4, 0]
];

/** Planetary arguments (Meeus, after table 49.A): amplitude, A at k = 0, rate per lunation. */
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
	[0.000325, 299.77, 0.107408], // also −0.009173 T², added below
	[0.000165, 251.88, 0.016321],
	[0.000164, 251.83, 26.651886],
	[0.000126, 349.42, 36.412478],
	[0.00011, 84.66, 18.206239],
	[0.000062, 141.74, 53.303771],
	[0.00006, 207.14, 2.453732],
	[0.000056, 154.84, 7.30686],
	[0.000047, 34.52, 27.261239],
	[0.000042, 207.19, 0.121824],
	[0.00004, 291.34, 1.844379],
	[0.000037, 161.72, 24.198154],
	[0.000035, 239.56, 25.513099],
	[0.000023, 331.55, 3.592518]
];

/** Ephemeris (TT) Julian Day of new moon number k; k = 0 is 2000 January 6. */
export const newMoonJde = (k: number): number => {
	const t = k / 1236.85;
	const t2 = t * t;
	const t3 = t2 * t;
	const t4 = t3 * t;
	const meanJde =
		2_451_550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
	const e = 1 - 0.002516 * t - 0.0000074 * t2;
	const sunAnomaly = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
	const moonAnomaly =
		201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
	const latitudeArg =
		160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
	const node = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

	let correction = -0.00017 * sinDeg(node);
	for (const [coefficient, ePower, m, mPrime, f] of NEW_MOON_TERMS) {
		correction +=
			coefficient * e ** ePower * sinDeg(m * sunAnomaly + mPrime * moonAnomaly + f * latitudeArg);
	}
	PLANETARY_TERMS.forEach(([amplitude, a0, rate], i) => {
		correction += amplitude * sinDeg(a0 + rate * k + (i === 0 ? -0.009173 * t2 : 0));
	});
	return meanJde + correction;
};

/** Julian Day (UT) of new moon number k; k = 0 is 2000 January 6 18:14 UT. */
export const newMoonJulianDay = (k: number): number => {
	const jde = newMoonJde(k);
	return jde - deltaTDays(jde);
};

/** Number of the new moon nearest before-or-at a Julian Day, approximately (±1). */
export const lunationNumberNear = (jd: number): number =>
	Math.floor((jd - 2_451_550.09766) / SYNODIC_MONTH);

/** Apparent longitude of the sun, degrees in [0, 360), for a JDE (TT). */
export const sunLongitudeAtJde = (jde: number): number => {
	const t = (jde - J2000) / DAYS_PER_JULIAN_CENTURY;
	const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
	const meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
	const centre =
		(1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(meanAnomaly) +
		(0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly) +
		0.000289 * sinDeg(3 * meanAnomaly);
	const node = 125.04 - 1934.136 * t;
	// nutation and aberration, folded into two terms (Meeus 25, "apparent longitude")
	return normalizeDegrees(meanLongitude + centre - 0.00569 - 0.00478 * sinDeg(node));
};

/** Apparent longitude of the sun, degrees in [0, 360), at a Julian Day (UT). */
export const sunLongitude = (jd: number): number => sunLongitudeAtJde(jd + deltaTDays(jd));

/** Julian Day (UT) when the sun's longitude reaches `degrees`, searched near `jdGuess` (±20 days). */
export const jdOfSunLongitude = (degrees: number, jdGuess: number): number => {
	let jd = jdGuess;
	for (let i = 0; i < 20; i++) {
		const behind = ((((degrees - sunLongitude(jd)) % 360) + 540) % 360) - 180;
		// the sun moves 0.95–1.02° a day; dividing by a bit more than 1 converges quickly
		const step = behind / 0.9856;
		jd += step;
		if (Math.abs(step) < 1e-7) break;
	}
	return jd;
};
