/**
 * The 34 provinces and centrally-run cities of the two-tier system (from 1 July 2025; Đồng Nai
 * a city from 30 April 2026). Seeded into the database and bundled with the app so that the
 * address field works offline; communes come from the list shipped as data
 * (server/units/data, seeded on first start) or a later import (`npm run units:import`).
 */
export type ProvinceKind = 'province' | 'city';
export type Province = { code: string; name: string; fullName: string; kind: ProvinceKind };

/** Effective date of this list: the resolutions in force on 25 July 2026. */
export const provincesEffectiveFrom = '2026-07-25';

export const provinces: readonly Province[] = [
	{ code: '01', name: 'Hà Nội', fullName: 'Thành phố Hà Nội', kind: 'city' },
	{ code: '04', name: 'Cao Bằng', fullName: 'Tỉnh Cao Bằng', kind: 'province' },
	{ code: '08', name: 'Tuyên Quang', fullName: 'Tỉnh Tuyên Quang', kind: 'province' },
	{ code: '11', name: 'Điện Biên', fullName: 'Tỉnh Điện Biên', kind: 'province' },
	{ code: '12', name: 'Lai Châu', fullName: 'Tỉnh Lai Châu', kind: 'province' },
	{ code: '14', name: 'Sơn La', fullName: 'Tỉnh Sơn La', kind: 'province' },
	{ code: '15', name: 'Lào Cai', fullName: 'Tỉnh Lào Cai', kind: 'province' },
	{ code: '19', name: 'Thái Nguyên', fullName: 'Tỉnh Thái Nguyên', kind: 'province' },
	{ code: '20', name: 'Lạng Sơn', fullName: 'Tỉnh Lạng Sơn', kind: 'province' },
	{ code: '22', name: 'Quảng Ninh', fullName: 'Tỉnh Quảng Ninh', kind: 'province' },
	{ code: '24', name: 'Bắc Ninh', fullName: 'Tỉnh Bắc Ninh', kind: 'province' },
	{ code: '25', name: 'Phú Thọ', fullName: 'Tỉnh Phú Thọ', kind: 'province' },
	{ code: '31', name: 'Hải Phòng', fullName: 'Thành phố Hải Phòng', kind: 'city' },
	{ code: '33', name: 'Hưng Yên', fullName: 'Tỉnh Hưng Yên', kind: 'province' },
	{ code: '37', name: 'Ninh Bình', fullName: 'Tỉnh Ninh Bình', kind: 'province' },
	{ code: '38', name: 'Thanh Hoá', fullName: 'Tỉnh Thanh Hoá', kind: 'province' },
	{ code: '40', name: 'Nghệ An', fullName: 'Tỉnh Nghệ An', kind: 'province' },
	{ code: '42', name: 'Hà Tĩnh', fullName: 'Tỉnh Hà Tĩnh', kind: 'province' },
	{ code: '44', name: 'Quảng Trị', fullName: 'Tỉnh Quảng Trị', kind: 'province' },
	{ code: '46', name: 'Huế', fullName: 'Thành phố Huế', kind: 'city' },
	{ code: '48', name: 'Đà Nẵng', fullName: 'Thành phố Đà Nẵng', kind: 'city' },
	{ code: '51', name: 'Quảng Ngãi', fullName: 'Tỉnh Quảng Ngãi', kind: 'province' },
	{ code: '52', name: 'Gia Lai', fullName: 'Tỉnh Gia Lai', kind: 'province' },
	{ code: '56', name: 'Khánh Hoà', fullName: 'Tỉnh Khánh Hoà', kind: 'province' },
	{ code: '66', name: 'Đắk Lắk', fullName: 'Tỉnh Đắk Lắk', kind: 'province' },
	{ code: '68', name: 'Lâm Đồng', fullName: 'Tỉnh Lâm Đồng', kind: 'province' },
	{ code: '75', name: 'Đồng Nai', fullName: 'Thành phố Đồng Nai', kind: 'city' },
	{ code: '79', name: 'Hồ Chí Minh', fullName: 'Thành phố Hồ Chí Minh', kind: 'city' },
	{ code: '80', name: 'Tây Ninh', fullName: 'Tỉnh Tây Ninh', kind: 'province' },
	{ code: '82', name: 'Đồng Tháp', fullName: 'Tỉnh Đồng Tháp', kind: 'province' },
	{ code: '86', name: 'Vĩnh Long', fullName: 'Tỉnh Vĩnh Long', kind: 'province' },
	{ code: '91', name: 'An Giang', fullName: 'Tỉnh An Giang', kind: 'province' },
	{ code: '92', name: 'Cần Thơ', fullName: 'Thành phố Cần Thơ', kind: 'city' },
	{ code: '96', name: 'Cà Mau', fullName: 'Tỉnh Cà Mau', kind: 'province' }
];

export function provinceByCode(code: string): Province | undefined {
	return provinces.find((p) => p.code === code);
}
