import { tick } from 'svelte';
import type { MessageKey } from '$lib/i18n/translate';

export type FormProblemsOptions<Field extends string> = {
	/** The DOM id of a field's control: where focus goes and what the error is named after. */
	idOf: (field: Field) => string;
	/** The id of a field's message; `<control id>-error` unless the form says otherwise. */
	errorIdOf?: (field: Field) => string;
	/** The id of the form's own message (a refusal no field explains), when it has one. */
	summaryId?: string;
	/** Which field counts as first when several are wrong: the order on screen. */
	order?: readonly Field[];
	/** Moves focus to an element by id; the document's by default (replaced in unit tests). */
	focus?: (id: string) => void;
};

const focusById = (id: string) => document.getElementById(id)?.focus();

/**
 * The one wiring of a form's problems (GOV.UK pattern): a message at each field that is wrong,
 * `aria-invalid` and `aria-describedby` on its control, an optional message for the whole form,
 * and focus on the first problem after the page shows it. `Message` is a message key by default;
 * a form that words its field messages itself (e.g. a file's name in them) keeps strings, and its
 * own message (`Summary`) may still be a key.
 */
export class FormProblems<Field extends string, Message = MessageKey, Summary = Message> {
	/** Field → its message; only wrong fields are present. */
	fields = $state<Partial<Record<Field, Message>>>({});
	/** The form's own message, for a refusal that belongs to no field. */
	summary = $state<Summary | null>(null);

	readonly #options: FormProblemsOptions<Field>;

	constructor(options: FormProblemsOptions<Field>) {
		this.#options = options;
	}

	of(field: Field): Message | undefined {
		return this.fields[field];
	}

	has(field: Field): boolean {
		return this.fields[field] !== undefined;
	}

	/** True when any field, or the form itself, has a problem. */
	get any(): boolean {
		return this.first() !== undefined || this.summary !== null;
	}

	/** Sets (or, with null, clears) one field's message. */
	set(field: Field, message: Message | null | undefined): void {
		const next = { ...this.fields };
		if (message === null || message === undefined) delete next[field];
		else next[field] = message;
		this.fields = next;
	}

	/** Replaces every field's message at once (a fresh check of the whole form). */
	replace(found: Partial<Record<Field, Message>>): void {
		const next: Partial<Record<Field, Message>> = {};
		for (const [field, message] of Object.entries(found) as [Field, Message | undefined][]) {
			if (message !== undefined && message !== null) next[field] = message;
		}
		this.fields = next;
	}

	/** Sets (or clears) the form's own message. */
	fail(message: Summary | null): void {
		this.summary = message;
	}

	/** Forgets every problem: before a new submission. */
	clear(): void {
		this.fields = {};
		this.summary = null;
	}

	/** The first wrong field, in the form's order when given, else in the order they were set. */
	first(): Field | undefined {
		const wrong = Object.keys(this.fields) as Field[];
		const order = this.#options.order;
		return order ? order.find((field) => this.has(field)) : wrong[0];
	}

	idOf(field: Field): string {
		return this.#options.idOf(field);
	}

	errorId(field: Field): string {
		return this.#options.errorIdOf?.(field) ?? `${this.#options.idOf(field)}-error`;
	}

	/** `aria-describedby` for a control: its hint, then its message while it has one. */
	describedBy(field: Field, hint?: string): string | undefined {
		const ids = [hint, this.has(field) ? this.errorId(field) : undefined].filter(Boolean);
		return ids.length ? ids.join(' ') : undefined;
	}

	/** After the page shows the messages: focus on the first wrong field. False when none is. */
	async focusFirst(): Promise<boolean> {
		const field = this.first();
		if (field === undefined) return false;
		await this.focusField(field);
		return true;
	}

	async focusField(field: Field): Promise<void> {
		await tick();
		(this.#options.focus ?? focusById)(this.#options.idOf(field));
	}

	/** After the page shows it: focus on the form's own message. */
	async focusSummary(): Promise<void> {
		const id = this.#options.summaryId;
		if (!id) return;
		await tick();
		(this.#options.focus ?? focusById)(id);
	}
}
