import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search-index';

type Procedure = {
	code: string;
	name: string;
	keywords: string[];
	summary: string;
	authority: 'commune' | 'police';
};

const catalogue: Procedure[] = [
	{
		code: 'birth',
		name: 'Đăng ký khai sinh',
		keywords: ['giấy khai sinh', 'trẻ sơ sinh'],
		summary: 'Đăng ký cho trẻ em mới sinh tại xã nơi cha hoặc mẹ cư trú.',
		authority: 'commune'
	},
	{
		code: '3in1',
		name: 'Liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
		keywords: ['3 trong 1', 'BHYT', 'liên thông'],
		summary: 'Một hồ sơ cho ba thủ tục: khai sinh, thường trú và thẻ bảo hiểm y tế.',
		authority: 'commune'
	},
	{
		code: 'marriage',
		name: 'Đăng ký kết hôn',
		keywords: ['lấy vợ', 'lấy chồng', 'giấy đăng ký kết hôn'],
		summary: 'Hai bên nam nữ cùng có mặt tại Ủy ban nhân dân xã.',
		authority: 'commune'
	},
	{
		code: 'death',
		name: 'Đăng ký khai tử',
		keywords: ['giấy báo tử', 'người mất'],
		summary: 'Người thân đăng ký trong 15 ngày kể từ ngày mất.',
		authority: 'commune'
	},
	{
		code: 'marital-status',
		name: 'Xác nhận tình trạng hôn nhân',
		keywords: ['độc thân', 'chưa kết hôn'],
		summary: 'Giấy xác nhận có giá trị 6 tháng.',
		authority: 'commune'
	},
	{
		code: 'extract-copy',
		name: 'Cấp bản sao trích lục hộ tịch',
		keywords: ['bản sao giấy khai sinh', 'trích lục kết hôn'],
		summary: 'Cấp bản sao từ sổ hộ tịch, 8.000 đồng một bản.',
		authority: 'commune'
	},
	{
		code: 'certified-copy',
		name: 'Chứng thực bản sao từ bản chính',
		keywords: ['công chứng', 'sao y'],
		summary: 'Chứng thực bản sao giấy tờ tại xã, không phụ thuộc nơi cư trú.',
		authority: 'commune'
	},
	{
		code: 'permanent',
		name: 'Đăng ký thường trú',
		keywords: ['nhập hộ khẩu', 'CT01'],
		summary: 'Công an xã giải quyết trong 7 ngày làm việc.',
		authority: 'police'
	},
	{
		code: 'temporary',
		name: 'Đăng ký tạm trú',
		keywords: ['tạm trú', 'thuê nhà', 'CT01'],
		summary: 'Cho người ở ngoài nơi thường trú từ 30 ngày trở lên.',
		authority: 'police'
	},
	{
		code: 'residence-info',
		name: 'Xác nhận thông tin về cư trú',
		keywords: ['CT07', 'giấy xác nhận cư trú'],
		summary: 'Công an xã xác nhận nơi thường trú, tạm trú.',
		authority: 'police'
	}
];

const index = createSearchIndex(catalogue, (p) => [
	{ text: p.name, weight: 10 },
	{ text: p.keywords.join(' · '), weight: 3 },
	{ text: p.summary, weight: 1 }
]);

const codes = (query: string, opts?: Parameters<typeof index.search>[1]) =>
	index.search(query, opts).map((hit) => hit.item.code);

describe('createSearchIndex', () => {
	it('is accent-, case- and Unicode-form-insensitive', () => {
		for (const query of [
			'dang ky ket hon',
			'ĐĂNG KÝ KẾT HÔN',
			'Đăng ký kết hôn'.normalize('NFD'),
			'kết hôn',
			'ket hon',
			'  Ket-Hon '
		]) {
			expect(codes(query)[0], query).toBe('marriage');
		}
	});

	it('ranks birth registration first for "khai sinh" without accents', () => {
		const found = codes('khai sinh');
		expect(found[0]).toBe('birth');
		expect(found[1]).toBe('3in1');
		// found only through keywords, below both names
		expect(found).toContain('extract-copy');
		expect(found.indexOf('extract-copy')).toBeGreaterThan(1);
	});

	it('puts temporary before permanent residence for "tam tru"', () => {
		const found = codes('tam tru');
		expect(found[0]).toBe('temporary');
		expect(found).not.toContain('permanent');
		// "residence-info" mentions tạm trú only in its summary
		expect(found).toContain('residence-info');
		expect(found.indexOf('residence-info')).toBeGreaterThan(found.indexOf('temporary'));
		expect(codes('thuong tru')[0]).toBe('permanent');
	});

	it('matches the last word as a prefix while the user types', () => {
		expect(codes('khai s')[0]).toBe('birth');
		expect(codes('khai s')).not.toContain('death');
		expect(codes('dang ky k')).toEqual(
			expect.arrayContaining(['birth', 'marriage', 'death', '3in1'])
		);
		expect(codes('chung th')[0]).toBe('certified-copy');
		expect(codes('xac nhan tinh tr')[0]).toBe('marital-status');
	});

	it('ranks an exact phrase above all words scattered in the name', () => {
		const items = ['Hôn nhân tình trạng xác nhận', 'Xác nhận tình trạng hôn nhân'];
		const small = createSearchIndex(items, (name) => [{ text: name, weight: 10 }]);
		expect(small.search('xac nhan tinh trang hon nhan').map((h) => h.item)).toEqual([
			'Xác nhận tình trạng hôn nhân',
			'Hôn nhân tình trạng xác nhận'
		]);
	});

	it('ranks all words in the name above a prefix match and above other fields', () => {
		const items = [
			{ name: 'Cấp thẻ', keywords: 'bảo hiểm y tế' },
			{ name: 'Bảo hiểm xã hội một lần', keywords: '' },
			{ name: 'Cấp thẻ bảo hiểm', keywords: '' }
		];
		const small = createSearchIndex(items, (p) => [
			{ text: p.name, weight: 10 },
			{ text: p.keywords, weight: 3 }
		]);
		expect(small.search('bao hiem').map((h) => h.item.name)).toEqual([
			'Bảo hiểm xã hội một lần',
			'Cấp thẻ bảo hiểm',
			'Cấp thẻ'
		]);
		// "bao h" is a prefix match for all three, exact "bao hiem" still wins
		const typed = small.search('the bao h').map((h) => h.item.name);
		expect(typed).toEqual(['Cấp thẻ bảo hiểm', 'Cấp thẻ']);
	});

	it('scores an exact last word above a prefix of a longer word', () => {
		const items = ['Cấp bản sao', 'Cấp bản sao y'];
		const small = createSearchIndex(items, (name) => [{ text: name, weight: 1 }]);
		const hits = small.search('cap ban sao');
		expect(hits.map((h) => h.item)).toEqual(['Cấp bản sao', 'Cấp bản sao y']);
		expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
	});

	it('accepts both spellings of i/y', () => {
		expect(codes('dang ki ket hon')[0]).toBe('marriage');
		expect(codes('đăng kí tạm trú')[0]).toBe('temporary');
	});

	it('finds words that live only in keywords or summary', () => {
		expect(codes('bhyt')).toEqual(['3in1']);
		expect(codes('lấy vợ')).toEqual(['marriage']);
		expect(codes('CT01')).toEqual(['permanent', 'temporary']);
		expect(codes('8000')).toEqual([]);
		expect(codes('8.000')).toEqual(['extract-copy']);
	});

	it('applies filters and limits', () => {
		const police = (p: Procedure) => p.authority === 'police';
		expect(codes('dang ky', { filter: police })).toEqual(['permanent', 'temporary']);
		expect(codes('dang ky', { limit: 2 })).toHaveLength(2);
		expect(codes('dang ky', { limit: 0 })).toEqual([]);
		expect(codes('', { filter: police })).toEqual(['permanent', 'temporary', 'residence-info']);
	});

	it('returns every item in catalogue order for an empty query', () => {
		expect(codes('')).toEqual(catalogue.map((p) => p.code));
		expect(codes('  – ')).toEqual(catalogue.map((p) => p.code));
		expect(codes('', { limit: 3 })).toEqual(['birth', '3in1', 'marriage']);
		expect(index.search('').every((hit) => hit.score === 0)).toBe(true);
	});

	it('returns nothing when a word is not found', () => {
		expect(codes('ly hon')).toEqual([]);
		expect(codes('xyz')).toEqual([]);
		expect(codes('khai sinh xyz')).toEqual([]);
		expect(codes('kh sinh')).toEqual([]);
	});

	it('keeps ties in catalogue order and scores in descending order', () => {
		const hits = index.search('dang ky');
		const scores = hits.map((h) => h.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		const limited = index.search('d', { limit: 3 }).map((h) => h.item.code);
		expect(limited).toEqual(
			index
				.search('d')
				.slice(0, 3)
				.map((h) => h.item.code)
		);
	});

	it('handles an empty catalogue', () => {
		const empty = createSearchIndex<string>([], (s) => [{ text: s, weight: 1 }]);
		expect(empty.search('khai sinh')).toEqual([]);
		expect(empty.search('')).toEqual([]);
	});
});
