import { isPlainObject, type Answers } from '../../lib/domain/procedures/answers';
import {
	parseFieldRef,
	resolveFieldRef,
	type FieldRef
} from '../../lib/domain/procedures/condition';
import type { Field } from '../../lib/domain/procedures/field.schema';
import type {
	DocumentSlot,
	ProcedureDefinition
} from '../../lib/domain/procedures/procedure.schema';
import { computeVisibility } from '../../lib/domain/procedures/visibility';
import type { IsoDate } from '../../lib/domain/validation/dates';
import type { Sex } from '../../lib/domain/validation/personal-id';
import * as value from './generated-values';
import type { Random } from './generated-values';

/**
 * Valid answers for any procedure document, from the document alone (never its sample case):
 * every visible field is answered by its kind within its own rules, conditions are re-evaluated
 * as answers reveal steps and fields, and the document's named rules between fields (the ID
 * agrees with a birth date and sex, one date not before another) are made to hold. The same
 * seed gives the same answers; different seeds take different branches of the radio buttons.
 */
export type GenerateOptions = { today: IsoDate; seed: number };

type Context = { random: Random; today: IsoDate; slots: ReadonlyMap<string, DocumentSlot> };

// The parameters of the two named rules (rules/date-order.ts, rules/personal-id-matches.ts).
type DateOrder = { field: FieldRef; notBefore?: FieldRef; notAfter?: FieldRef };
type IdMatches = { field: FieldRef; dateOfBirth?: FieldRef; sex?: FieldRef };

const sexes: readonly Sex[] = ['male', 'female'];

function fieldValue(field: Field, ctx: Context): unknown {
	const { random, today } = ctx;
	switch (field.kind) {
		case 'text':
		case 'long_text':
			return value.text(random, field);
		case 'date':
			return value.dateWithin(random, field.rules ?? {}, today);
		case 'number':
			return value.number(random, field);
		case 'select':
		case 'radio':
			return random.pick(field.options).value;
		case 'checkbox':
			return true;
		case 'personal_id': {
			const sex = random.pick(sexes);
			return value.personalId(random, value.adultBirthDate(random, today), sex);
		}
		case 'old_id_card':
			return String(random.int(100_000_000, 999_999_999));
		case 'phone':
			return value.phone(random);
		case 'email':
			return value.email(random);
		case 'address':
			return value.address(random);
		case 'person': {
			const sex = field.fixedSex ?? random.pick(sexes);
			const dateOfBirth = value.adultBirthDate(random, today, field.minAgeYears);
			return {
				fullName: value.personName(random, sex),
				dateOfBirth,
				...(field.fixedSex ? {} : { sex }),
				...(field.personalId === 'none'
					? {}
					: { personalId: value.personalId(random, dateOfBirth, sex) }),
				...(field.relationOptions ? { relation: random.pick(field.relationOptions).value } : {})
			};
		}
		case 'document': {
			const slot = ctx.slots.get(field.slot);
			if (!slot) throw new Error(`Field ${field.id} names no document slot ${field.slot}`);
			return value.document(random, slot);
		}
	}
}

function setAt(answers: Answers, ref: FieldRef, next: unknown): void {
	const parsed = parseFieldRef(ref);
	if (!parsed) return;
	const step = (answers[parsed.stepId] ??= {});
	if (parsed.part === undefined) step[parsed.fieldId] = next;
	else {
		const block = step[parsed.fieldId];
		step[parsed.fieldId] = { ...(isPlainObject(block) ? block : {}), [parsed.part]: next };
	}
}

const fieldAt = (definition: ProcedureDefinition, ref: FieldRef): Field | undefined => {
	const parsed = parseFieldRef(ref);
	const step = definition.steps.find((s) => s.id === parsed?.stepId);
	return step?.fields.find((f) => f.id === parsed?.fieldId);
};

const asDate = (v: unknown): IsoDate | undefined => (typeof v === 'string' ? v : undefined);

/** Each person block's ID agrees with its own birth date and sex (a rule may move a date). */
function agreePeople(definition: ProcedureDefinition, answers: Answers, random: Random): void {
	for (const step of definition.steps) {
		for (const field of step.fields) {
			const block = answers[step.id]?.[field.id];
			if (field.kind !== 'person' || !isPlainObject(block) || block.personalId === undefined)
				continue;
			const sex = (field.fixedSex ?? block.sex) as Sex;
			block.personalId = value.personalId(random, asDate(block.dateOfBirth)!, sex);
		}
	}
}

/** Makes the document's named rules hold: dates in order first, then IDs agreeing with them. */
function honourRules(definition: ProcedureDefinition, answers: Answers, ctx: Context): void {
	const uses = definition.rules ?? [];
	for (const use of uses) {
		if (use.rule !== 'date-order') continue;
		const { field, notBefore, notAfter } = use.params as DateOrder;
		const current = asDate(resolveFieldRef(field, answers));
		if (current === undefined) continue;
		const min = notBefore === undefined ? undefined : asDate(resolveFieldRef(notBefore, answers));
		const max = notAfter === undefined ? undefined : asDate(resolveFieldRef(notAfter, answers));
		if ((min === undefined || current >= min) && (max === undefined || current <= max)) continue;
		const own = fieldAt(definition, field);
		const rules = own?.kind === 'date' ? (own.rules ?? {}) : { notFuture: true };
		let next = value.dateWithin(ctx.random, { ...rules, notBefore: min, notAfter: max }, ctx.today);
		if (min !== undefined && next < min) next = min;
		if (max !== undefined && next > max) next = max;
		setAt(answers, field, next);
	}
	agreePeople(definition, answers, ctx.random);
	for (const use of uses) {
		if (use.rule !== 'personal-id-matches') continue;
		const { field, dateOfBirth, sex } = use.params as IdMatches;
		const born = dateOfBirth === undefined ? undefined : resolveFieldRef(dateOfBirth, answers);
		const given = sex === undefined ? undefined : resolveFieldRef(sex, answers);
		if (typeof born !== 'string' || resolveFieldRef(field, answers) === undefined) continue;
		const which: Sex = given === 'male' || given === 'female' ? given : ctx.random.pick(sexes);
		setAt(answers, field, value.personalId(ctx.random, born, which));
	}
}

export function generateAnswers(
	definition: ProcedureDefinition,
	{ today, seed }: GenerateOptions
): Answers {
	const ctx: Context = {
		random: value.seededRandom(seed),
		today,
		slots: new Map(definition.documents.map((slot) => [slot.id, slot]))
	};
	const answers: Answers = {};
	// Each round answers what is visible so far; an answer may reveal more (a bounded fixpoint).
	const rounds = definition.steps.reduce((sum, step) => sum + step.fields.length, 1);
	for (let round = 0; round < rounds; round += 1) {
		let added = false;
		for (const { step, fields } of computeVisibility(definition, answers).steps) {
			const given = (answers[step.id] ??= {});
			for (const field of fields) {
				if (Object.hasOwn(given, field.id)) continue;
				given[field.id] = fieldValue(field, ctx);
				added = true;
			}
		}
		if (!added) break;
	}
	honourRules(definition, answers, ctx);
	// A step whose every field is hidden by the answers (a paper not needed) has no answers.
	const visible = computeVisibility(definition, answers).answers;
	return Object.fromEntries(Object.entries(visible).filter(([, step]) => Object.keys(step).length));
}
