import { describe, expect, it } from 'vitest';
import { procedures } from '$testing/procedures/catalogue';
import { createCatalogSearch } from './catalog-search';

const catalog = createCatalogSearch(procedures);
const first = (query: string, filter?: Parameters<typeof catalog.search>[1]) =>
	catalog.search(query, filter)[0]?.id;

describe('catalogue search', () => {
	it.each([
		['dang ky ket hon', 'dang-ky-ket-hon'],
		['Đăng ký kết hôn', 'dang-ky-ket-hon'],
		['ĐĂNG KÝ KẾT HÔN', 'dang-ky-ket-hon'],
		['dang ki ket hon', 'dang-ky-ket-hon'],
		['khai sinh', 'dang-ky-khai-sinh'],
		['KHAI SINH', 'dang-ky-khai-sinh'],
		['tam tru', 'dang-ky-tam-tru'],
		['dang ky tam tru', 'dang-ky-tam-tru'],
		['thuong tru', 'dang-ky-thuong-tru'],
		['khai tu', 'dang-ky-khai-tu'],
		['chung thuc ban sao', 'chung-thuc-ban-sao-tu-ban-chinh'],
		['chung thuc chu ky', 'chung-thuc-chu-ky'],
		// đ typed as d, as Đ, or as its look-alike ð
		['dang ky khai tu', 'dang-ky-khai-tu'],
		['ðăng ký khai tử', 'dang-ky-khai-tu'],
		// decomposed (NFD) input from some keyboards
		['Đăng ký tạm trú'.normalize('NFD'), 'dang-ky-tam-tru'],
		// the last word may be unfinished while typing
		['dang ky tam t', 'dang-ky-tam-tru']
	])('"%s" finds %s first', (query, id) => {
		expect(first(query)).toBe(id);
	});

	it('finds the same procedures with or without diacritics', () => {
		for (const [plain, marked] of [
			['dang ky', 'đăng ký'],
			['ho tich', 'hộ tịch'],
			['cu tru', 'cư trú']
		] as const) {
			expect(catalog.search(plain).map((p) => p.id)).toEqual(
				catalog.search(marked).map((p) => p.id)
			);
			expect(catalog.search(plain).length).toBeGreaterThan(0);
		}
	});

	it('combines the words with the field of law', () => {
		const residence = catalog.search('dang ky', { field: 'residence' }).map((p) => p.id);
		expect(residence).toEqual(expect.arrayContaining(['dang-ky-tam-tru', 'dang-ky-thuong-tru']));
		expect(residence).not.toContain('dang-ky-ket-hon');
		expect(catalog.search('ket hon', { field: 'residence' })).toEqual([]);
		const certification = catalog.search('', { field: 'certification' });
		expect(certification.map((p) => p.id)).toContain('chung-thuc-ban-sao-tu-ban-chinh');
		for (const p of certification) expect(p.field).toBe('certification');
	});

	it('finds nothing for words no procedure has', () => {
		expect(catalog.search('xyzxyz')).toEqual([]);
	});
});
