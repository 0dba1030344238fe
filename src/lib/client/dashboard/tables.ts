/**
 * The dashboard's tables, built once from the figures: the page shows them, the CSV export
 * writes them and the charts' text alternatives read them, so the three never disagree.
 */
import { ratingCriteria, satisfactionLevels } from '$lib/domain/coaching/coaching-record';
import type { Locale, MessageKey, MessageParams } from '$lib/i18n/translate';
import type { DashboardFigures, DossierFigures } from './figures';

export type Cell = string | number;
export type FigureTable = {
	id: string;
	caption: string;
	/** The first column heads the rows (th scope="row"). */
	columns: string[];
	rows: Cell[][];
};

export type Labels = {
	t: (key: MessageKey, params?: MessageParams) => string;
	locale: Locale;
	procedureName: (id: string) => string;
};

const formats = new Map<Locale, Intl.NumberFormat>();
export function formatNumber(value: number, locale: Locale): string {
	let format = formats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
			maximumFractionDigits: 1
		});
		formats.set(locale, format);
	}
	return format.format(value);
}

/** A share 0–1 as a percentage, one decimal at most: '62,5 %'. */
export const percentOf = (share: number) => Math.round(share * 1000) / 10;

/**
 * A share as the page writes it, '62,5 %', or "Chưa có số liệu" when it is a share of nothing
 * (`of` is 0): "0 % on time" would say every dossier was late when none has a result yet.
 */
export function shareText(share: number, of: number, { t, locale }: Pick<Labels, 't' | 'locale'>) {
	if (of === 0) return t('dashboard.noShare');
	return t('dashboard.percent', { value: formatNumber(percentOf(share), locale) });
}

/** Fewer points than this make a line that says less than a sentence: the page writes one. */
export const minChartPoints = 3;

export function bucketLabel(bucket: string, kind: 'week' | 'month', { t }: Labels): string {
	const [y, m, d] = bucket.split('-');
	return kind === 'week'
		? t('dashboard.weekOf', { date: `${d}/${m}/${y}` })
		: t('dashboard.monthOf', { month: `${m}/${y}` });
}

export function selfDoneTable(figures: DashboardFigures, labels: Labels): FigureTable {
	const { t } = labels;
	const row = (head: string, p: DashboardFigures['coaching']['totals']): Cell[] => [
		head,
		p.sessions,
		shareText(p.shareAlone, p.stepsTotal, labels),
		shareText(p.shareAfterHelp, p.stepsTotal, labels),
		shareText(p.shareVolunteer, p.stepsTotal, labels)
	];
	return {
		id: 'tu-lam',
		caption: t('dashboard.selfDone'),
		columns: [
			t('dashboard.bucketColumn'),
			t('dashboard.sessions'),
			t('dashboard.alone'),
			t('dashboard.afterHelp'),
			t('dashboard.volunteerDid')
		],
		rows: [
			...figures.coaching.series.map((p) =>
				row(bucketLabel(p.bucket, figures.period.bucket, labels), p)
			),
			row(t('dashboard.total'), figures.coaching.totals)
		]
	};
}

export function summaryTable(figures: DashboardFigures, { t }: Labels): FigureTable {
	const { totals, practiceSessions, skillCards } = figures.coaching;
	return {
		id: 'tom-tat',
		caption: t('dashboard.summary'),
		columns: [t('dashboard.figure'), t('dashboard.value')],
		rows: [
			[t('dashboard.sessions'), totals.sessions],
			[t('dashboard.practiceSessions'), practiceSessions],
			[t('dashboard.steps'), totals.stepsTotal],
			[t('dashboard.alone'), totals.stepsAlone],
			[t('dashboard.afterHelp'), totals.stepsAfterHelp],
			[t('dashboard.volunteerDid'), totals.stepsVolunteer],
			[t('dashboard.returning'), skillCards.returning],
			[t('dashboard.rose'), skillCards.rose]
		]
	};
}

/** Issue 20: messages to citizens sent and given up on, and consents withdrawn, in the period. */
export function notificationsTable(figures: DashboardFigures, { t }: Labels): FigureTable {
	const { sent, failed, withdrawn } = figures.notifications;
	return {
		id: 'tin-nhan',
		caption: t('dashboard.notifications'),
		columns: [t('dashboard.figure'), t('dashboard.value')],
		rows: [
			[t('dashboard.notificationsSent'), sent],
			[t('dashboard.notificationsFailed'), failed],
			[t('dashboard.consentsWithdrawn'), withdrawn]
		]
	};
}

export function satisfactionTable(figures: DashboardFigures, labels: Labels): FigureTable {
	const { t } = labels;
	return {
		id: 'hai-long',
		caption: t('dashboard.satisfaction'),
		columns: [t('dashboard.level'), t('dashboard.count'), t('dashboard.share')],
		rows: [
			...satisfactionLevels.map((level): Cell[] => {
				const { count, share } = figures.ratings.byLevel[level];
				return [t(`rating.${level}`), count, shareText(share, figures.ratings.count, labels)];
			}),
			[t('dashboard.ratings'), figures.ratings.count, '']
		]
	};
}

export function criteriaTable(figures: DashboardFigures, { t, locale }: Labels): FigureTable {
	// Every criterion in the questionnaire's order, answered or not, so tables line up month to month.
	const byId = new Map(figures.ratings.criteria.map((c) => [c.criterion, c]));
	return {
		id: 'tieu-chi',
		caption: t('dashboard.criteria'),
		columns: [t('dashboard.criterion'), t('dashboard.answers'), t('dashboard.average')],
		rows: ratingCriteria.map((criterion) => {
			const found = byId.get(criterion);
			return [
				t(`rating.criterion.${criterion}`),
				found?.answers ?? 0,
				found ? formatNumber(found.average, locale) : ''
			];
		})
	};
}

export function volunteersTable(figures: DashboardFigures, { t, locale }: Labels): FigureTable {
	return {
		id: 'tinh-nguyen-vien',
		caption: t('dashboard.volunteers'),
		columns: [t('dashboard.volunteer'), t('dashboard.hours'), t('dashboard.sessions')],
		rows: figures.volunteers.map((v) => [v.displayName, formatNumber(v.hours, locale), v.sessions])
	};
}

export const channels = ['home', 'pointAlone', 'pointVolunteer'] as const;
export const channelKey = {
	home: 'dashboard.channelHome',
	pointAlone: 'dashboard.channelPointAlone',
	pointVolunteer: 'dashboard.channelPointVolunteer'
} as const satisfies Record<(typeof channels)[number], MessageKey>;

export function dossierTables(
	dossiers: DossierFigures,
	bucket: 'week' | 'month',
	labels: Labels
): FigureTable[] {
	const { t } = labels;
	const shareOf = (n: number) =>
		shareText(dossiers.total === 0 ? 0 : n / dossiers.total, dossiers.total, labels);
	return [
		{
			id: 'ho-so',
			caption: t('dashboard.dossiers'),
			columns: [t('dashboard.figure'), t('dashboard.value')],
			rows: [
				[t('dashboard.dossierTotal'), dossiers.total],
				[t('dashboard.decided'), dossiers.decided],
				[t('dashboard.onTime'), dossiers.onTime],
				[t('dashboard.onTimeRate'), shareText(dossiers.onTimeRate, dossiers.decided, labels)],
				[t('dashboard.overdueNow'), dossiers.overdueNow],
				[t('dashboard.apologies'), dossiers.apologies]
			]
		},
		{
			id: 'ho-so-thu-tuc',
			caption: t('dashboard.byProcedure'),
			columns: [t('dashboard.procedure'), t('dashboard.count'), t('dashboard.share')],
			rows: dossiers.byProcedure.map((p) => [
				labels.procedureName(p.procedureId),
				p.count,
				shareOf(p.count)
			])
		},
		{
			id: 'ho-so-cach-lam',
			caption: t('dashboard.byChannel'),
			columns: [t('dashboard.channel'), t('dashboard.count'), t('dashboard.share')],
			rows: channels.map((c) => [
				t(channelKey[c]),
				dossiers.byChannel[c],
				shareOf(dossiers.byChannel[c])
			])
		},
		{
			id: 'ho-so-thoi-gian',
			caption: t('dashboard.dossierSeries'),
			columns: [t('dashboard.bucketColumn'), t('dashboard.dossierTotal')],
			rows: dossiers.series.map((p) => [bucketLabel(p.bucket, bucket, labels), p.total])
		}
	];
}

/** "Tỉ lệ bước công dân tự làm tăng từ 40 % lên 62 %": the self-done chart in one sentence. */
export function selfDoneText(figures: DashboardFigures, labels: Labels): string {
	const { t, locale } = labels;
	const series = figures.coaching.series.filter((p) => p.stepsTotal > 0);
	const first = series[0];
	const last = series.at(-1);
	if (!first || !last) return t('dashboard.selfDoneNone');
	const label = (b: string) => bucketLabel(b, figures.period.bucket, labels);
	const value = (share: number) => formatNumber(percentOf(share), locale);
	if (first === last)
		return t('dashboard.selfDoneOne', {
			value: value(last.shareAlone),
			bucket: label(last.bucket)
		});
	const params = {
		first: value(first.shareAlone),
		last: value(last.shareAlone),
		from: label(first.bucket),
		to: label(last.bucket)
	};
	const a = percentOf(first.shareAlone);
	const b = percentOf(last.shareAlone);
	return t(
		b > a ? 'dashboard.selfDoneRose' : b < a ? 'dashboard.selfDoneFell' : 'dashboard.selfDoneSame',
		params
	);
}

export function dossierSeriesText(
	dossiers: DossierFigures,
	bucket: 'week' | 'month',
	labels: Labels
) {
	const top = dossiers.series.reduce<DossierFigures['series'][number] | undefined>(
		(best, p) => (!best || p.total > best.total ? p : best),
		undefined
	);
	if (!top) return labels.t('dashboard.none');
	return labels.t('dashboard.dossierSeriesText', {
		total: dossiers.total,
		max: top.total,
		bucket: bucketLabel(top.bucket, bucket, labels)
	});
}
