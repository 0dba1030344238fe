import type { TemplateFacts } from './templates';

/** What a message about a dossier may tell, before it is put into the template's words. */
export type DossierMessageFacts = {
	code: string;
	procedureName: string;
	/** The due date as an ISO day (yyyy-mm-dd): the promised one, or the new one after a delay. */
	dueDate?: string;
	/** The public address citizens reach (office's, then ORIGIN): the link leads to its look-up. */
	publicUrl: string;
	officeName: string;
	/** The officer's reason (refusal, extension, lateness), as the look-up shows it. */
	reason?: string;
	/** The papers asked for, by their labels. */
	papers?: readonly string[];
	/** How to collect the result, or that it can be downloaded at the look-up. */
	howToCollect?: string;
};

/** 'https://x.vn/' and a code → 'https://x.vn/tra-cuu?ma=CODE', as receipts' QR codes lead. */
export const lookupLink = (publicUrl: string, code: string): string =>
	`${publicUrl.replace(/\/+$/, '')}/tra-cuu?ma=${encodeURIComponent(code)}`;

/** '2026-12-12' → '12/12/2026', the way dates are written to citizens. */
export const vietnameseDate = (isoDay: string): string => {
	const [year, month, day] = isoDay.slice(0, 10).split('-');
	return `${day}/${month}/${year}`;
};

/**
 * The placeholders' values for one dossier (templates.ts): the code, the procedure, the date,
 * the look-up link and the office's words; never the applicant's name or answers.
 */
export function messageFacts(facts: DossierMessageFacts): TemplateFacts {
	return {
		maHoSo: facts.code,
		thuTuc: facts.procedureName,
		lienKetTraCuu: lookupLink(facts.publicUrl, facts.code),
		coQuan: facts.officeName,
		...(facts.dueDate ? { hanTra: vietnameseDate(facts.dueDate) } : {}),
		...(facts.reason ? { lyDo: facts.reason } : {}),
		...(facts.papers?.length ? { giayToCanBo: facts.papers.join(', ') } : {}),
		...(facts.howToCollect ? { cachNhan: facts.howToCollect } : {})
	};
}

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
