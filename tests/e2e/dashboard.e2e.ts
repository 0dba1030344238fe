import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { birthRegistration } from '../../src/testing/procedures/catalogue';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { createAppServer } from './support/app-server';
import { printAndCapture } from './support/pdf';
import { prepareDashboardDossiers } from './support/dashboard-dossiers';

async function logIn(page: Page, username: string) {
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill(seedPassword);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('navigation', { name: 'Trang của cán bộ' })).toBeVisible();
}

type Outcome = 'alone' | 'hint' | 'volunteer';

/** A coached session whose steps end with the given outcomes, the others done alone. */
function steps(tail: Outcome[]) {
	const all = birthRegistration.steps;
	return all.map((step, i) => {
		const outcome = tail[i - (all.length - tail.length)] ?? 'alone';
		return {
			stepId: step.id,
			outcome,
			ms: 60_000,
			hints: outcome === 'hint' ? 1 : 0,
			explanations: 0,
			demonstrations: 0,
			fieldsByVolunteer: outcome === 'volunteer' ? 1 : 0
		};
	});
}

const vi = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
const pct = (a: number, b: number) => `${vi(Math.round((a / b) * 1000) / 10)} %`;

test('a manager sees the figures as charts and tables, downloads a CSV and prints the monthly report; a volunteer is refused', async ({
	browser
}) => {
	test.setTimeout(120_000);
	// A March and April of their own, so other tests' sessions of today never mix in.
	const year = 2001 + (Math.floor(Date.now() / 1000) % 20);
	const context = await browser.newContext({ acceptDownloads: true });
	const page = await context.newPage();
	await logIn(page, 'quanly.demo');

	const me = (await (await page.request.get('/api/trpc/auth.me')).json()) as {
		result: { data: { json: { id: string; accessPointId: string } } };
	};
	const { id: managerId, accessPointId } = me.result.data.json;
	const card = 'K7QM3XD9';
	const record = (startedAt: string, tail: Outcome[], skillCard?: string) => ({
		kind: 'coaching.record',
		payload: {
			id: crypto.randomUUID(),
			accessPointId,
			volunteerId: managerId,
			procedureId: birthRegistration.id,
			procedureVersion: birthRegistration.version,
			practice: false,
			startedAt,
			endedAt: startedAt.replace('T05:00', 'T05:30'),
			steps: steps(tail),
			...(skillCard && { skillCard })
		}
	});
	const rating = (at: string, overall: string, criteria: Record<string, number>) => ({
		kind: 'rating.submit',
		payload: { id: crypto.randomUUID(), accessPointId, overall, criteria, at }
	});
	const mutations = [
		record(`${year}-03-10T05:00:00.000Z`, ['volunteer', 'volunteer'], card),
		record(`${year}-03-20T05:00:00.000Z`, ['hint'], card),
		record(`${year}-04-05T05:00:00.000Z`, ['hint', 'volunteer', 'volunteer']),
		rating(`${year}-03-10T06:00:00.000Z`, 'very_satisfied', { staff_attitude: 2, total_time: 1 }),
		rating(`${year}-04-05T06:00:00.000Z`, 'satisfied', { staff_attitude: 1 })
	].map((m, i) => ({ id: i + 1, ...m }));
	const pushed = await page.request.post('/api/trpc/sync.push', {
		headers: { 'content-type': 'application/json' },
		data: { json: { clientId: crypto.randomUUID(), mutations } }
	});
	expect(pushed.ok()).toBe(true);
	expect(JSON.stringify(await pushed.json())).not.toMatch(/invalid_input|forbidden|conflict/);

	await page
		.getByRole('navigation', { name: 'Trang của cán bộ' })
		.getByRole('link', { name: 'Số liệu' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Bảng số liệu' })).toBeVisible();
	const status = page.getByRole('status').filter({ hasText: /^Số liệu|Đang tính/ });
	await expect(status).toContainText('Số liệu Điểm hỗ trợ dịch vụ công');

	await page.getByRole('radio', { name: 'Chọn từ ngày đến ngày' }).check();
	await page.getByLabel('Từ ngày', { exact: true }).fill(`${year}-04-30`);
	await page.getByLabel('Đến ngày', { exact: true }).fill(`${year}-03-01`);
	await page.getByRole('button', { name: 'Xem số liệu' }).click();
	await expect(page.getByText('Đến ngày phải sau từ ngày.')).toBeVisible();
	await expect(page.getByLabel('Đến ngày', { exact: true })).toBeFocused();
	await page.getByLabel('Từ ngày', { exact: true }).fill(`${year}-03-01`);
	await page.getByLabel('Đến ngày', { exact: true }).fill(`${year}-04-30`);
	await page.getByRole('radio', { name: 'Tháng', exact: true }).check();
	await page.getByRole('button', { name: 'Xem số liệu' }).click();
	await expect(status).toContainText(`từ 01/03/${year} đến 30/04/${year}`);

	// The self-done share over two months: too few points for a chart, so its sentence instead
	// (issue 19, item 7); its numbers in a table. By week, below, three points make the chart.
	const n = birthRegistration.steps.length;
	const march = { total: 2 * n, alone: 2 * n - 3, help: 1, volunteer: 2 };
	const april = { total: n, alone: n - 3, help: 1, volunteer: 2 };
	const chartSection = page.locator('section[aria-labelledby="chart-self-done"]');
	const sentence = chartSection.getByText(
		`Tỉ lệ bước công dân tự làm giảm từ ${pct(march.alone, march.total)} xuống ${pct(april.alone, april.total)} (Tháng 03/${year} – Tháng 04/${year}).`,
		{ exact: true }
	);
	await expect(sentence).toBeVisible();
	await expect(chartSection.locator('canvas')).toHaveCount(0);

	const selfDone = page.getByRole('table', { name: 'Tỉ lệ bước công dân tự làm theo thời gian' });
	await expect(selfDone.getByRole('columnheader')).toHaveText([
		'Kỳ',
		'Số phiên hướng dẫn',
		'Công dân tự làm',
		'Tự làm sau khi được hướng dẫn',
		'Tình nguyện viên làm giúp'
	]);
	const row = (name: string) => selfDone.getByRole('row', { name: new RegExp(`^${name}`) });
	await expect(row(`Tháng 03/${year}`).getByRole('cell')).toHaveText([
		'2',
		pct(march.alone, march.total),
		pct(march.help, march.total),
		pct(march.volunteer, march.total)
	]);
	await expect(row(`Tháng 04/${year}`).getByRole('cell')).toHaveText([
		'1',
		pct(april.alone, april.total),
		pct(april.help, april.total),
		pct(april.volunteer, april.total)
	]);
	await expect(row('Cả kỳ').getByRole('cell').first()).toHaveText('3');

	const summary = page.getByRole('table', { name: 'Tóm tắt' });
	await expect(summary.getByRole('row', { name: /^Thẻ kỹ năng quay lại/ })).toContainText('1');
	await expect(summary.getByRole('row', { name: /^Thẻ có tỉ lệ tự làm tăng/ })).toContainText('1');
	const satisfaction = page.getByRole('table', { name: 'Mức độ hài lòng' });
	await expect(
		satisfaction.getByRole('row', { name: /^Rất hài lòng/ }).getByRole('cell')
	).toHaveText(['1', '50 %']);
	await expect(
		satisfaction.getByRole('row', { name: /^Không hài lòng/ }).getByRole('cell')
	).toHaveText(['0', '0 %']);
	const criteria = page.getByRole('table', { name: /Điểm trung bình theo tiêu chí/ });
	await expect(criteria.getByRole('row')).toHaveCount(10);
	await expect(
		criteria.getByRole('row', { name: /^Thái độ của người hỗ trợ/ }).getByRole('cell')
	).toHaveText(['2', '1,5']);
	await expect(page.getByRole('table', { name: 'Tình nguyện viên' })).toContainText(
		'Quản lý điểm (mẫu)'
	);
	await expectNoAxeViolations(page);

	// Printing the page is the printed view: the figures without the controls and the menu.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Xem số liệu' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Trang của cán bộ' })).toBeHidden();
	await expect(page.getByRole('button', { name: /^Tải CSV/ }).first()).toBeHidden();
	await expect(selfDone).toBeVisible();
	await expect(sentence).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	// CSV: byte order mark first, CRLF, the same Vietnamese headers and numbers.
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải CSV: Tỉ lệ bước công dân tự làm theo thời gian' }).click()
	]);
	expect(csv.suggestedFilename()).toBe(`so-lieu-tu-lam-${year}-04.csv`);
	const bytes = readFileSync((await csv.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).split('\r\n');
	expect(lines[0]).toBe(
		'Kỳ,Số phiên hướng dẫn,Công dân tự làm,Tự làm sau khi được hướng dẫn,Tình nguyện viên làm giúp'
	);
	expect(lines[1]).toBe(
		`Tháng 03/${year},2,"${pct(march.alone, march.total)}","${pct(march.help, march.total)}","${pct(march.volunteer, march.total)}"`.replace(
			/"(\d+ %)"/g,
			'$1'
		)
	);

	// The monthly report prints, and the same PDF reads back with the figures.
	const text = (await printAndCapture(page, 'In báo cáo tháng (PDF)')).replace(/\s+/g, ' ');
	for (const phrase of [
		'BÁO CÁO SỐ LIỆU THÁNG',
		`Từ ngày 01/03/${year} đến ngày 30/04/${year}`,
		'Số phiên hướng dẫn: 3',
		`Công dân tự làm ${pct(march.alone + april.alone, march.total + april.total)}`,
		'Rất hài lòng 50 %',
		'Hài lòng 50 %'
	])
		expect(text).toContain(phrase);
	await expectNoAxeViolations(page);

	// By week the same sessions fall in three weeks: enough points for the chart, named by its sentence.
	await page.getByRole('radio', { name: 'Tuần', exact: true }).check();
	await page.getByRole('button', { name: 'Xem số liệu' }).click();
	const chart = chartSection.getByRole('img', { name: /^Tỉ lệ bước công dân tự làm giảm từ/ });
	const canvas = chart.locator('canvas').first();
	await expect(canvas).toBeVisible();
	expect(await canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(100);
	await context.close();

	// An officer: their ward first, and the points in it to choose from.
	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await logIn(officer, 'canbo.demo');
	// An officer lands on the inbox; from its staff menu, the figures.
	await officer.waitForURL(/\/can-bo/);
	await officer
		.getByRole('navigation', { name: 'Trang của cán bộ' })
		.getByRole('link', { name: 'Số liệu' })
		.click();
	const picker = officer.getByLabel('Phạm vi');
	await expect(picker.locator('option:checked')).toHaveText(/^Phường, xã mã \d{5}$/);
	await expect(picker.locator('option')).toContainText(['Điểm hỗ trợ dịch vụ công']);
	await expect(
		officer.getByRole('status').filter({ hasText: /^Số liệu Phường, xã mã/ })
	).toBeVisible();
	await expect(officer.getByRole('option', { name: 'Toàn hệ thống' })).toHaveCount(0);
	await officerContext.close();

	// A volunteer: a plain refusal, and the server refuses the figures themselves.
	const volunteerContext = await browser.newContext();
	const volunteer = await volunteerContext.newPage();
	await logIn(volunteer, 'tnv.demo');
	await expect(
		volunteer
			.getByRole('navigation', { name: 'Trang của cán bộ' })
			.getByRole('link', { name: 'Số liệu' })
	).toHaveCount(0);
	await volunteer.goto('/quan-ly/so-lieu');
	await expect(volunteer.getByRole('alert')).toContainText('không có quyền mở trang này');
	await expect(volunteer.getByRole('table')).toHaveCount(0);
	expect((await volunteer.request.get('/api/trpc/dashboard.scopes')).status()).toBe(403);
	await expectNoAxeViolations(volunteer);
	await volunteerContext.close();
});

test('the dossier figures come from the dossiers themselves: by procedure, by channel, on time', async ({
	browser
}) => {
	test.setTimeout(90_000);
	// A server of its own whose data holds ten dossiers of March 2003 with known channels and dates.
	const server = await createAppServer({}, prepareDashboardDossiers);
	try {
		const context = await browser.newContext({ baseURL: server.url });
		const page = await context.newPage();
		await page.goto('/dang-nhap');
		await page.getByLabel('Tên đăng nhập').fill('canbo.demo');
		await page.getByLabel('Mật khẩu').fill('own-server');
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		// An officer lands on the inbox after logging in.
		await page.waitForURL(/\/can-bo/);
		await page.goto('/quan-ly/so-lieu');
		await page.getByRole('radio', { name: 'Chọn từ ngày đến ngày' }).check();
		await page.getByLabel('Từ ngày', { exact: true }).fill('2003-03-01');
		await page.getByLabel('Đến ngày', { exact: true }).fill('2003-03-31');
		await page.getByRole('button', { name: 'Xem số liệu' }).click();

		const byProcedure = page.getByRole('table', { name: 'Hồ sơ theo thủ tục' });
		await expect(byProcedure.getByRole('row', { name: /^Đăng ký khai sinh/ })).toContainText('10');
		const byChannel = page.getByRole('table', { name: 'Hồ sơ theo cách làm' });
		await expect(
			byChannel.getByRole('row', { name: /^Tại điểm, tự làm/ }).getByRole('cell')
		).toHaveText(['5', '50 %']);
		const summary = page.getByRole('table', { name: 'Hồ sơ', exact: true });
		await expect(summary.getByRole('row', { name: /^Tỉ lệ đúng hạn/ })).toContainText('87,5 %');
		await expect(summary.getByRole('row', { name: /^Đang quá hạn/ })).toContainText('1');
		// Two weeks of dossiers: the sentence rather than a two-point chart (issue 19, item 7).
		await expect(page.getByText(/^Số hồ sơ đã gửi: 10, nhiều nhất \d+ hồ sơ/)).toBeVisible();
		await expect(page.getByRole('img', { name: /^Số hồ sơ đã gửi/ })).toHaveCount(0);
		await expectNoAxeViolations(page);
		await context.close();
	} finally {
		await server.dispose();
	}
});
