import { cleanText } from '$lib/domain/text/safe-text';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * `onpaste` of a wizard text field: text copied from a scanner's software, Word or a web page
 * often carries zero-width spaces, soft hyphens, NBSP or decomposed letters. They are cleaned
 * as they arrive (the text rule's safe part, `cleanText`), so what the citizen sees is what is
 * kept. Control characters are not removed here: validation refuses them at the field and says
 * so, rather than the form changing text silently.
 */
export function cleanPaste(event: ClipboardEvent & { currentTarget: TextControl }): void {
	const control = event.currentTarget;
	const pasted = event.clipboardData?.getData('text/plain');
	// Types without a selection (email) cannot take text at the caret; validation cleans those.
	if (!pasted || control.selectionStart === null || control.selectionEnd === null) return;
	const multiline = control instanceof HTMLTextAreaElement;
	const clean = cleanText(pasted, { multiline, trim: false });
	if (clean === pasted) return;
	event.preventDefault();
	control.setRangeText(clean, control.selectionStart, control.selectionEnd, 'end');
	// The field's own `oninput` stores the value, as if the citizen had typed it.
	control.dispatchEvent(new Event('input', { bubbles: true }));
}
