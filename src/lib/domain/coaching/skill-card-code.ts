/**
 * Skill-card codes: 8 Crockford base-32 characters (40 random bits), printed on the summary slip
 * and typed back on the next visit. They name a card, never a person.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const skillCardPattern = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** `random` fills the array it is given: crypto.getRandomValues in the browser and in Node. */
export function newSkillCardCode(random: (bytes: Uint8Array<ArrayBuffer>) => unknown): string {
	const bytes = new Uint8Array(5);
	random(bytes);
	let bits = 0n;
	for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
	let code = '';
	for (let i = 7; i >= 0; i--) code += alphabet[Number((bits >> BigInt(i * 5)) & 31n)];
	return code;
}

/** As typed: spaces and dashes dropped, lower case raised, O/I/L read as 0/1/1. */
export function normalizeSkillCardCode(typed: string): string | undefined {
	const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	return skillCardPattern.test(code) ? code : undefined;
}

/** 'ABCD-EFGH': read aloud and copied in two halves. */
export const formatSkillCardCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;
