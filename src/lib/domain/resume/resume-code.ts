/**
 * The resume code printed on the slip for "Tiếp tục tại nhà" (issue 4, item 6). It is the main
 * secret of a bundle uploaded for home (the PIN alone has too few combinations), so it carries
 * 50 random bits, and it is written in Crockford base32: no I, L, O or U, so a code read aloud
 * or copied from paper by hand survives the usual confusions.
 */
export const resumeCodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const resumeCodeLength = 10;
/** 5 bits per character; DESIGN.md asks for at least 40. */
export const resumeCodeEntropyBits = 50;

const groupLength = 5;
const bitsPerCharacter = 5;

export type RandomFill = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;

/**
 * A fresh code. The alphabet has 32 = 2⁵ characters, so taking 5 bits at a time from uniform
 * random bytes gives uniform characters without rejection or modulo bias.
 */
export function generateResumeCode(
	random: RandomFill = (bytes) => crypto.getRandomValues(bytes)
): string {
	const bytes = random(new Uint8Array(Math.ceil((resumeCodeLength * bitsPerCharacter) / 8)));
	let code = '';
	let buffer = 0;
	let bufferedBits = 0;
	let next = 0;
	while (code.length < resumeCodeLength) {
		if (bufferedBits < bitsPerCharacter) {
			buffer = ((buffer << 8) | bytes[next++]!) & 0xffff;
			bufferedBits += 8;
		}
		bufferedBits -= bitsPerCharacter;
		code += resumeCodeAlphabet[(buffer >> bufferedBits) & 0b11111];
	}
	return code;
}

/** 'ABCDE-FGHJK': two groups of five are easier to read aloud, print and type back. */
export function formatResumeCode(code: string): string {
	const groups: string[] = [];
	for (let i = 0; i < code.length; i += groupLength) groups.push(code.slice(i, i + groupLength));
	return groups.join('-');
}

// Crockford decoding: letters that look like digits are read as those digits.
const lookAlikes: Record<string, string> = { O: '0', I: '1', L: '1' };
const validCode = new RegExp(`^[${resumeCodeAlphabet}]{${resumeCodeLength}}$`);

/**
 * What the citizen typed, as a code, or null when it cannot be one. Accepts lower case, spaces,
 * dashes and dots anywhere, full-width characters (NFKC), and O / I / L for 0 / 1.
 */
export function normalizeResumeCode(input: string): string | null {
	const code = input
		.normalize('NFKC')
		.toUpperCase()
		.replace(/[\s\-‐‑‒–—.·]/g, '')
		.replace(/[OIL]/g, (c) => lookAlikes[c]!);
	return validCode.test(code) ? code : null;
}
