/** Typed route builders: pages link through these, never through string literals. */
export const routes = {
	home: '/',
	newSession: '/phien-moi',
	resume: '/tiep-tuc',
	lookup: '/tra-cuu',
	catalog: '/thu-tuc',
	practice: '/luyen-tap',
	login: '/dang-nhap'
} as const;
