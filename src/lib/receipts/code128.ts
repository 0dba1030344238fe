/**
 * Code 128 of the dossier code. bwip-js encodes (its generic build runs in Node and the browser
 * and lets the bundler keep only this symbology); we draw the bars ourselves as filled
 * rectangles, because its SVG strokes lines, which print with soft edges (STACK.md trap 10).
 */
import { code128, type DrawingContext } from 'bwip-js/generic';
import type { PageFlow, Rect } from './page-flow';

/** Start and width of each bar, in modules (narrowest bar = 1). */
export type Code128 = { modules: number; bars: { start: number; width: number }[] };

/** ISO/IEC 15417 asks for at least ten modules of white on each side. */
export const CODE128_QUIET_MODULES = 10;

// An even horizontal scale puts every bar centre on a whole unit, so dividing back gives exact
// module edges; bwip-js reports bars as centre lines with a stroke width.
const SCALE_X = 4;

export function encodeCode128(text: string): Code128 {
	const bars: Code128['bars'] = [];
	let modules = 0;
	const drawing: DrawingContext<void> = {
		scale: () => null,
		measure: () => ({ width: 0, ascent: 0, descent: 0 }),
		init: (width) => {
			modules = Math.round(width / SCALE_X);
		},
		line: (x0, _y0, _x1, _y1, lineWidth) => {
			bars.push({
				start: Math.round((x0 - lineWidth / 2) / SCALE_X),
				width: Math.round(lineWidth / SCALE_X)
			});
		},
		polygon: () => {},
		hexagon: () => {},
		ellipse: () => {},
		fill: () => {},
		text: () => {},
		end: () => {}
	};
	code128({ bcid: 'code128', text, scaleX: SCALE_X, scaleY: 1, includetext: false }, drawing);
	if (bars.length === 0) throw new Error(`bwip-js drew no bars for the Code 128 of "${text}"`);
	return { modules, bars };
}

/** Draws the bars with their quiet zones inside `area`, centred; returns the width used. */
export function drawCode128(
	flow: PageFlow,
	symbol: Code128,
	area: { x: number; top: number; width: number; height: number; moduleWidth: number }
): number {
	const total = (symbol.modules + 2 * CODE128_QUIET_MODULES) * area.moduleWidth;
	// Too narrow a column: thinner modules rather than bars cut off by the margin.
	const moduleWidth =
		total > area.width
			? area.width / (symbol.modules + 2 * CODE128_QUIET_MODULES)
			: area.moduleWidth;
	const used = (symbol.modules + 2 * CODE128_QUIET_MODULES) * moduleWidth;
	const x0 = area.x + (area.width - used) / 2 + CODE128_QUIET_MODULES * moduleWidth;
	const rects: Rect[] = symbol.bars.map((bar) => ({
		x: x0 + bar.start * moduleWidth,
		y: area.top - area.height,
		width: bar.width * moduleWidth,
		height: area.height
	}));
	flow.fillRects(rects);
	return used;
}
