import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import type { AttachmentRef } from '../../../src/lib/domain/procedures/answers';
import type { Field } from '../../../src/lib/domain/procedures/field.schema';
import type { ProcedureDefinition } from '../../../src/lib/domain/procedures/procedure.schema';
import { visibleSteps } from '../../../src/lib/domain/procedures/validate-application';
import { chooseRadioWithArrows, chooseWithArrows, tabTo } from './keyboard';

export const fixturePhoto = path.resolve(import.meta.dirname, '../fixtures/giay-to.jpg');

// A 1×1 PNG, and a one-page PDF made once: for slots that take no JPEG.
const onePixelPng = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
	'base64'
);
let onePagePdf: Promise<Uint8Array> | undefined;

async function fixtureFile(mimeType: string) {
	if (mimeType === 'image/png') return { name: 'giay-to.png', mimeType, buffer: onePixelPng };
	if (mimeType !== 'application/pdf') return fixturePhoto;
	onePagePdf ??= PDFDocument.create().then((pdf) => {
		pdf.addPage([595, 842]);
		return pdf.save();
	});
	return { name: 'giay-to.pdf', mimeType, buffer: Buffer.from(await onePagePdf) };
}

const domId = (stepId: string, fieldId: string, part?: string) =>
	part ? `f-${stepId}-${fieldId}-${part}` : `f-${stepId}-${fieldId}`;
const asTyped = (v: unknown) =>
	typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
		? v.split('-').reverse().join('/')
		: String(v);

/**
 * How text reaches a field: key by key, or as an input method hands over a word once composed
 * (Vietnamese is typed through one, Telex or VNI): one input event per field, much quicker for
 * a journey that fills hundreds of fields.
 */
export type Typing = 'keys' | 'ime';

async function typeText(page: Page, id: string, value: unknown, typing: Typing = 'keys') {
	if (value === undefined || value === '') return;
	await tabTo(page, { id });
	if (typing === 'ime') await page.keyboard.insertText(asTyped(value));
	else await page.keyboard.type(asTyped(value));
}

/** Fills one field from an answer, by keyboard only, the way a citizen without a mouse would. */
export async function fillField(
	page: Page,
	stepId: string,
	field: Field,
	value: unknown,
	typing: Typing = 'keys'
) {
	const id = domId(stepId, field.id);
	const type = (id: string, v: unknown) => typeText(page, id, v, typing);
	const obj = (value ?? {}) as Record<string, unknown>;
	switch (field.kind) {
		case 'radio':
			await tabTo(page, { id });
			return chooseRadioWithArrows(page, String(value));
		case 'select':
			await tabTo(page, { id });
			return chooseWithArrows(page, String(value));
		case 'checkbox':
			await tabTo(page, { id });
			if (value === true) await page.keyboard.press('Space');
			return;
		case 'person':
			await type(domId(stepId, field.id, 'fullName'), obj.fullName);
			await type(domId(stepId, field.id, 'dateOfBirth'), obj.dateOfBirth);
			if (field.personalId !== 'none')
				await type(domId(stepId, field.id, 'personalId'), obj.personalId);
			if (!field.fixedSex && obj.sex) {
				await tabTo(page, { id: domId(stepId, field.id, 'sex') });
				await chooseRadioWithArrows(page, String(obj.sex));
			}
			if (field.relationOptions && obj.relation) {
				await tabTo(page, { id: domId(stepId, field.id, 'relation') });
				await chooseWithArrows(page, String(obj.relation));
			}
			return;
		case 'address': {
			await tabTo(page, { id: domId(stepId, field.id, 'provinceCode') });
			await chooseWithArrows(page, String(obj.provinceCode));
			// The shipped list is seeded on first start: online, the commune is chosen from it, by
			// code or, in a sample that names it only, by its full name; offline, typed by name.
			const typedName = obj.communeName ?? 'Phường Ba Đình';
			if (!(await page.evaluate(() => navigator.onLine))) {
				await type(domId(stepId, field.id, 'communeName'), typedName);
			} else {
				const communeId = domId(stepId, field.id, 'communeCode');
				const commune = page.locator(`#${communeId}`);
				await expect(commune).toBeVisible();
				const code =
					obj.communeCode ??
					(await commune
						.locator('option', { hasText: String(typedName) })
						.first()
						.getAttribute('value'));
				// The province's communes arrive after the province is chosen.
				await expect(commune.locator(`option[value="${String(code)}"]`)).toHaveCount(1);
				await tabTo(page, { id: communeId });
				await chooseWithArrows(page, String(code));
			}
			await type(domId(stepId, field.id, 'street'), obj.street);
			return;
		}
		case 'document': {
			// A photo of the paper, or a small PDF where the slot takes PDF only.
			const mimeType = Array.isArray(value) ? (value[0] as AttachmentRef).mimeType : 'image/jpeg';
			const file = await fixtureFile(mimeType);
			await tabTo(page, { id });
			const chooser = page.waitForEvent('filechooser');
			await page.keyboard.press('Space');
			await (await chooser).setFiles(file);
			// Within this field: a step may ask for two papers.
			const block = page.locator('fieldset', { has: page.locator(`#${id}`) });
			await expect(block.getByRole('button', { name: /giay-to\.(jpg|png|pdf)/ })).toBeVisible();
			return;
		}
		default:
			return type(id, value);
	}
}

/** Fills the step shown (by its index among the visible steps) from the sample case. */
export async function fillStep(page: Page, definition: ProcedureDefinition, index: number) {
	const answers = definition.sampleCase ?? {};
	const { step, fields } = visibleSteps(definition, answers)[index]!;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title.vi);
	for (const field of fields) await fillField(page, step.id, field, answers[step.id]?.[field.id]);
}

/** Fills the first `count` steps from the sample case and moves on past each. */
export async function walkSteps(
	page: Page,
	definition: ProcedureDefinition,
	count: number
): Promise<void> {
	const answers = definition.sampleCase ?? {};
	const steps = visibleSteps(definition, answers).slice(0, count);
	for (const { step, fields } of steps) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title.vi);
		for (const field of fields) {
			if (field.kind === 'document') continue;
			await fillField(page, step.id, field, answers[step.id]?.[field.id]);
		}
		await page.getByRole('button', { name: 'Tiếp tục' }).click();
	}
}

/** Walks the whole wizard with the procedure's own sample case, keyboard only, to the check page. */
export async function completeWizardByKeyboard(
	page: Page,
	definition: ProcedureDefinition,
	onStep?: (index: number) => Promise<void>
): Promise<void> {
	const answers = definition.sampleCase ?? {};
	const steps = visibleSteps(definition, answers);
	for (const [index, { step, fields }] of steps.entries()) {
		await expect(page.getByText(`Bước ${index + 1}/${steps.length}`)).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title.vi);
		for (const field of fields) await fillField(page, step.id, field, answers[step.id]?.[field.id]);
		await onStep?.(index);
		await tabTo(page, { text: 'Tiếp tục' });
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra lại thông tin');
}
