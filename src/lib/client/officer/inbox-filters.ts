/**
 * The inbox's filters as the page's query string, so that a reload, a bookmark or the back
 * button keeps them: `/can-bo?trang-thai=processing&han=week&nguoi-nop=hoa`. Unknown or
 * malformed values are dropped, never sent to the server.
 */
import { dossierChannels, type DossierChannel } from '$lib/domain/dossier/channel';
import { dossierStatuses } from '$lib/domain/dossier/status';
import { inboxDueFilters, type InboxDue } from '$lib/domain/dossier/inbox-search';

export type InboxStatus = (typeof dossierStatuses)[number] | 'overdue';

export type InboxFilters = {
	code: string;
	status: InboxStatus | '';
	procedureId: string;
	channel: DossierChannel | '';
	due: InboxDue | '';
	applicant: string;
	assignedToMe: boolean;
	offset: number;
};

export const emptyInboxFilters: InboxFilters = {
	code: '',
	status: '',
	procedureId: '',
	channel: '',
	due: '',
	applicant: '',
	assignedToMe: false,
	offset: 0
};

const names = {
	code: 'ma',
	status: 'trang-thai',
	procedureId: 'thu-tuc',
	channel: 'kenh',
	due: 'han',
	applicant: 'nguoi-nop',
	assignedToMe: 'cua-toi',
	offset: 'tu'
} as const satisfies Record<keyof InboxFilters, string>;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' =>
	value !== null && (list as readonly string[]).includes(value) ? (value as T) : '';

const MAX_TEXT = 100;
const text = (value: string | null) => (value ?? '').trim().slice(0, MAX_TEXT);

export function filtersFromQuery(query: URLSearchParams): InboxFilters {
	const offset = Number(query.get(names.offset));
	return {
		code: text(query.get(names.code)),
		status: oneOf<InboxStatus>([...dossierStatuses, 'overdue'], query.get(names.status)),
		procedureId: text(query.get(names.procedureId)),
		channel: oneOf(dossierChannels, query.get(names.channel)),
		due: oneOf(inboxDueFilters, query.get(names.due)),
		applicant: text(query.get(names.applicant)),
		assignedToMe: query.get(names.assignedToMe) === '1',
		offset: Number.isInteger(offset) && offset > 0 && offset < 1_000_000 ? offset : 0
	};
}

/** Only what is set, in a stable order: `?` + the result is the page's address. */
export function queryOfFilters(filters: InboxFilters): URLSearchParams {
	const query = new URLSearchParams();
	for (const key of Object.keys(names) as (keyof InboxFilters)[]) {
		const value = filters[key];
		if (value === '' || value === false || value === 0) continue;
		query.set(names[key], value === true ? '1' : String(value));
	}
	return query;
}
