import { expect, test, type Browser, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { birthRegistration } from '../../src/testing/procedures/catalogue';
import { civilStatusExtractCopy } from '../../src/testing/procedures/catalogue';
import { applicantName } from '../../src/lib/domain/procedures/applicant-name';
import { formatAdministrativeDate } from '../../src/lib/domain/text/administrative-date';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { createAppServer } from './support/app-server';
import { prepareLateDossier, workingDaysFromToday } from './support/late-dossier';
import { printAndCapture } from './support/pdf';
import { startSession } from './support/session';
import { completeWizardByKeyboard, fixturePhoto } from './support/wizard';

const phoneLast4 = '5678'; // the sample cases' phone, 0912345678

async function staffPage(browser: Browser, baseURL: string, username: string, password: string) {
	const context = await browser.newContext({
		baseURL,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh'
	});
	const page = await context.newPage();
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill(password);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	return page;
}

async function lookUp(page: Page, code: string) {
	await page.goto('/tra-cuu');
	await page.getByLabel('Mã hồ sơ').fill(code);
	await page.getByLabel('4 số cuối số điện thoại').fill(phoneLast4);
	await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
	await expect(page.getByTestId('dossier-code')).toHaveText(code);
}

const status = (page: Page) => page.getByTestId('officer-status');
const outcome = (page: Page) => page.getByTestId('officer-outcome');

test.describe('the life of a dossier', () => {
	test.describe.configure({ timeout: 180_000 });

	test('submitted at an access point, asked for more, supplemented, returned by post', async ({
		page,
		browser,
		baseURL
	}) => {
		// The citizen, at the access point's PC.
		await startSession(page, { procedureSlug: birthRegistration.slug });
		await completeWizardByKeyboard(page, birthRegistration);
		await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
		const codeCell = page.getByTestId('dossier-code');
		await expect(codeCell).toHaveText(/^[A-Z0-9.]+-\d{6}-\d{6}$/, { timeout: 30_000 });
		const code = (await codeCell.textContent())!.trim();

		// The ward officer, in a browser of their own: the login leads to the inbox.
		const officer = await staffPage(browser, baseURL!, 'canbo.demo', seedPassword);
		await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ cần xử lý');
		await expect(officer.getByRole('link', { name: code })).toBeVisible();
		await expectNoAxeViolations(officer);
		await officer.getByRole('link', { name: code }).click();
		await expect(officer.getByRole('heading', { level: 1 })).toHaveText(`Hồ sơ ${code}`);
		await expect(status(officer)).toHaveText('Đã tiếp nhận');
		// The application with the procedure's labels; the photo opens from the ward's server.
		await expect(officer.getByText('Trần Minh Khôi').first()).toBeVisible();
		const photo = officer.getByRole('link', { name: /giay-to\.jpg/ });
		const response = await officer.request.get((await photo.getAttribute('href'))!);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('image/jpeg');
		expect(response.headers()['cache-control']).toContain('no-store');
		await expectNoAxeViolations(officer);

		await officer.getByRole('button', { name: 'Tiếp nhận xử lý' }).click();
		await expect(outcome(officer)).toBeFocused();
		await expect(status(officer)).toHaveText('Đang xử lý');

		// Nothing chosen: said next to the choices, nothing sent.
		await officer.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
		await expect(officer.getByText('Chọn ít nhất một giấy tờ cần bổ sung')).toBeVisible();
		await officer.getByRole('checkbox', { name: 'Giấy chứng sinh' }).check();
		await officer.getByLabel(/Yêu cầu khác/).fill('Ảnh chụp bị mờ, cần chụp lại rõ nét.');
		await officer.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
		await expect(status(officer)).toHaveText('Cần bổ sung');
		const guidance = await printAndCapture(officer, 'In phiếu hướng dẫn');
		expect(guidance).toContain('PHIẾU HƯỚNG DẪN HOÀN THIỆN HỒ SƠ');
		expect(guidance).toContain('Còn thiếu');
		expect(guidance).toContain('Ảnh chụp bị mờ');

		// The citizen's look-up: "Cần bổ sung" with the list, and the paper added from here.
		await lookUp(page, code);
		await expect(page.getByTestId('dossier-status')).toContainText('Cần bổ sung');
		const supplement = page.getByTestId('supplement');
		await expect(supplement.getByTestId('supplement-list')).toContainText('Giấy chứng sinh');
		await expect(supplement.getByTestId('supplement-list')).toContainText('Ảnh chụp bị mờ');
		await expectNoAxeViolations(page);
		await supplement.getByRole('button', { name: 'Gửi giấy tờ bổ sung' }).click();
		await expect(supplement.getByRole('alert')).toContainText('Chưa có tệp nào');
		await supplement.getByLabel('Đính kèm giấy tờ').setInputFiles(fixturePhoto);
		await expect(supplement.getByRole('button', { name: 'Bỏ tệp giay-to.jpg' })).toBeVisible();
		await supplement.getByRole('button', { name: 'Gửi giấy tờ bổ sung' }).click();
		await expect(page.getByText('Đã gửi giấy tờ bổ sung.')).toBeVisible({ timeout: 30_000 });
		await expect(page.getByTestId('dossier-status')).toContainText('Đang xử lý');

		// The officer sees it back in progress, with the new paper; result by post, then handed over.
		await officer.reload();
		await expect(status(officer)).toHaveText('Đang xử lý');
		await expect(officer.getByTestId('supplement-request')).toContainText('Đã bổ sung ngày');
		await officer.getByRole('radio', { name: 'Qua dịch vụ bưu chính công ích' }).check();
		await officer.getByRole('button', { name: 'Báo đã có kết quả' }).click();
		await expect(officer.getByText('Nhập họ tên người nhận.')).toBeVisible();
		await expect(officer.getByLabel('Người nhận', { exact: true })).toBeFocused();
		await officer.getByLabel('Người nhận', { exact: true }).fill('Trần Thị Mai');
		await officer.locator('#result-address-province').selectOption('01');
		// The shipped commune list is seeded on first start: the field becomes a list once the
		// province's communes arrive (a typed name before), so wait for the list itself.
		await officer.locator('select#result-address-commune').selectOption({ index: 1 });
		await officer.locator('#result-address-street').fill('Số 12, phố Đội Cấn');
		await officer.getByLabel('Số điện thoại người nhận').fill('0912 345 678');
		await officer.getByRole('button', { name: 'Báo đã có kết quả' }).click();
		await expect(status(officer)).toHaveText('Đã có kết quả');
		// The desk sees where the post goes before handing it over.
		await expect(officer.getByTestId('officer-result-delivery')).toContainText(
			'Trần Thị Mai · 0912345678'
		);
		await expect(officer.getByTestId('officer-result-delivery')).toContainText(
			'Số 12, phố Đội Cấn'
		);
		await officer.getByRole('button', { name: 'Xác nhận đã trả kết quả' }).click();
		await expect(status(officer)).toHaveText('Đã trả kết quả');
		await expect(officer.getByRole('heading', { name: 'Xử lý hồ sơ' })).toBeVisible();
		await expect(officer.getByText('Hồ sơ ở trạng thái này không còn việc cần làm.')).toBeVisible();
		const officerTimeline = officer.getByTestId('timeline');
		await expect(officerTimeline).toContainText('Cán bộ một cửa (mẫu)');
		await expectNoAxeViolations(officer);

		// The citizen's timeline tells all of it, in plain words with dates, naming no officer.
		await lookUp(page, code);
		await expect(page.getByTestId('dossier-status')).toContainText('Đã trả kết quả');
		const timeline = page.getByTestId('timeline');
		for (const line of [
			'Hồ sơ đã được tiếp nhận.',
			'Cán bộ đã bắt đầu xử lý hồ sơ.',
			'Cán bộ đề nghị bổ sung giấy tờ.',
			'Đã nhận giấy tờ bổ sung; hồ sơ được xử lý tiếp.',
			'Đã có kết quả.',
			'Kết quả đã được trả.'
		])
			await expect(timeline).toContainText(line);
		await expect(timeline).not.toContainText('Cán bộ một cửa (mẫu)');
		await expect(timeline.locator('time').first()).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);

		// The manager reads who opened and changed the dossier.
		const manager = await staffPage(browser, baseURL!, 'quanly.demo', seedPassword);
		await expect(manager.getByText('Đã đăng nhập:')).toBeVisible();
		await manager
			.getByRole('navigation', { name: 'Trang của cán bộ' })
			.getByRole('link', { name: 'Nhật ký truy cập' })
			.click();
		await expect(manager.getByRole('heading', { level: 1 })).toHaveText('Nhật ký truy cập');
		const rows = manager.getByTestId('audit-row').filter({ hasText: code });
		await expect(rows.first()).toContainText('Cán bộ một cửa (mẫu)');
		expect(await rows.count()).toBeGreaterThanOrEqual(5);
		await expectNoAxeViolations(manager);
	});

	test('a late dossier: the apology comes first, prints, and the citizen sees it', async ({
		browser
	}) => {
		const code = 'CL.01.00004-261102-900001';
		let late: Awaited<ReturnType<typeof prepareLateDossier>> | undefined;
		const server = await createAppServer({}, async (dataDir) => {
			late = await prepareLateDossier(dataDir, { code, definition: civilStatusExtractCopy });
		});
		try {
			const officer = await staffPage(browser, server.url, 'canbo.demo', 'own-server');
			await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ cần xử lý');
			const row = officer.getByTestId('inbox-row').first();
			await expect(row).toContainText(code);
			await expect(row).toContainText('Quá hạn');
			await expectNoAxeViolations(officer);

			// Keyboard only: the heading has focus, and the scanned code goes to the code field;
			// Enter opens the dossier.
			await expect(officer.getByRole('heading', { level: 1 })).toBeFocused();
			await officer.keyboard.type(code.toLowerCase());
			await expect(officer.getByLabel('Mã hồ sơ')).toBeFocused();
			await officer.keyboard.press('Enter');
			await expect(officer.getByRole('heading', { level: 1 })).toHaveText(`Hồ sơ ${code}`);
			await expect(status(officer)).toContainText('Quá hạn');

			// Only the apology form: no other action is offered until it is written.
			await expect(
				officer.getByRole('heading', { name: 'Hồ sơ đã quá hạn: cần thư xin lỗi' })
			).toBeVisible();
			await expect(officer.getByRole('button', { name: 'Tiếp nhận xử lý' })).toHaveCount(0);
			await expect(officer.getByRole('button', { name: 'Báo đã có kết quả' })).toHaveCount(0);
			await expectNoAxeViolations(officer);
			await officer.getByRole('button', { name: 'Lưu thư xin lỗi' }).click();
			await expect(officer.getByText('Lý do cần từ 10 đến 1000 ký tự.')).toBeVisible();
			await expect(officer.getByLabel('Lý do chậm trả kết quả')).toBeFocused();

			const reason = 'Cần xác minh thông tin hộ tịch với phường nơi đăng ký trước đây.';
			const newDate = workingDaysFromToday(5);
			await officer.getByLabel('Lý do chậm trả kết quả').fill(reason);
			await officer.getByLabel('Ngày hẹn trả mới').fill(newDate.split('-').reverse().join('/'));
			await officer.getByRole('button', { name: 'Lưu thư xin lỗi' }).click();
			await expect(outcome(officer)).toBeFocused();
			await expect(status(officer)).not.toContainText('Quá hạn');
			await expect(officer.getByRole('heading', { name: 'Xử lý hồ sơ' })).toBeVisible();
			await expect(officer.getByRole('button', { name: 'Báo đã có kết quả' })).toBeVisible();

			const letter = await printAndCapture(officer, 'In thư xin lỗi');
			expect(letter).toContain('THƯ XIN LỖI');
			expect(letter).toContain(code);
			expect(letter).toContain(
				applicantName(civilStatusExtractCopy.sampleCase!, civilStatusExtractCopy)
			);
			expect(letter.replace(/\s+/g, ' ')).toContain('Cần xác minh thông tin hộ tịch');
			expect(letter.replace(/\s+/g, ' ')).toContain(formatAdministrativeDate(newDate));
			expect(letter.replace(/\s+/g, ' ')).toContain(formatAdministrativeDate(late!.dueDate));

			// The citizen's look-up shows the apology and the new date.
			const citizenContext = await browser.newContext({
				baseURL: server.url,
				locale: 'vi-VN',
				timezoneId: 'Asia/Ho_Chi_Minh'
			});
			const citizen = await citizenContext.newPage();
			await lookUp(citizen, code);
			const apologies = citizen.getByTestId('apologies');
			await expect(apologies).toContainText(reason);
			await expect(apologies).toContainText(newDate.split('-').reverse().join('/'));
			await expect(citizen.getByTestId('timeline')).toContainText(
				'Cơ quan đã gửi thư xin lỗi và hẹn lại ngày trả kết quả.'
			);
			await expectNoAxeViolations(citizen);

			// The result online: the file is required, uploads, and the citizen downloads it.
			await officer.getByRole('radio', { name: 'Bản điện tử, trả trực tuyến' }).check();
			await officer.getByRole('button', { name: 'Báo đã có kết quả' }).click();
			await expect(officer.getByText('Chọn tệp kết quả để trả trực tuyến.')).toBeVisible();
			await expect(officer.getByLabel('Tệp kết quả')).toBeFocused();
			await expectNoAxeViolations(officer);
			const resultPdf = await PDFDocument.create();
			resultPdf.addPage([200, 200]).drawText('Ket qua');
			const pdfBytes = Buffer.from(await resultPdf.save());
			await officer.getByLabel('Tệp kết quả').setInputFiles({
				name: 'ban-sao-trich-luc.pdf',
				mimeType: 'application/pdf',
				buffer: pdfBytes
			});
			await officer.getByRole('button', { name: 'Báo đã có kết quả' }).click();
			await expect(status(officer)).toHaveText('Đã có kết quả');
			await expect(officer.getByTestId('officer-result-delivery')).toContainText(
				'ban-sao-trich-luc.pdf'
			);

			await lookUp(citizen, code);
			const result = citizen.getByTestId('result-file');
			await expect(result).toContainText('ban-sao-trich-luc.pdf');
			await expectNoAxeViolations(citizen);
			const [download] = await Promise.all([
				citizen.waitForEvent('download'),
				result.getByRole('button', { name: 'Tải kết quả' }).click()
			]);
			expect(download.suggestedFilename()).toBe('ban-sao-trich-luc.pdf');
			const saved = await download.createReadStream();
			const chunks: Buffer[] = [];
			for await (const chunk of saved) chunks.push(chunk as Buffer);
			expect(Buffer.concat(chunks).equals(pdfBytes)).toBe(true);
		} finally {
			await server.dispose();
		}
	});
});
