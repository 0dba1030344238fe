/**
 * The floor of the form benchmark: the first step of a procedure as a plain HTML page, with the
 * same fields, labels, hints and ids as the wizard renders (PersonField, AddressField, …) but no
 * script, no framework and no validation — what the issue 18 table calls "plain HTML page".
 */
import type { Field, Step } from '../../src/lib/domain/procedures/field.schema';
import type { ProcedureDefinition } from '../../src/lib/domain/procedures/procedure.schema';
import { sexNames } from '../../src/lib/domain/procedures/procedure-labels';
import { visibleSteps } from '../../src/lib/domain/procedures/validate-application';
import { provinces } from '../../src/lib/domain/units/provinces';
import { vi } from '../../src/lib/i18n/vi';

// The wizard's ids (fieldDomId in wizard-state.svelte.ts), so both pages are typed into alike.
const domId = (stepId: string, fieldId: string, part?: string) =>
	part ? `f-${stepId}-${fieldId}-${part}` : `f-${stepId}-${fieldId}`;

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

type Choice = { value: string; label: string };

const input = (id: string, label: string, attributes = '', hint?: string) => `
<div class="field"><label for="${id}">${escape(label)}</label>${
	hint ? `<p class="hint" id="${id}-hint">${escape(hint)}</p>` : ''
}<input id="${id}" autocomplete="off" ${attributes}${hint ? ` aria-describedby="${id}-hint"` : ''}></div>`;

const select = (id: string, label: string, choices: readonly Choice[]) => `
<div class="field"><label for="${id}">${escape(label)}</label><select id="${id}"><option value="">${escape(
	vi['field.choose']
)}</option>${choices.map((c) => `<option value="${c.value}">${escape(c.label)}</option>`).join('')}</select></div>`;

const radios = (id: string, legend: string, choices: readonly Choice[]) => `
<fieldset class="field"><legend>${escape(legend)}</legend>${choices
	.map(
		(c, i) =>
			`<div class="choice"><input type="radio" id="${i ? `${id}-${c.value}` : id}" name="${id}" value="${c.value}"><label for="${i ? `${id}-${c.value}` : id}">${escape(c.label)}</label></div>`
	)
	.join('')}</fieldset>`;

const block = (field: Field, id: string, inner: string) => `
<fieldset class="block" aria-describedby="${id}-hint"><legend>${escape(field.label.vi)}</legend>
<p class="hint" id="${id}-hint">${escape(field.help.vi)}</p>${inner}</fieldset>`;

function fieldHtml(stepId: string, field: Field): string {
	const id = domId(stepId, field.id);
	const part = (name: string) => domId(stepId, field.id, name);
	const options =
		'options' in field ? field.options.map((o) => ({ value: o.value, label: o.label.vi })) : [];
	switch (field.kind) {
		case 'person': {
			const sex = Object.entries(sexNames).map(([value, name]) => ({ value, label: name.vi }));
			return block(
				field,
				id,
				input(part('fullName'), vi['field.fullName']) +
					input(
						part('dateOfBirth'),
						vi['field.dateOfBirth'],
						'inputmode="numeric"',
						vi['field.dateFormat']
					) +
					(field.personalId === 'none'
						? ''
						: input(part('personalId'), vi['field.personalId'], 'inputmode="numeric"')) +
					(field.fixedSex ? '' : radios(part('sex'), vi['field.sex'], sex)) +
					(field.relationOptions
						? select(
								part('relation'),
								vi['field.relation'],
								field.relationOptions.map((o) => ({ value: o.value, label: o.label.vi }))
							)
						: '')
			);
		}
		case 'address':
			return block(
				field,
				id,
				select(
					part('provinceCode'),
					vi['field.province'],
					provinces.map((p) => ({ value: p.code, label: p.fullName }))
				) +
					input(part('communeName'), vi['field.communeTyped'], '', vi['field.communeTypedHint']) +
					input(part('street'), vi['field.street'])
			);
		case 'select':
			return select(id, field.label.vi, options);
		case 'radio':
			return radios(id, field.label.vi, options);
		case 'checkbox':
			return `<div class="choice"><input type="checkbox" id="${id}"><label for="${id}">${escape(field.label.vi)}</label></div>`;
		case 'long_text':
			return `<div class="field"><label for="${id}">${escape(field.label.vi)}</label><textarea id="${id}"></textarea></div>`;
		case 'document':
			return `<div class="field"><label for="${id}">${escape(field.label.vi)}</label><input type="file" id="${id}"></div>`;
		default: {
			const type = field.kind === 'email' ? 'email' : field.kind === 'phone' ? 'tel' : 'text';
			return input(id, field.label.vi, `type="${type}"`, field.help.vi);
		}
	}
}

/** The first visible step with no answers yet, and its page. */
export function plainFirstStep(definition: ProcedureDefinition): { step: Step; html: string } {
	const { step, fields } = visibleSteps(definition, {})[0]!;
	const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escape(step.title.vi)} – trang HTML thuần</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem}
.field{margin:1rem 0}label,legend{display:block;font-weight:600}input:not([type=radio]):not([type=checkbox]),select,textarea{display:block;width:100%;font:inherit;padding:.4rem}
.hint{color:#555;margin:.2rem 0}.choice{display:flex;gap:.5rem;align-items:center}</style></head>
<body><main><form novalidate autocomplete="off"><h1>${escape(step.title.vi)}</h1>
${step.intro ? `<p>${escape(step.intro.vi)}</p>` : ''}${fields.map((f) => fieldHtml(step.id, f)).join('\n')}
<button type="submit">${escape(vi['wizard.continue'])}</button></form></main></body></html>`;
	return { step, html };
}
