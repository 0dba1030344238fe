// Renders static/favicon.svg to the PNG icons the web app manifest needs, with Debian's
// Chromium. Run by hand after changing the logo: node scripts/make-icons.js
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';

const svg = readFileSync('static/favicon.svg', 'utf8');
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
for (const { size, maskable } of [
	{ size: 192, maskable: false },
	{ size: 512, maskable: false },
	{ size: 512, maskable: true }
]) {
	// A maskable icon keeps its content inside the central 80 % safe zone on a full bleed.
	const inner = maskable ? Math.round(size * 0.7) : size;
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? '#0b5cad' : 'transparent'}">
		<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`
	);
	const name = maskable ? `icon-maskable-${size}.png` : `icon-${size}.png`;
	await page.screenshot({ path: `static/icons/${name}`, omitBackground: !maskable });
	console.log(`static/icons/${name}`);
}
await browser.close();
