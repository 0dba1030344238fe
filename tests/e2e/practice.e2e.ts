import { expect, test, type Page } from '@playwright/test';
import { practiceCase } from '../../src/testing/procedures/catalogue';
import { getProcedure } from '../../src/testing/procedures/catalogue';
import { visibleSteps } from '../../src/lib/domain/procedures/validate-application';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { findMarkers, indexedDbRows, type StoreRows } from './support/privacy-scan';
import { fillField } from './support/wizard';

const birth = practiceCase('khai-sinh-1')!;
const birthDefinition = getProcedure(birth.procedureId)!;
const birthSteps = visibleSteps(birthDefinition, birth.answers);

async function logIn(page: Page) {
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill('tnv.demo');
	await page.getByLabel('Mật khẩu').fill(seedPassword);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

const band = (page: Page) => page.getByRole('note').filter({ hasText: 'LUYỆN TẬP' });

/**
 * Walks the case from its first step to the end, filling each field from the case's answers
 * (papers from the case's own sample images); `change` may alter an answer before it is typed.
 */
async function runCase(
	page: Page,
	change: (stepId: string, fieldId: string, value: unknown) => unknown = (_s, _f, v) => v
) {
	for (const [index, { step, fields }] of birthSteps.entries()) {
		await expect(page.getByText(`Bước ${index + 1}/${birthSteps.length}`)).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title.vi);
		await expect(band(page)).toBeVisible();
		for (const field of fields) {
			if (field.kind === 'document') {
				await page.getByRole('button', { name: 'Đính kèm Giấy chứng sinh (mẫu)' }).click();
				await expect(page.getByRole('button', { name: /giay-chung-sinh-mau/ })).toBeVisible();
				continue;
			}
			const value = change(step.id, field.id, birth.answers[step.id]?.[field.id]);
			await fillField(page, step.id, field, value);
		}
		await page.getByRole('button', { name: 'Tiếp tục' }).click();
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra lại thông tin');
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết thúc bài luyện tập');
}

/**
 * Markers found anywhere the browser keeps data, except the device's copy of the procedure
 * catalogue: the sample cases travel inside the procedure documents (public content, kept in
 * IndexedDB for offline use), so their names are there by design, not left behind by a run.
 */
async function leftBehind(page: Page, markers: string[]): Promise<string[]> {
	const found = await findMarkers(page, markers);
	return found.filter((where) => !/ in indexedDB cung-lam\/procedures$/.test(where));
}

const rowsOf = (rows: StoreRows, store: string) =>
	Object.entries(rows)
		.filter(([name]) => name.endsWith(`/${store}`))
		.flatMap(([, r]) => r);

test('a practice run alone: the band on every step, the check and summary, and no trace on the PC', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/luyen-tap');
	await expect(band(page)).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: birth.goal.vi }).click();
	await expect(page.getByText(birth.goal.vi)).toBeVisible();
	await page.getByText('Xem giấy tờ mẫu').click();
	await expect(page.getByRole('img', { name: /^Giấy chứng sinh \(giấy tờ mẫu\)/ })).toBeVisible();
	await expectNoAxeViolations(page);

	// One slip on purpose: the child's name typed differently from the case.
	await runCase(page, (stepId, fieldId, value) =>
		stepId === 'child' && fieldId === 'fullName' ? 'Trần Minh Khoa' : value
	);
	await expect(band(page)).toBeVisible();
	await expect(page.getByText('Hồ sơ luyện tập không được gửi đi')).toBeVisible();
	const check = page.getByRole('region', { name: 'Đối chiếu với tình huống' });
	await expect(check.getByRole('listitem').filter({ hasText: 'Họ, chữ đệm và tên' })).toContainText(
		'Ông/Bà đã nhập: Trần Minh Khoa'
	);
	await expect(check).toContainText(`Theo tình huống: ${birth.answers.child!.fullName as string}`);
	// Without coaching mode, every step counts as done alone.
	await expect(page.getByTestId('coaching-headline')).toHaveText(
		`Ông/Bà đã tự làm ${birthSteps.length} trên ${birthSteps.length} bước`
	);
	await expectNoAxeViolations(page);

	// Leave the result (its page shows the answers) and look at everything the browser keeps.
	await page.goto('/');
	const rows = await indexedDbRows(page);
	expect(rowsOf(rows, 'drafts')).toEqual([]);
	expect(rowsOf(rows, 'attachments')).toEqual([]);
	expect(rowsOf(rows, 'outbox')).toEqual([]);
	expect(rowsOf(rows, 'outboxFiles')).toEqual([]);
	expect(rowsOf(rows, 'submissions')).toEqual([]);
	const mother = birth.answers.requester!.person as { fullName: string; personalId: string };
	const child = birth.answers.child as { fullName: string; placeOfBirth: string };
	expect(
		await leftBehind(page, [
			mother.fullName,
			mother.personalId,
			child.fullName,
			child.placeOfBirth,
			'Trần Minh Khoa',
			'Đội Cấn',
			'giay-chung-sinh-mau'
		])
	).toEqual([]);
});

test('coached practice: only the anonymous coaching record is queued, marked as practice', async ({
	page
}) => {
	test.setTimeout(120_000);
	await logIn(page);
	await page.goto(`/luyen-tap/tinh-huong/${birth.id}`);
	const toggle = page.getByRole('button', { name: 'Chế độ hướng dẫn' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const panel = page.getByRole('complementary', { name: 'Hướng dẫn của tình nguyện viên' });
	await panel.getByRole('button', { name: 'Gợi ý' }).click();
	await expect(band(page)).toBeVisible();
	await expectNoAxeViolations(page);
	await runCase(page);
	await expect(page.getByTestId('coaching-headline')).toHaveText(
		`Ông/Bà đã tự làm ${birthSteps.length - 1} trên ${birthSteps.length} bước`
	);

	await page.goto('/');
	const rows = await indexedDbRows(page);
	expect(rowsOf(rows, 'drafts')).toEqual([]);
	expect(rowsOf(rows, 'submissions')).toEqual([]);
	expect(rowsOf(rows, 'outbox').filter((r) => r.kind !== 'coaching.record')).toEqual([]);
	expect(await leftBehind(page, [birth.person, '001195004321', 'Trần Minh Khôi'])).toEqual([]);
	// The record reaches the server with the counts, as practice.
	await expect
		.poll(async () => {
			const input = encodeURIComponent(JSON.stringify({ json: {} }));
			const response = await page.request.get(`/api/trpc/coaching.myLog?input=${input}`);
			const body = (await response.json()) as {
				result: {
					data: {
						json: { sessions: { stepsTotal: number; stepsHint: number; practice: boolean }[] };
					};
				};
			};
			return body.result.data.json.sessions.some(
				(s) => s.practice && s.stepsTotal === birthSteps.length && s.stepsHint === 1
			);
		})
		.toBe(true);
});

test('a group exercise: two PCs join by code, one finishes, the facilitator sees it', async ({
	page,
	browser
}) => {
	test.setTimeout(150_000);
	await logIn(page);
	await page.goto('/luyen-tap');
	await page.getByRole('button', { name: `Tạo bài luyện tập nhóm: ${birth.goal.vi}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bài luyện tập nhóm');
	const code = (await page.getByTestId('exercise-code').innerText()).trim();
	expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
	await expect(page.getByText('Chưa có máy nào vào bài.')).toBeVisible();
	await expectNoAxeViolations(page);

	const pcs = [await browser.newContext(), await browser.newContext()];
	const [first, second] = await Promise.all(pcs.map((c) => c.newPage()));
	for (const [i, pc] of [first!, second!].entries()) {
		await pc.goto('/luyen-tap');
		await pc.getByLabel('Mã bài luyện tập').fill(code.toLowerCase());
		await pc.getByRole('button', { name: 'Vào bài luyện tập' }).click();
		await expect(band(pc)).toContainText(`Máy ${i + 1}`);
		await expect(pc.getByText(birth.goal.vi)).toBeVisible();
	}
	await expect(page.getByRole('row', { name: /Máy 2/ })).toContainText('Đang làm');

	await runCase(first!);
	await expect(first!.getByText('Đã báo kết quả của Máy 1 cho người hướng dẫn.')).toBeVisible();

	const row = page.getByRole('row', { name: /Máy 1/ });
	await expect(row).toContainText('Đã xong');
	await expect(row).toContainText(`${birthSteps.length}/${birthSteps.length} bước tự làm`);
	await expect(row).toContainText('Gợi ý 0 · Giải thích 0 · Làm mẫu 0 · Làm giúp 0');
	await expectNoAxeViolations(page);
	await expect(page.getByRole('row', { name: /Máy 2/ })).toContainText('Đang làm');
	await expect(page.getByText('Đã xong 1 trên 2 máy.')).toBeVisible();
	await Promise.all(pcs.map((c) => c.close()));
});

test('a wrong exercise code gets a clear sentence next to the field', async ({ page }) => {
	await page.goto('/luyen-tap');
	await page.getByLabel('Mã bài luyện tập').fill('12');
	await page.getByRole('button', { name: 'Vào bài luyện tập' }).click();
	await expect(page.getByText('Mã bài luyện tập phải có đúng 6 ký tự chữ và số.')).toBeVisible();
	await page.getByLabel('Mã bài luyện tập').fill('ZZZZZZ');
	await page.getByRole('button', { name: 'Vào bài luyện tập' }).click();
	await expect(page.getByText(/Không có bài luyện tập nào với mã này/)).toBeVisible();
	await expectNoAxeViolations(page);
});
