import { resolve } from '$app/paths';

/** Typed route builders: pages link through these, never through string literals. */
export const routes = {
	home: resolve('/'),
	newSession: resolve('/phien-moi'),
	/** "Hướng dẫn người dân": the citizen chooses the PIN; their form opens in coaching mode. */
	newCoachedSession: `${resolve('/phien-moi')}?huong-dan=1`,
	resume: resolve('/tiep-tuc'),
	lookup: resolve('/tra-cuu'),
	catalog: resolve('/thu-tuc'),
	/** "Chưa rõ nên chọn thủ tục nào?": the answers so far are the address (procedure-guide.ts). */
	procedureGuide: (answers: readonly string[] = []) =>
		resolve('/thu-tuc/chon-thu-tuc') +
		(answers.length > 0
			? `?${answers.map((a) => `tra-loi=${encodeURIComponent(a)}`).join('&')}`
			: ''),
	practice: resolve('/luyen-tap'),
	practiceCase: (id: string) => resolve('/luyen-tap/tinh-huong/[ma]', { ma: id }),
	practiceGroup: (code: string) => resolve('/luyen-tap/nhom/[ma]', { ma: code }),
	login: resolve('/dang-nhap'),
	/** "Việc hôm nay": each role's start page after login (the officer's is the inbox). */
	volunteerStart: resolve('/tinh-nguyen-vien'),
	managerStart: resolve('/quan-ly'),
	adminStart: resolve('/quan-tri'),
	unitsAdmin: resolve('/quan-tri/don-vi-hanh-chinh'),
	calendarAdmin: resolve('/quan-tri/lich-lam-viec'),
	procedureAdmin: resolve('/quan-tri/thu-tuc'),
	officeAdmin: resolve('/quan-tri/co-quan'),
	feesAdmin: resolve('/quan-tri/muc-thu'),
	phonePrefixesAdmin: resolve('/quan-tri/dau-so-di-dong'),
	notificationsAdmin: resolve('/quan-tri/thong-bao'),
	procedurePreview: (id: string, version: number) =>
		resolve('/quan-tri/thu-tuc/xem-thu/[id]/[version]', { id, version: String(version) }),
	staffAccounts: resolve('/quan-ly/tai-khoan'),
	shifts: resolve('/quan-ly/ca-truc'),
	dashboard: resolve('/quan-ly/so-lieu'),
	helpLog: resolve('/tinh-nguyen-vien/nhat-ky'),
	deviceSettings: resolve('/quan-ly/cai-dat-may'),
	devices: resolve('/quan-ly/may-tinh'),
	officerInbox: resolve('/can-bo'),
	accessAudit: resolve('/quan-ly/nhat-ky-truy-cap'),
	officerDossier: (code: string) => resolve('/can-bo/ho-so/[ma]', { ma: code }),
	officerAttachment: (code: string, sha256: string) =>
		resolve('/api/can-bo/ho-so/[code]/tep/[sha256]', { code, sha256 }),
	submitted: (reference: string) => resolve('/da-nop/[ma]', { ma: reference }),
	lookupCode: (code: string) => `${resolve('/tra-cuu')}?ma=${encodeURIComponent(code)}`,
	procedure: (slug: string) => resolve('/thu-tuc/[slug]', { slug }),
	procedureForm: (slug: string, draftId?: string) =>
		resolve('/thu-tuc/[slug]/lam', { slug }) +
		(draftId ? `?ho-so=${encodeURIComponent(draftId)}` : ''),
	newSessionFor: (slug: string) => `${resolve('/phien-moi')}?thu-tuc=${encodeURIComponent(slug)}`
} as const;
