import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';

test.describe('home page', () => {
	test('renders in Vietnamese with every entry point of UI-TERMS', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ông/Bà muốn làm gì hôm nay?');
		for (const name of [
			'Bắt đầu phiên mới',
			'Tiếp tục hồ sơ đang làm',
			'Tra cứu hồ sơ',
			'Tìm thủ tục',
			'Luyện tập',
			'Đăng nhập'
		]) {
			await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
		}
		await expect(page.getByRole('status', { name: 'Trạng thái kết nối' })).toHaveText('Đã đồng bộ');
	});

	test('switches to English and back, and remembers the choice', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'What would you like to do today?'
		);
		await expect(page.getByRole('link', { name: 'Start a new session' })).toBeVisible();
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.getByRole('button', { name: 'Switch to Vietnamese' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
		await expect(page.getByRole('link', { name: 'Bắt đầu phiên mới' })).toBeVisible();
	});

	test('large text scales the whole page and persists across reload', async ({ page }) => {
		await page.goto('/');
		const rootSize = () =>
			page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
		const before = await rootSize();
		const toggle = page.getByRole('button', { name: 'Chữ lớn' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		expect(await rootSize()).toBeGreaterThan(before * 1.2);
		await page.reload();
		await expect(page.getByRole('button', { name: 'Chữ lớn' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(await rootSize()).toBeGreaterThan(before * 1.2);
	});

	test('axe finds no violations, in Vietnamese, in English and with large text', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Chữ lớn' }).click();
		await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expectNoAxeViolations(page);
	});

	test('is usable with the keyboard alone: skip link first, visible focus', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
		await page.keyboard.press('Tab');
		const first = page.getByRole('link', { name: 'Bắt đầu phiên mới' });
		await expect(first).toBeFocused();
		const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).toBe('solid');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/phien-moi$/);
	});
});
