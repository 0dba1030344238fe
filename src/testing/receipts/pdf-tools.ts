/**
 * Test-only: reads rendered PDFs back with poppler and zbar. pdf-lib prints garbage for a
 * missing glyph without failing (STACK.md trap 9), so only reading the text and the codes back
 * out of the file proves that a document says what it should.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReceiptFonts } from '$lib/receipts/types';

const debianPackage = {
	pdftotext: 'poppler-utils',
	pdftoppm: 'poppler-utils',
	zbarimg: 'zbar-tools'
};
type Tool = keyof typeof debianPackage;

function run(tool: Tool, args: string[], okStatuses: number[] = [0]): string {
	const result = spawnSync(tool, args, { encoding: 'utf8' });
	if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
		throw new Error(
			`${tool} is not installed: install the Debian package ${debianPackage[tool]} (apt-get install -y ${debianPackage[tool]}).`
		);
	}
	if (result.error) throw result.error;
	if (!okStatuses.includes(result.status ?? -1)) {
		throw new Error(`${tool} ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
	}
	return result.stdout;
}

function withTempPdf<T>(pdf: Uint8Array, use: (file: string, dir: string) => T): T {
	const dir = mkdtempSync(path.join(tmpdir(), 'cunglam-receipt-'));
	try {
		const file = path.join(dir, 'document.pdf');
		writeFileSync(file, pdf);
		return use(file, dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * The text as `pdftotext -layout` reads it, in NFC; pages are separated by form feeds. `raw`
 * keeps the form the PDF itself carries, to show that what was drawn was already NFC.
 */
export function runPdfToText(pdf: Uint8Array, { raw = false } = {}): string {
	const text = withTempPdf(pdf, (file) =>
		run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])
	);
	return raw ? text : text.normalize('NFC');
}

export type WordBox = {
	page: number;
	word: string;
	xMin: number;
	xMax: number;
	yMin: number;
	yMax: number;
	pageWidth: number;
	pageHeight: number;
};

/** Every word with its box in points, y measured from the top of the page (`pdftotext -bbox`). */
export function runPdfToWordBoxes(pdf: Uint8Array): WordBox[] {
	const html = withTempPdf(pdf, (file) => run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']));
	const boxes: WordBox[] = [];
	let page = 0;
	let pageWidth = 0;
	let pageHeight = 0;
	const tags =
		/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
	for (const m of html.matchAll(tags)) {
		if (m[1]) {
			page++;
			pageWidth = Number(m[1]);
			pageHeight = Number(m[2]);
		} else {
			boxes.push({
				page,
				word: m[7]!.normalize('NFC'),
				xMin: Number(m[3]),
				yMin: Number(m[4]),
				xMax: Number(m[5]),
				yMax: Number(m[6]),
				pageWidth,
				pageHeight
			});
		}
	}
	return boxes;
}

/** The data of every QR and barcode zbar finds on the pages rendered at 200 dpi. */
export function decodeBarcodes(pdf: Uint8Array): string[] {
	return withTempPdf(pdf, (file, dir) => {
		run('pdftoppm', ['-r', '200', '-png', file, path.join(dir, 'page')]);
		const pages = readdirSync(dir)
			.filter((name) => name.endsWith('.png'))
			.sort()
			.map((name) => path.join(dir, name));
		// zbarimg exits with 4 when a page holds no code at all, which some pages may not.
		const out = run('zbarimg', ['--raw', '-q', ...pages], [0, 4]);
		return out.split('\n').filter((line) => line !== '');
	});
}

/** Be Vietnam Pro from node_modules, as the Node font loader reads it. */
export function readTestFonts(): ReceiptFonts {
	const require = createRequire(import.meta.url);
	const read = (file: string) =>
		new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${file}`)));
	return {
		regular: read('400Regular/BeVietnamPro_400Regular.ttf'),
		bold: read('700Bold/BeVietnamPro_700Bold.ttf')
	};
}
