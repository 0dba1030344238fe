/**
 * Catalogue search latency: 5,000 generated procedures, ≥ 200 queries as a volunteer
 * types them (with and without accents, partial last word, upper case).
 * Target: median and p95 well under 2 ms per query on a slow 2-core machine.
 *
 * Run: npx tsx bench/catalog-search.bench.ts
 * Prints exactly two lines: BENCH catalog_search_median_ms … / BENCH catalog_search_p95_ms …
 */
import { createCatalogSearch } from '../src/lib/domain/procedures/catalog-search';
import type { ProcedureDefinition } from '../src/lib/domain/procedures/procedure.schema';
import { procedures as realProcedures } from '../src/testing/procedures/catalogue';
import { foldVietnamese } from '../src/lib/domain/text/normalize';

const PROCEDURE_COUNT = 5_000;
const QUERY_COUNT = 240;
const WARM_UP_ROUNDS = 2;
const ROUNDS = 5;
const LIMIT = 20;

/** mulberry32: tiny, seeded, identical on every platform. */
const prng = (seed: number) => () => {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const random = prng(20_260_217);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const actions = [
	'Đăng ký',
	'Cấp',
	'Cấp lại',
	'Cấp đổi',
	'Xác nhận',
	'Chứng thực',
	'Thay đổi, cải chính',
	'Gia hạn',
	'Điều chỉnh',
	'Thu hồi',
	'Giải quyết',
	'Hỗ trợ',
	'Thẩm định',
	'Công nhận',
	'Trợ cấp',
	'Đăng ký lại',
	'Ghi vào sổ',
	'Chuyển đổi',
	'Xóa đăng ký',
	'Tiếp nhận'
];
const objects = [
	'khai sinh',
	'kết hôn',
	'khai tử',
	'nhận cha, mẹ, con',
	'giám hộ',
	'thường trú',
	'tạm trú',
	'lưu trú',
	'thông tin về cư trú',
	'tình trạng hôn nhân',
	'trích lục hộ tịch',
	'bản sao từ bản chính',
	'chữ ký trong giấy tờ',
	'hợp đồng, giao dịch',
	'văn bản thừa kế',
	'giấy chứng nhận quyền sử dụng đất',
	'giấy phép xây dựng nhà ở riêng lẻ',
	'hộ kinh doanh',
	'giấy phép kinh doanh',
	'chứng chỉ hành nghề',
	'thẻ bảo hiểm y tế',
	'bảo hiểm xã hội một lần',
	'trợ cấp xã hội hằng tháng',
	'hộ nghèo, hộ cận nghèo',
	'người có công với cách mạng',
	'người khuyết tật',
	'mức độ khuyết tật',
	'mai táng phí',
	'học bổng chính sách',
	'chuyển trường cho học sinh',
	'đất trồng lúa',
	'khai thác thủy sản',
	'tàu cá',
	'chăn nuôi gia súc',
	'phòng cháy chữa cháy',
	'nghĩa vụ quân sự',
	'căn cước',
	'định danh điện tử',
	'tổ chức lễ hội',
	'câu lạc bộ thể thao'
];
const qualifiers = [
	'',
	'',
	'',
	'cho trẻ em dưới 6 tuổi',
	'có yếu tố nước ngoài',
	'lần đầu',
	'trong trường hợp bị mất, hư hỏng',
	'tại Ủy ban nhân dân cấp xã',
	'đối với người cao tuổi',
	'cho người Việt Nam định cư ở nước ngoài',
	'theo hình thức trực tuyến toàn trình',
	'khi thay đổi nơi cư trú',
	'cho đồng bào dân tộc thiểu số',
	'tại Trung tâm phục vụ hành chính công'
];
const keywordPool = [
	'giấy tờ',
	'hộ khẩu',
	'CCCD',
	'BHYT',
	'VNeID',
	'lệ phí',
	'miễn phí',
	'trực tuyến',
	'bưu chính công ích',
	'công an xã',
	'tư pháp',
	'hộ tịch',
	'chính sách',
	'ưu đãi',
	'nông nghiệp',
	'đất đai',
	'xây dựng',
	'giáo dục',
	'y tế',
	'lao động',
	'thương binh',
	'xã hội',
	'kinh doanh',
	'văn hóa'
];
const summaryParts = [
	'Người dân nộp hồ sơ',
	'Công chức tư pháp – hộ tịch tiếp nhận',
	'Trả kết quả trong',
	'ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
	'Nộp trực tiếp hoặc qua Cổng Dịch vụ công quốc gia',
	'Xuất trình giấy tờ tùy thân',
	'Lệ phí theo quy định của Hội đồng nhân dân tỉnh',
	'Kết quả được gửi qua bưu chính công ích',
	'Áp dụng cho công dân cư trú trên địa bàn xã'
];

// Real definitions (documents, fields of law, levels) with generated names and summaries, so
// the benchmark runs the catalogue's own search: its fields, weights and filter.
const procedures: ProcedureDefinition[] = Array.from({ length: PROCEDURE_COUNT }, (_, id) => {
	const template = realProcedures[id % realProcedures.length] as ProcedureDefinition;
	const name = [pick(actions), pick(objects), pick(qualifiers)].filter(Boolean).join(' ');
	const keywords = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(keywordPool));
	const summary = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(summaryParts))
		.join('. ')
		.concat('. ', keywords.join(', '), '.');
	return {
		...template,
		id: `thu-tuc-${id}`,
		slug: `thu-tuc-${id}`,
		name: { vi: name, en: `Procedure ${id}` },
		summary: { vi: summary, en: '' }
	};
});

const index = createCatalogSearch(procedures);

/** A query as typed at the desk: a run of words from a real name, sometimes half-typed. */
const typedQuery = (): string => {
	const words = pick(procedures).name.vi.split(' ');
	const start = Math.floor(random() * words.length);
	const length = 1 + Math.floor(random() * Math.min(4, words.length - start));
	let query = words.slice(start, start + length).join(' ');
	const style = random();
	if (style < 0.45) query = foldVietnamese(query);
	else if (style < 0.55) query = query.toUpperCase();
	if (random() < 0.35) {
		const last = query.length - (query.split(' ').pop() ?? '').length;
		query = query.slice(0, Math.max(last + 1, query.length - 1 - Math.floor(random() * 3)));
	}
	return query;
};

const fixedQueries = [
	'khai sinh',
	'dang ky khai sinh',
	'ĐĂNG KÝ KẾT HÔN',
	'ket hon',
	'tam tru',
	'thuong tru',
	'khai s',
	'xac nhan tinh trang hon nhan',
	'bảo hiểm y tế',
	'bhyt',
	'chung thuc ban sao',
	'giay phep xay',
	'ho ngheo',
	'nguoi co cong',
	'd',
	'đ',
	'c',
	'cap lai can cuoc',
	'trích lục',
	'hỗ trợ',
	'ly hon',
	'xyz'
];
const queries = [...fixedQueries];
while (queries.length < QUERY_COUNT) queries.push(typedQuery());

const timings: number[] = [];
for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
	for (const query of queries) {
		const start = performance.now();
		index.search(query, {}, LIMIT);
		const elapsed = performance.now() - start;
		if (round >= WARM_UP_ROUNDS) timings.push(elapsed);
	}
}

timings.sort((a, b) => a - b);
const quantile = (q: number): number =>
	timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] as number;

console.log(`BENCH catalog_search_median_ms ${quantile(0.5).toFixed(3)} ms`);
console.log(`BENCH catalog_search_p95_ms ${quantile(0.95).toFixed(3)} ms`);
