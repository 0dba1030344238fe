import { expect, test } from '@playwright/test';
import { birthRegistration } from '../../src/testing/procedures/catalogue';
import { visibleSteps } from '../../src/lib/domain/procedures/validate-application';
import { endButton, expectSaved, markers, pin, startSession, typeMarkers } from './support/session';
import { fillStep } from './support/wizard';

test.describe('continue at home', () => {
	test('a draft continues in another browser with code + PIN; only ciphertext is uploaded', async ({
		browser
	}) => {
		const accessPoint = await browser.newContext();
		const pc = await accessPoint.newPage();
		const uploads: string[] = [];
		pc.on('request', (request) => {
			if (request.url().includes('/api/trpc/resume.store')) uploads.push(request.postData() ?? '');
		});
		await startSession(pc, {
			keepOnDevice: false,
			uploadForHome: true,
			procedureSlug: 'dang-ky-khai-sinh'
		});
		await typeMarkers(pc);
		await expectSaved(pc);

		await pc.getByRole('button', { name: 'Tiếp tục tại nhà' }).click();
		await pc.getByLabel('Nhập lại mã PIN để tạo mã tiếp tục').fill('9999');
		await pc.getByRole('button', { name: 'Tạo mã tiếp tục' }).click();
		await expect(pc.getByRole('alert')).toHaveText('Mã PIN chưa đúng. Hãy thử lại.');
		await pc.getByLabel('Nhập lại mã PIN để tạo mã tiếp tục').fill(pin);
		await pc.getByRole('button', { name: 'Tạo mã tiếp tục' }).click();
		const code = (await pc.getByTestId('resume-code').textContent())!.trim();
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
		await expect(pc.getByRole('img', { name: 'Mã QR chứa mã tiếp tục' })).toBeVisible();

		// What left the PC: no marker, no code, no PIN.
		expect(uploads).toHaveLength(1);
		for (const secret of [...Object.values(markers), code, code.replace('-', ''), `"${pin}"`]) {
			expect(uploads[0]).not.toContain(secret);
		}
		await pc.getByRole('button', { name: 'Kết thúc phiên' }).click();
		await accessPoint.close();

		// At home: another browser profile, so another device key.
		const home = await browser.newContext();
		const page = await home.newPage();
		await page.goto('/tiep-tuc');
		await page.getByLabel('Mã tiếp tục', { exact: true }).fill(code.toLowerCase());
		await page.getByLabel('Mã PIN', { exact: true }).fill('1357');
		await page.getByRole('button', { name: 'Mở hồ sơ', exact: true }).click();
		await expect(page.getByRole('alert')).toContainText('Mã tiếp tục hoặc mã PIN chưa đúng');

		await page.getByLabel('Mã PIN', { exact: true }).fill(pin);
		await page.getByRole('button', { name: 'Mở hồ sơ', exact: true }).click();
		await expect(page.getByLabel('Họ, chữ đệm và tên')).toHaveValue(markers.name);
		await expect(page.getByLabel('Số định danh cá nhân (số căn cước)')).toHaveValue(
			markers.personalId
		);
		await expect(page.getByLabel('Số điện thoại di động')).toHaveValue(markers.phone);
		await home.close();
	});

	test('after the dossier is submitted, the kept resume code still reopens its draft at home', async ({
		browser
	}) => {
		test.setTimeout(90_000);
		const steps = visibleSteps(birthRegistration, birthRegistration.sampleCase!);
		const accessPoint = await browser.newContext();
		const pc = await accessPoint.newPage();
		await startSession(pc, { uploadForHome: true, procedureSlug: birthRegistration.slug });
		await fillStep(pc, birthRegistration, 0);
		await expectSaved(pc);
		await pc.getByRole('button', { name: 'Tiếp tục tại nhà' }).click();
		await pc.getByLabel('Nhập lại mã PIN để tạo mã tiếp tục').fill(pin);
		await pc.getByRole('button', { name: 'Tạo mã tiếp tục' }).click();
		const code = (await pc.getByTestId('resume-code').textContent())!.trim();
		await pc.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
		for (let i = 1; i < steps.length; i++) {
			await fillStep(pc, birthRegistration, i);
			await pc.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
		}
		await pc.getByRole('button', { name: 'Nộp hồ sơ' }).click();
		await expect(pc.getByTestId('dossier-code')).toBeVisible({ timeout: 30_000 });
		await endButton(pc).click();
		await accessPoint.close();

		// At home, days later, with the slip: the draft as it was when the code was made opens.
		const home = await browser.newContext();
		const page = await home.newPage();
		await page.goto('/tiep-tuc');
		await page.getByLabel('Mã tiếp tục', { exact: true }).fill(code);
		await page.getByLabel('Mã PIN', { exact: true }).fill(pin);
		await page.getByRole('button', { name: 'Mở hồ sơ', exact: true }).click();
		const requester = birthRegistration.sampleCase!.requester as { person: { fullName: string } };
		await expect(page.getByLabel('Họ, chữ đệm và tên')).toHaveValue(requester.person.fullName);
		await home.close();
	});

	test('a mistyped code gets a sentence about the code, before any look-up', async ({ page }) => {
		await page.goto('/tiep-tuc');
		await page.getByLabel('Mã tiếp tục', { exact: true }).fill('ABC');
		await page.getByLabel('Mã PIN', { exact: true }).fill(pin);
		await page.getByRole('button', { name: 'Mở hồ sơ', exact: true }).click();
		await expect(page.getByText('Mã tiếp tục gồm 10 chữ và số')).toBeVisible();
		await expect(page.getByLabel('Mã tiếp tục', { exact: true })).toBeFocused();
	});
});
