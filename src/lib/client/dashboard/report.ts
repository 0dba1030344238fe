import { satisfactionLevels } from '$lib/domain/coaching/coaching-record';
import type { MonthlyReport } from '$lib/receipts/types';
import type { DashboardFigures } from './figures';
import { channelKey, channels, type Labels } from './tables';

/** The figures on screen as the one-page monthly report; labels in Vietnamese, as printed. */
export function monthlyReport(
	figures: DashboardFigures,
	scope: string,
	{ t }: Pick<Labels, 't'>,
	now: Date
): MonthlyReport {
	const { totals, practiceSessions, skillCards } = figures.coaching;
	const { dossiers } = figures;
	// A share of nothing is no figure: the paper says "Chưa có số liệu" rather than 0 %.
	const shareOf = (share: number, whole: number) => (whole === 0 ? null : share);
	return {
		kind: 'monthly-report',
		scope,
		from: figures.period.from,
		to: figures.period.to,
		issuedAt: now,
		coachedSessions: totals.sessions,
		practiceSessions,
		steps: [
			{ label: t('dashboard.alone'), share: shareOf(totals.shareAlone, totals.stepsTotal) },
			{ label: t('dashboard.afterHelp'), share: shareOf(totals.shareAfterHelp, totals.stepsTotal) },
			{
				label: t('dashboard.volunteerDid'),
				share: shareOf(totals.shareVolunteer, totals.stepsTotal)
			}
		],
		skillCards: { returning: skillCards.returning, rose: skillCards.rose },
		ratings: {
			count: figures.ratings.count,
			levels: satisfactionLevels.map((level) => ({
				label: t(`rating.${level}`),
				share: shareOf(figures.ratings.byLevel[level].share, figures.ratings.count)
			}))
		},
		volunteers: {
			count: figures.volunteers.length,
			hours: figures.volunteers.reduce((sum, v) => sum + v.hours, 0),
			sessions: figures.volunteers.reduce((sum, v) => sum + v.sessions, 0)
		},
		// A period without dossiers prints no empty section.
		...(dossiers.total > 0 && {
			dossiers: {
				total: dossiers.total,
				channels: channels.map((c) => ({
					label: t(channelKey[c]),
					share: dossiers.byChannel[c] / dossiers.total
				})),
				onTimeRate: shareOf(dossiers.onTimeRate, dossiers.decided),
				overdueNow: dossiers.overdueNow,
				apologies: dossiers.apologies
			}
		})
	};
}
