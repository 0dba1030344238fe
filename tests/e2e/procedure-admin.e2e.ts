import { expect, test } from '@playwright/test';
import { birthRegistration, residenceConfirmation } from '../../src/testing/procedures/catalogue';
import type { Field } from '../../src/lib/domain/procedures/field.schema';
import { expectNoAxeViolations } from './support/a11y';
import { createAppServer } from './support/app-server';
import { tabTo } from './support/keyboard';
import { completeWizardByKeyboard } from './support/wizard';
import {
	adminOn,
	chooseFileByKeyboard,
	documentFile,
	nextVersion,
	staffMenu,
	storedOnDevice
} from './support/procedure-admin';

/** An optional field a ward adds to the first step of birth registration, in version 2. */
const zaloField = {
	id: 'zaloName',
	kind: 'text',
	label: { vi: 'Tên tài khoản Zalo', en: 'Zalo account name' },
	help: {
		vi: 'Nếu có, cơ quan nhắn tin qua Zalo khi có kết quả.',
		en: 'If given, the office sends a Zalo message when the result is ready.'
	},
	coaching: {
		vi: 'Mời Ông/Bà mở Zalo trên điện thoại để xem tên tài khoản.',
		en: 'Ask them to open Zalo on their phone to see the account name.'
	},
	required: false
} satisfies Field;

const version2 = nextVersion(birthRegistration, (draft) => {
	draft.steps[0]!.fields.splice(2, 0, zaloField);
});

test.describe('the administrator publishes a corrected procedure', () => {
	test.describe.configure({ timeout: 180_000 });

	test('uploads by keyboard, sees the difference, previews it in the wizard with nothing stored, publishes; an invalid document publishes nothing', async ({
		browser
	}) => {
		// Its own server: a published version must not reach the other tests' catalogue.
		const server = await createAppServer();
		try {
			const { context, page } = await adminOn(browser, server.url);
			await staffMenu(page).getByRole('link', { name: 'Quản lý thủ tục' }).click();
			await expect(
				page.getByRole('heading', { level: 1, name: 'Quản lý thủ tục hành chính' })
			).toBeVisible();
			const list = page.getByRole('table').filter({ hasText: 'Trạng thái' });
			// By its id: the linked procedure's name also speaks of birth registration.
			// The id alone, not the longer ids that begin with it (dang-ky-khai-sinh-cho-…).
			const birthRows = list
				.getByRole('row')
				.filter({ hasText: new RegExp(`${birthRegistration.id}(?!-)`) });
			await expect(birthRows).toHaveCount(1);
			await expect(birthRows).toContainText('Đã công bố');
			await expectNoAxeViolations(page);

			// Keyboard only: pick the file, upload, land on the drafts with their differences.
			await chooseFileByKeyboard(page, documentFile(version2, 'khai-sinh-v2.json'));
			await page.keyboard.press('Tab');
			await expect(page.getByRole('button', { name: 'Tải lên' })).toBeFocused();
			await page.keyboard.press('Enter');
			const uploaded = page.getByRole('heading', { name: 'Bản nháp vừa tải lên' });
			await expect(uploaded).toBeFocused();
			const changes = page.getByRole('table', { name: /Khác biệt so với phiên bản đang áp dụng/ });
			const added = changes.getByRole('row', { name: /Tên tài khoản Zalo/ });
			await expect(added).toBeVisible();
			await expect(added).toContainText('Thêm');
			await expect(birthRows).toHaveCount(2);
			await expect(birthRows.filter({ hasText: 'Bản nháp' })).toHaveCount(1);
			await expectNoAxeViolations(page);

			// 200 % zoom of a 1280 px window: no sideways scrolling of the page (tables scroll inside).
			await page.setViewportSize({ width: 640, height: 900 });
			expect(
				await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				)
			).toBeLessThanOrEqual(0);
			await page.setViewportSize({ width: 1280, height: 720 });

			// "Xem thử": the draft in the real wizard, the new field on its first step.
			await tabTo(page, { text: 'Xem thử' });
			await page.keyboard.press('Enter');
			await expect(page.getByRole('note', { name: 'Chế độ xem thử' })).toBeVisible();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				birthRegistration.steps[0]!.title.vi
			);
			const zalo = page.getByLabel(/Tên tài khoản Zalo/);
			await expect(zalo).toBeVisible();
			await zalo.fill('Lan Nguyễn');
			await expectNoAxeViolations(page);
			// The whole form, to "Nộp hồ sơ": the preview ends there, nothing sent.
			await completeWizardByKeyboard(page, version2);
			await expect(page.getByText('Lan Nguyễn')).toBeVisible();
			await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
			const previewDone = page.getByRole('status').filter({ hasText: 'Xem thử xong' });
			await expect(previewDone).toBeFocused();
			await expect(previewDone).toContainText('Không có gì được lưu hay gửi đi.');
			// Nothing is kept on the device: no draft, nothing waiting to be sent.
			expect(await storedOnDevice(page)).toEqual({ drafts: 0, outbox: 0 });
			await page.getByRole('link', { name: 'Về danh sách thủ tục' }).click();

			// Back on the list: publish the draft from its row, keyboard only, today by default.
			await expect(page.getByRole('heading', { name: 'Danh sách thủ tục' })).toBeVisible();
			await expect(birthRows.filter({ hasText: 'Bản nháp' })).toHaveCount(1);
			await tabTo(page, { text: 'Công bố' });
			await page.keyboard.press('Enter');
			const dialog = page.getByRole('dialog', { name: 'Công bố Đăng ký khai sinh, phiên bản 2?' });
			await expect(dialog).toBeVisible();
			await expect(dialog.getByLabel('Ngày có hiệu lực')).toBeFocused();
			const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
			await expect(dialog.getByLabel('Ngày có hiệu lực')).toHaveValue(today);
			await expectNoAxeViolations(page);
			await page.keyboard.press('Enter');
			await expect(dialog).toBeHidden();
			const outcome = page.getByRole('status').filter({ hasText: 'Đã công bố' });
			await expect(outcome).toBeFocused();
			await expect(outcome).toHaveText(
				`Đã công bố Đăng ký khai sinh, phiên bản 2, có hiệu lực từ ${today.split('-').reverse().join('/')}.`
			);
			await expect(birthRows.filter({ hasText: 'Đã công bố' })).toHaveCount(2);
			await expect(list.getByText('Bản nháp')).toHaveCount(0);

			// The same document again is nothing new.
			await page
				.getByLabel('Tệp thủ tục (JSON hoặc Excel .xlsx)')
				.setInputFiles(documentFile(version2, 'khai-sinh-v2.json'));
			await page.getByRole('button', { name: 'Tải lên' }).click();
			await expect(page.getByText('Không có gì mới')).toBeVisible();

			// A condition naming a field that does not exist: its place and reason, nothing stored.
			const fatherStep = version2.steps.findIndex((s) => s.id === 'father');
			const broken = nextVersion(version2, (draft) => {
				const father = draft.steps[fatherStep]!.fields.find((f) => f.id === 'father')!;
				father.showIf = { field: 'fatherKnow', equals: 'yes' };
			});
			const fatherIndex = broken.steps[fatherStep]!.fields.findIndex((f) => f.id === 'father');
			await page
				.getByLabel('Tệp thủ tục (JSON hoặc Excel .xlsx)')
				.setInputFiles(documentFile(broken, 'khai-sinh-hong.json'));
			await page.getByRole('button', { name: 'Tải lên' }).click();
			const problems = page.getByRole('heading', {
				name: /Tệp có \d+ lỗi\. Chưa có gì được lưu\./
			});
			await expect(problems).toBeFocused();
			const problem = page
				.getByRole('row')
				.filter({ hasText: `steps[${fatherStep}].fields[${fatherIndex}].showIf.field` });
			await expect(problem).toContainText('khai-sinh-hong.json');
			await expect(problem.getByRole('cell').nth(2)).not.toBeEmpty();
			await expectNoAxeViolations(page);
			await page.reload();
			await expect(birthRows).toHaveCount(2);
			await expect(list.getByText('Bản nháp')).toHaveCount(0);

			// A draft discarded, then a procedure retired: each asked first, each said after.
			const residence = list.getByRole('row').filter({ hasText: residenceConfirmation.id });
			const reworded = nextVersion(residenceConfirmation, (draft) => {
				draft.summary = { vi: `${draft.summary.vi} (bản sửa)`, en: `${draft.summary.en} (edited)` };
			});
			await page
				.getByLabel('Tệp thủ tục (JSON hoặc Excel .xlsx)')
				.setInputFiles(documentFile(reworded, 'cu-tru.json'));
			await page.getByRole('button', { name: 'Tải lên' }).click();
			await expect(page.getByRole('row', { name: /^Mô tả/ })).toContainText('(bản sửa)');
			const discard = page
				.getByRole('article', { name: /Xác nhận thông tin về cư trú, phiên bản 2/ })
				.getByRole('button', { name: 'Bỏ bản nháp' });
			await discard.click();
			const discardDialog = page.getByRole('dialog', { name: /^Bỏ bản nháp/ });
			await expect(discardDialog).toContainText('Phiên bản đang áp dụng giữ nguyên.');
			// Escape changes nothing and gives focus back to the button that asked.
			await page.keyboard.press('Escape');
			await expect(discardDialog).toBeHidden();
			await expect(discard).toBeFocused();
			await expect(residence.filter({ hasText: 'Bản nháp' })).toHaveCount(1);
			await discard.click();
			await discardDialog.getByRole('button', { name: 'Bỏ bản nháp' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Đã bỏ bản nháp' })).toBeFocused();
			await expect(residence).toHaveCount(1);
			await expect(residence).toContainText('Đã công bố');

			await residence.getByRole('button', { name: 'Ngừng áp dụng' }).click();
			const retireDialog = page.getByRole('dialog', { name: /^Ngừng áp dụng/ });
			await expect(retireDialog).toContainText('Thủ tục rời danh mục');
			await retireDialog.getByRole('button', { name: 'Ngừng áp dụng' }).click();
			await expect(
				page
					.getByRole('status')
					.filter({ hasText: 'Đã ngừng áp dụng Xác nhận thông tin về cư trú.' })
			).toBeFocused();
			await expect(residence).toContainText('Đã ngừng');
			await expect(residence.getByRole('button')).toHaveCount(0);

			// Every action is in the audit log.
			await staffMenu(page).getByRole('link', { name: 'Nhật ký truy cập' }).click();
			for (const action of [
				'procedures.upload',
				'procedures.publish',
				'procedures.discard',
				'procedures.retire'
			])
				await expect(page.getByRole('cell', { name: action }).first()).toBeVisible();
			await staffMenu(page).getByRole('link', { name: 'Quản lý thủ tục' }).click();

			// Over 10 MB: refused in the browser, never sent.
			let sent = false;
			page.on('request', (r) => {
				if (r.url().includes('procedureAdmin.upload')) sent = true;
			});
			await page.getByLabel('Tệp thủ tục (JSON hoặc Excel .xlsx)').setInputFiles({
				name: 'qua-lon.json',
				mimeType: 'application/json',
				buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)
			});
			await page.getByRole('button', { name: 'Tải lên' }).click();
			await expect(page.getByText('Tệp «qua-lon.json» lớn hơn 10 MB')).toBeVisible();
			await expect(page.getByLabel('Tệp thủ tục (JSON hoặc Excel .xlsx)')).toBeFocused();
			expect(sent).toBe(false);
			await context.close();
		} finally {
			await server.dispose();
		}
	});
});
