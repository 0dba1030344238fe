import type { TemplateFacts } from './templates';

/** 'Giấy chứng sinh, Đơn' → 'Giay chung sinh, Don': Vietnamese letters as GSM 03.38 can carry. */
export const withoutDiacritics = (text: string): string =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.normalize('NFC');

/**
 * The facts as an SMS carries them: without diacritics, like the shipped SMS texts, so that an
 * officer's reason or a paper's name does not turn the message into UCS-2 (70 characters a part).
 */
export function smsFacts(facts: TemplateFacts): TemplateFacts {
	return Object.fromEntries(
		Object.entries(facts).map(([name, value]) => [name, withoutDiacritics(value)])
	) as TemplateFacts;
}
