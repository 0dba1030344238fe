import { describe, expect, it } from 'vitest';
import { isDossierCode, normalizeDossierCode } from './dossier-code';

describe('dossier codes', () => {
	it('accepts the DOMAIN.md form and the demo agency code', () => {
		expect(isDossierCode('G22.99.08-260921-000042')).toBe(true);
		expect(isDossierCode('CL.01.00004-261122-000001')).toBe(true);
	});

	it('forgives case and stray spaces from typing or a scanner', () => {
		expect(normalizeDossierCode(' cl.01.00004-261122-000001 \n')).toBe('CL.01.00004-261122-000001');
		expect(isDossierCode('g22.99.08 - 260921 - 000042')).toBe(true);
	});

	it('refuses local references and other text', () => {
		expect(isDossierCode('CG-261122-7KQ4M')).toBe(false);
		expect(isDossierCode('G22.99.08-2609-000042')).toBe(false);
		expect(isDossierCode('')).toBe(false);
	});
});
