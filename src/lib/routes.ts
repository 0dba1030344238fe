import { resolve } from '$app/paths';

/** Typed route builders: pages link through these, never through string literals. */
export const routes = {
	home: resolve('/'),
	newSession: resolve('/phien-moi'),
	resume: resolve('/tiep-tuc'),
	lookup: resolve('/tra-cuu'),
	catalog: resolve('/thu-tuc'),
	practice: resolve('/luyen-tap'),
	login: resolve('/dang-nhap'),
	unitsAdmin: resolve('/quan-tri/don-vi-hanh-chinh'),
	staffAccounts: resolve('/quan-ly/tai-khoan'),
	shifts: resolve('/quan-ly/ca-truc'),
	dashboard: resolve('/quan-ly/so-lieu'),
	helpLog: resolve('/tinh-nguyen-vien/nhat-ky'),
	submitted: (reference: string) => resolve('/da-nop/[ma]', { ma: reference }),
	lookupCode: (code: string) => `${resolve('/tra-cuu')}?ma=${encodeURIComponent(code)}`,
	procedure: (slug: string) => resolve('/thu-tuc/[slug]', { slug }),
	procedureForm: (slug: string, draftId?: string) =>
		resolve('/thu-tuc/[slug]/lam', { slug }) +
		(draftId ? `?ho-so=${encodeURIComponent(draftId)}` : ''),
	newSessionFor: (slug: string) => `${resolve('/phien-moi')}?thu-tuc=${encodeURIComponent(slug)}`
} as const;
