import { expect, test } from '@playwright/test';
import { civilStatusExtractCopy } from '../../src/testing/procedures/catalogue';
import { applicantName } from '../../src/lib/domain/procedures/applicant-name';
import { foldVietnamese } from '../../src/lib/domain/text/normalize';
import { expectNoAxeViolations } from './support/a11y';
import { createAppServer } from './support/app-server';
import { prepareWaitingDossier } from './support/waiting-dossier';

const shownOf = (iso: string) => iso.split('-').reverse().join('/');

test('papers handed in at the desk resume the clock: the due date moves by the days waited', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const code = 'CL.01.00004-261102-900002';
	let waiting: Awaited<ReturnType<typeof prepareWaitingDossier>> | undefined;
	const server = await createAppServer({}, async (dataDir) => {
		waiting = await prepareWaitingDossier(dataDir, { code, definition: civilStatusExtractCopy });
	});
	try {
		const context = await browser.newContext({
			baseURL: server.url,
			locale: 'vi-VN',
			timezoneId: 'Asia/Ho_Chi_Minh'
		});
		const officer = await context.newPage();
		await officer.goto('/dang-nhap');
		await officer.getByLabel('Tên đăng nhập').fill('canbo.demo');
		await officer.getByLabel('Mật khẩu').fill('own-server');
		await officer.getByRole('button', { name: 'Đăng nhập' }).click();
		await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ cần xử lý');

		// The inbox finds the applicant typed without accents; the address keeps the filters.
		const name = applicantName(civilStatusExtractCopy.sampleCase!, civilStatusExtractCopy);
		await officer.getByLabel('Tên hoặc số điện thoại người nộp').fill(foldVietnamese(name));
		await officer.getByRole('combobox', { name: 'Tình trạng' }).selectOption('needs_supplement');
		await officer.getByRole('button', { name: 'Lọc hồ sơ' }).click();
		await expect(officer).toHaveURL(/trang-thai=needs_supplement/);
		await expect(officer.getByTestId('inbox-row')).toHaveCount(1);
		await officer.reload();
		await expect(officer.getByRole('combobox', { name: 'Tình trạng' })).toHaveValue(
			'needs_supplement'
		);
		const row = officer.getByTestId('inbox-row');
		await expect(row).toHaveCount(1);
		await expect(row.getByTestId('inbox-applicant')).toHaveText(name);
		await row.getByRole('link', { name: code }).click();
		// The dossier's heading takes focus on arrival (issue 19).
		await expect(officer.getByRole('heading', { level: 1 })).toBeFocused();

		const status = officer.getByTestId('officer-status');
		const due = officer.getByTestId('officer-due-date');
		await expect(status).toContainText('Cần bổ sung');
		await expect(due).toHaveText(shownOf(waiting!.dueDate));
		// The application reads as the citizen typed it: dates dd/mm/yyyy, never ISO.
		const application = officer.getByRole('region', { name: 'Nội dung hồ sơ' });
		await expect(application).toBeVisible();
		await expect(application).not.toContainText(/\d{4}-\d{2}-\d{2}/);
		await expectNoAxeViolations(officer);

		// Withdrawing needs a reason, said at its field.
		await officer.getByRole('button', { name: 'Rút yêu cầu bổ sung' }).click();
		await expect(officer.getByText('Ghi rõ lý do (ít nhất 5 ký tự).')).toBeVisible();
		await expect(officer.getByRole('textbox', { name: 'Lý do' })).toBeFocused();

		const desk = officer.getByRole('form', { name: 'Ghi nhận giấy tờ nộp tại quầy' });
		await desk.getByRole('textbox', { name: /Ghi chú/ }).fill('Bản chính giấy khai sinh');
		await desk.getByRole('button', { name: 'Ghi nhận đã nhận giấy tờ' }).click();
		await expect(officer.getByTestId('officer-outcome')).toContainText(
			'Đã ghi nhận giấy tờ bổ sung'
		);
		await expect(status).toContainText('Đang xử lý');
		await expect(due).toHaveText(shownOf(waiting!.resumedDueDate));
		expect(waiting!.resumedDueDate > waiting!.dueDate).toBe(true);
		await expect(officer.getByTestId('supplement-request')).toContainText('Đã bổ sung ngày');
		await expect(officer.getByRole('button', { name: 'Báo đã có kết quả' })).toBeVisible();
		await expectNoAxeViolations(officer);
		await context.close();
	} finally {
		await server.dispose();
	}
});
