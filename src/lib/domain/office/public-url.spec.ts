import { describe, expect, it } from 'vitest';
import { configuredOriginUrl, linkBase, serverPublicUrl } from './public-url';

/** Where a receipt's QR code leads, as the server and then the printing page resolve it. */
const receiptLinkBase = (
	officeUrl: string | undefined,
	origin: string | undefined,
	pageOrigin: string
) => linkBase(serverPublicUrl(officeUrl, origin), pageOrigin);

describe('the public address of printed links (issue 19, item 6)', () => {
	const office = 'https://cunglam.badinh.vn';
	const origin = 'https://dichvu.badinh.vn';
	const page = 'http://localhost:3000';

	it('is the office address first, then ORIGIN, then the page the receipt is printed from', () => {
		expect(receiptLinkBase(office, origin, page)).toBe(office);
		expect(receiptLinkBase(office, undefined, page)).toBe(office);
		expect(receiptLinkBase(undefined, origin, page)).toBe(origin);
		expect(receiptLinkBase(undefined, undefined, page)).toBe(page);
	});

	it('takes ORIGIN as the origin it names, plain http on the ward network included', () => {
		expect(configuredOriginUrl('https://dichvu.badinh.vn/')).toBe('https://dichvu.badinh.vn');
		expect(configuredOriginUrl(' http://192.168.1.10:3000 ')).toBe('http://192.168.1.10:3000');
	});

	it('ignores an ORIGIN that is empty or no web address, falling back to the page', () => {
		for (const bad of ['', '   ', 'dichvu.badinh.vn', 'ftp://x.vn'])
			expect(receiptLinkBase(undefined, bad, page)).toBe(page);
	});
});
