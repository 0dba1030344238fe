import { describe, expect, it } from 'vitest';
import { drawableText } from './pdf-fonts';

const latin = new Set(
	Array.from('abcdefghijklmnopqrstuvwxyzĐđăâêôơưĂÂÊÔƠƯảãạấầẩẫậằẳặếềểễệốồổỗộớờởỡợứừửữự ,.', (c) =>
		c.codePointAt(0)!
	)
);

describe('drawableText', () => {
	it('composes decomposed Vietnamese (NFD) before anything is drawn', () => {
		const nfd = 'Nguyễn Thị Hằng'.normalize('NFD');
		expect(nfd).not.toBe('Nguyễn Thị Hằng');
		const covered = new Set([...latin, ...Array.from('NTHgyịễằ', (c) => c.codePointAt(0)!)]);
		expect(drawableText(nfd, covered)).toBe('Nguyễn Thị Hằng');
	});

	it('puts "?" for a character the font lacks and drops control characters', () => {
		expect(drawableText('đ文ă\u0007\u200b', latin)).toBe('đ?ă');
		expect(drawableText('a\tb\nc', latin)).toBe('a b\nc');
	});
});
