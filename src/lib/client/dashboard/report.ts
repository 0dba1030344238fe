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
	return {
		kind: 'monthly-report',
		scope,
		from: figures.period.from,
		to: figures.period.to,
		issuedAt: now,
		coachedSessions: totals.sessions,
		practiceSessions,
		steps: [
			{ label: t('dashboard.alone'), share: totals.shareAlone },
			{ label: t('dashboard.afterHelp'), share: totals.shareAfterHelp },
			{ label: t('dashboard.volunteerDid'), share: totals.shareVolunteer }
		],
		skillCards: { returning: skillCards.returning, rose: skillCards.rose },
		ratings: {
			count: figures.ratings.count,
			levels: satisfactionLevels.map((level) => ({
				label: t(`rating.${level}`),
				share: figures.ratings.byLevel[level].share
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
				onTimeRate: dossiers.onTimeRate,
				overdueNow: dossiers.overdueNow,
				apologies: dossiers.apologies
			}
		})
	};
}
