import { describe, expect, it } from 'vitest';
import { checkVolunteerForm, generatePassword, usernamePattern } from './account-rules';

const good = { displayName: 'Nguyễn Thị Lan', username: 'tnv.lan', password: 'mot-mat-khau' };

describe('the create-volunteer form', () => {
	it('accepts a good form, with the username as the server will store it', () => {
		expect(checkVolunteerForm(good)).toEqual({});
		expect(checkVolunteerForm({ ...good, username: '  TNV.Lan ' })).toEqual({});
	});

	it('names each wrong field', () => {
		expect(checkVolunteerForm({ displayName: ' ', username: '', password: '123456789' })).toEqual({
			displayName: 'displayName.missing',
			username: 'username.missing',
			password: 'password.short'
		});
		expect(checkVolunteerForm({ ...good, username: 'tên.lan' }).username).toBe('username.format');
		expect(checkVolunteerForm({ ...good, username: '1lan' }).username).toBe('username.format');
		expect(checkVolunteerForm({ ...good, username: 'ab' }).username).toBe('username.format');
		expect(checkVolunteerForm({ ...good, displayName: 'a'.repeat(101) }).displayName).toBe(
			'displayName.long'
		);
		expect(checkVolunteerForm({ ...good, displayName: 'Lan\u0000' }).displayName).toBe(
			'displayName.invalid'
		);
		expect(checkVolunteerForm({ ...good, displayName: 'Lan\u200B' })).toEqual({});
		expect(checkVolunteerForm({ ...good, password: 'x'.repeat(257) }).password).toBe(
			'password.long'
		);
	});
});

describe('a generated first password', () => {
	it('is long enough, in three groups, without look-alike characters', () => {
		const password = generatePassword((n) => crypto.getRandomValues(new Uint8Array(n)));
		expect(password).toMatch(/^[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}$/);
		expect(checkVolunteerForm({ ...good, password })).toEqual({});
	});

	it('uses every random byte', () => {
		expect(generatePassword((n) => new Uint8Array(n))).toBe('aaaa-aaaa-aaaa');
		expect(generatePassword((n) => new Uint8Array(n).fill(31))).toBe('9999-9999-9999');
	});

	it('shares the username rule with the server', () => {
		expect(usernamePattern.test('tnv.lan')).toBe(true);
		expect(usernamePattern.test('Tnv.lan')).toBe(false);
	});
});
