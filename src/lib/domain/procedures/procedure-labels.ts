import type { LocalizedText } from '../validation/issue';

/** Fields of law (lĩnh vực), as the public-service portals group procedures. */
export const fieldOfLawNames = {
	civil_status: { vi: 'Hộ tịch', en: 'Civil status' },
	residence: { vi: 'Cư trú', en: 'Residence' },
	certification: { vi: 'Chứng thực', en: 'Certification' },
	identity: { vi: 'Căn cước', en: 'Identity cards' },
	health_insurance: { vi: 'Bảo hiểm y tế', en: 'Health insurance' },
	social_protection: { vi: 'Bảo trợ xã hội', en: 'Social protection' },
	land: { vi: 'Đất đai', en: 'Land' },
	business: { vi: 'Hộ kinh doanh', en: 'Household business' },
	military: { vi: 'Nghĩa vụ quân sự', en: 'Military service' }
} as const satisfies Record<string, LocalizedText>;

export type FieldOfLaw = keyof typeof fieldOfLawNames;

/**
 * Since 2022: toàn trình (filing, processing and result online or by public post) or một phần;
 * one-stop software still stores them as levels 4 / 3 (2 = not online).
 */
export const levelNames = {
	full: { vi: 'Toàn trình', en: 'Fully online' },
	partial: { vi: 'Một phần', en: 'Partly online' },
	none: { vi: 'Không trực tuyến', en: 'Not online' }
} as const satisfies Record<string, LocalizedText>;

export type ServiceLevel = keyof typeof levelNames;

export const legacyLevelNumber = { full: 4, partial: 3, none: 2 } as const satisfies Record<
	ServiceLevel,
	number
>;

export const deliveryNames = {
	desk: { vi: 'Nhận tại bộ phận một cửa', en: 'Collect at the one-stop desk' },
	post: { vi: 'Nhận qua bưu chính công ích', en: 'By public post' },
	online: { vi: 'Nhận bản điện tử trực tuyến', en: 'Online, as an electronic copy' }
} as const satisfies Record<string, LocalizedText>;

export type Delivery = keyof typeof deliveryNames;

export const sexNames = {
	male: { vi: 'Nam', en: 'Male' },
	female: { vi: 'Nữ', en: 'Female' }
} as const satisfies Record<string, LocalizedText>;
