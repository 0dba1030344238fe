import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { toNfc } from '$lib/domain/text/normalize';
import type { ReceiptFonts } from './types';

export type DocumentFonts = {
	regular: PDFFont;
	bold: PDFFont;
	/** Every string passes through here before it is measured or drawn. */
	drawable(text: string): string;
	/** Advance width of already drawable text, in points. */
	width(text: string, bold: boolean, size: number): number;
};

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type ParsedFont = ReturnType<Fontkit['create']>;

/**
 * fontkit parses a font anew for each document, and its lazily decoded tables (GSUB, GPOS,
 * glyph data) were most of a receipt's time. The font bytes come from one cached load, so
 * the parsed font is kept with them and shared by every document: pdf-lib reads it and makes a
 * fresh subset for each, never changing it.
 */
const parsedFonts = new WeakMap<Uint8Array, ParsedFont>();
const cachingFontkit: Fontkit = {
	create(bytes, postscriptName) {
		let font = postscriptName === undefined ? parsedFonts.get(bytes) : undefined;
		if (!font) {
			font = fontkit.create(bytes, postscriptName);
			if (postscriptName === undefined) parsedFonts.set(bytes, font);
		}
		return font;
	}
};

const REPLACEMENT = '?';
const CONTROL = /^[\p{Cc}\p{Cf}]$/u;

/**
 * Embeds Be Vietnam Pro as subsets: only the glyphs a document uses travel in the PDF (a
 * receipt stays near 11 KB instead of 270 KB of whole fonts, STACK.md trap 9).
 */
export async function embedReceiptFonts(
	doc: PDFDocument,
	bytes: ReceiptFonts
): Promise<DocumentFonts> {
	doc.registerFontkit(cachingFontkit);
	const [regular, bold] = await Promise.all([
		doc.embedFont(bytes.regular, { subset: true }),
		doc.embedFont(bytes.bold, { subset: true })
	]);
	const boldSet = new Set(bold.getCharacterSet());
	const covered = new Set(regular.getCharacterSet().filter((c) => boldSet.has(c)));
	// Each measurement runs fontkit's shaping; the word wrap asks for the same words again and
	// again (height first, then drawing), so widths are kept per weight at 1 pt.
	const widths = [new Map<string, number>(), new Map<string, number>()] as const;
	const width = (text: string, isBold: boolean, size: number) => {
		const cache = widths[isBold ? 1 : 0];
		let unit = cache.get(text);
		if (unit === undefined) {
			unit = (isBold ? bold : regular).widthOfTextAtSize(text, 1);
			cache.set(text, unit);
		}
		return unit * size;
	};
	return { regular, bold, drawable: (text) => drawableText(text, covered), width };
}

/**
 * NFC first: pdf-lib drops the positioning of combining marks, so decomposed input (macOS, some
 * Unikey modes) would print its accents beside the letters (STACK.md trap 9). Then a character
 * the font lacks becomes '?', because pdf-lib prints garbage for a missing glyph without failing;
 * newlines stay for the word wrap to break on.
 */
export function drawableText(text: string, covered: ReadonlySet<number>): string {
	let out = '';
	for (const char of toNfc(text).replace(/\t/g, ' ')) {
		if (char === '\n') out += char;
		else if (!CONTROL.test(char)) out += covered.has(char.codePointAt(0)!) ? char : REPLACEMENT;
	}
	return out;
}
