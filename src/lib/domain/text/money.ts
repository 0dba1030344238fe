import type { Locale } from './locale';

const formats: Record<Locale, Intl.NumberFormat> = {
	vi: new Intl.NumberFormat('vi-VN'),
	en: new Intl.NumberFormat('en-GB')
};

/** "8.000 đồng" in Vietnamese, "8,000 VND" in English. */
export function formatVnd(amount: number, locale: Locale): string {
	return locale === 'vi' ? `${formats.vi.format(amount)} đồng` : `${formats.en.format(amount)} VND`;
}
