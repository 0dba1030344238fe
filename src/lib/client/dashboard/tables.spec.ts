import { beforeAll, describe, expect, it } from 'vitest';
import { loadConsoleMessages, translate } from '$lib/i18n/translate';
import type { DashboardFigures } from './figures';
import { monthlyReport } from './report';
import {
	criteriaTable,
	dossierTables,
	notificationsTable,
	satisfactionTable,
	selfDoneTable,
	selfDoneText,
	type Labels
} from './tables';

const labels: Labels = {
	t: (key, params) => translate('vi', key, params),
	locale: 'vi',
	procedureName: (id) => (id === 'dang-ky-khai-sinh' ? 'Đăng ký khai sinh' : id)
};

const point = (bucket: string, sessions: number, alone: number, help: number, vol: number) => {
	const total = alone + help + vol;
	return {
		bucket,
		sessions,
		stepsTotal: total,
		stepsAlone: alone,
		stepsAfterHelp: help,
		stepsVolunteer: vol,
		shareAlone: alone / total,
		shareAfterHelp: help / total,
		shareVolunteer: vol / total
	};
};

const figures = {
	scope: { kind: 'all' },
	period: { from: '2026-09-01', to: '2026-11-30', bucket: 'month' },
	coaching: {
		totals: { ...point('', 3, 13, 4, 3), bucket: undefined },
		practiceSessions: 1,
		series: [point('2026-09-01', 1, 4, 3, 3), point('2026-11-01', 2, 9, 1, 0)],
		skillCards: { returning: 2, rose: 1 }
	},
	ratings: {
		count: 4,
		byLevel: {
			very_satisfied: { count: 2, share: 0.5 },
			satisfied: { count: 1, share: 0.25 },
			unsatisfied: { count: 1, share: 0.25 }
		},
		criteria: [{ criterion: 'staff_attitude', answers: 3, average: 5 / 3 }]
	},
	volunteers: [{ volunteerId: 'v', displayName: 'Trần Văn An', hours: 7.5, sessions: 3 }],
	dossiers: {
		total: 0,
		byProcedure: [],
		byChannel: { home: 0, pointAlone: 0, pointVolunteer: 0 },
		series: [],
		decided: 0,
		onTime: 0,
		onTimeRate: 0,
		overdueNow: 0,
		apologies: 0
	},
	notifications: { sent: 12, failed: 1, withdrawn: 2 }
} as unknown as DashboardFigures;

beforeAll(() => loadConsoleMessages('vi'));

describe('dashboard tables', () => {
	it('lists the buckets with their shares, then the whole period', () => {
		const table = selfDoneTable(figures, labels);
		expect(table.rows).toEqual([
			['Tháng 09/2026', 1, '40 %', '30 %', '30 %'],
			['Tháng 11/2026', 2, '90 %', '10 %', '0 %'],
			['Cả kỳ', 3, '65 %', '20 %', '15 %']
		]);
	});

	it('counts messages sent and failed, and consents withdrawn (issue 20)', () => {
		const table = notificationsTable(figures, labels);
		expect(table.caption).toBe('Tin nhắn cho người dân');
		expect(table.rows).toEqual([
			['Tin đã gửi', 12],
			['Tin không gửi được', 1],
			['Lượt người dân thôi nhận tin', 2]
		]);
	});

	it('says in one sentence how the self-done share moved', () => {
		expect(selfDoneText(figures, labels)).toBe(
			'Tỉ lệ bước công dân tự làm tăng từ 40 % lên 90 % (Tháng 09/2026 – Tháng 11/2026).'
		);
		const flat = { ...figures, coaching: { ...figures.coaching, series: [] } };
		expect(selfDoneText(flat, labels)).toBe(
			'Chưa có phiên hướng dẫn nào trong khoảng thời gian này.'
		);
	});

	it('names all nine criteria, blank where nobody answered', () => {
		const table = criteriaTable(figures, labels);
		expect(table.rows).toHaveLength(9);
		expect(table.rows).toContainEqual(['Thái độ của người hỗ trợ', 3, '1,7']);
		expect(table.rows).toContainEqual(['Tiếp nhận tại Bộ phận Một cửa', 0, '']);
	});

	it('names procedures and channels of the dossiers', () => {
		const [, byProcedure, byChannel] = dossierTables(
			{
				total: 10,
				byProcedure: [{ procedureId: 'dang-ky-khai-sinh', count: 10 }],
				byChannel: { home: 2, pointAlone: 5, pointVolunteer: 3 },
				series: [],
				decided: 8,
				onTime: 7,
				onTimeRate: 0.875,
				overdueNow: 1,
				apologies: 1
			},
			'month',
			labels
		);
		expect(byProcedure!.rows).toEqual([['Đăng ký khai sinh', 10, '100 %']]);
		expect(byChannel!.rows).toEqual([
			['Tại nhà, tự làm', 2, '20 %'],
			['Tại điểm, tự làm', 5, '50 %'],
			['Có tình nguyện viên', 3, '30 %']
		]);
	});

	it('makes the monthly report from the same figures, without dossiers when none came', () => {
		const report = monthlyReport(figures, 'Toàn hệ thống', labels, new Date('2026-12-01'));
		expect(report.steps.map((s) => s.share)).toEqual([0.65, 0.2, 0.15]);
		expect(report.volunteers).toEqual({ count: 1, hours: 7.5, sessions: 3 });
		expect(report.dossiers).toBeUndefined();
	});

	it('says "Chưa có số liệu" for a share of nothing, never 0 % (issue 19, item 7)', () => {
		const nothing = { ...point('', 0, 0, 0, 0), bucket: undefined };
		const empty = {
			...figures,
			coaching: { ...figures.coaching, totals: nothing, series: [] },
			ratings: {
				count: 0,
				byLevel: {
					very_satisfied: { count: 0, share: 0 },
					satisfied: { count: 0, share: 0 },
					unsatisfied: { count: 0, share: 0 }
				},
				criteria: []
			},
			dossiers: {
				...figures.dossiers,
				total: 3,
				byChannel: { home: 3, pointAlone: 0, pointVolunteer: 0 }
			}
		} as unknown as DashboardFigures;
		expect(selfDoneTable(empty, labels).rows).toEqual([
			['Cả kỳ', 0, 'Chưa có số liệu', 'Chưa có số liệu', 'Chưa có số liệu']
		]);
		expect(satisfactionTable(empty, labels).rows[0]).toEqual([
			'Rất hài lòng',
			0,
			'Chưa có số liệu'
		]);
		const [summary, , byChannel] = dossierTables(empty.dossiers, 'month', labels);
		// Three dossiers, none with a result yet: no on-time rate, but channels have their shares.
		expect(summary!.rows).toContainEqual(['Tỉ lệ đúng hạn', 'Chưa có số liệu']);
		expect(byChannel!.rows[0]).toEqual(['Tại nhà, tự làm', 3, '100 %']);
		expect(byChannel!.rows[1]).toEqual(['Tại điểm, tự làm', 0, '0 %']);
		const none = dossierTables(figures.dossiers, 'month', labels)[2]!;
		expect(none.rows[0]).toEqual(['Tại nhà, tự làm', 0, 'Chưa có số liệu']);

		const report = monthlyReport(empty, 'Toàn hệ thống', labels, new Date('2026-12-01'));
		expect(report.steps.map((s) => s.share)).toEqual([null, null, null]);
		expect(report.ratings.levels.map((l) => l.share)).toEqual([null, null, null]);
		expect(report.dossiers?.onTimeRate).toBeNull();
	});
});
