import type { LocalizedText } from '../validation/issue';
import type { Answers } from './answers';
import { evaluateCondition, resolveFieldRef, type FieldRef } from './condition';
import type { FeeRule, ProcedureDefinition } from './procedure.schema';
import { provinceFeeFor, type ProvinceFee, type ProvinceFeeSchedule } from './province-fees';

export type FeeChannel = 'online' | 'in_person';

export type FeeOptions = {
	/** Filing through this app is online; a desk officer quoting at the counter says in_person. */
	channel?: FeeChannel;
	/** For fees set by each province: the 2-digit code of the province of the authority. */
	provinceCode?: string;
	/**
	 * The administrator's figures for the office's province (reference data). For a fee the
	 * province sets, its figure for this procedure wins over the definition's examples.
	 */
	schedule?: ProvinceFeeSchedule | undefined;
};

/** The province's figure as a rule of the definition's kind. */
function ruleOfProvinceFee(fee: ProvinceFee): FeeRule {
	const label = fee.label?.trim();
	return {
		label: label ? { vi: label, en: label } : { vi: 'Lệ phí', en: 'Fee' },
		amountVnd: fee.amountVnd,
		per: fee.per,
		provinceCode: fee.provinceCode
	};
}

export type FeeLine = {
	label: LocalizedText;
	unitVnd: number;
	quantity: number;
	amountVnd: number;
};

export type FeeQuote =
	| { kind: 'free' }
	| { kind: 'exempt' }
	/** The province sets the amount and none is recorded for this one; `examples` from others. */
	| { kind: 'set_by_province'; examples: FeeRule[] }
	/** `lines` are before the per-copy ceiling; `totalVnd` after it (`capped` says it applied). */
	| { kind: 'amount'; totalVnd: number; lines: FeeLine[]; capped: boolean };

function quantity(ref: FieldRef | undefined, answers: Answers): number {
	const raw = ref === undefined ? undefined : resolveFieldRef(ref, answers);
	const value = typeof raw === 'string' ? Number(raw.trim()) : raw;
	return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 1;
}

/** How many of units 1..count fall in the rule's tier (inclusive bounds). */
function unitsInTier(rule: FeeRule, count: number): number {
	const from = rule.fromUnit ?? 1;
	const to = Math.min(rule.toUnit ?? count, count);
	return Math.max(0, to - from + 1);
}

/**
 * The fee of an application where it can be computed from the definition's data: per dossier,
 * per copy, per page with tiers, and a ceiling per copy. Unanswered quantities count as 1.
 */
export function computeFee(
	definition: ProcedureDefinition,
	answers: Answers,
	options: FeeOptions = {}
): FeeQuote {
	const fee = definition.fee;
	if (fee.exemptIf && evaluateCondition(fee.exemptIf, answers)) return { kind: 'exempt' };
	const channel = options.channel ?? 'online';
	let rules = fee.rules.filter((rule) => rule.channel === undefined || rule.channel === channel);
	const scheduled = fee.setByProvince ? provinceFeeFor(options.schedule, definition.id) : undefined;
	if (scheduled) {
		rules = [ruleOfProvinceFee(scheduled)];
	} else if (fee.setByProvince) {
		const own = rules.filter((rule) => rule.provinceCode === options.provinceCode);
		if (own.length === 0) return { kind: 'set_by_province', examples: rules };
		rules = own;
	}
	if (rules.length === 0) return { kind: 'free' };

	const copies = quantity(fee.quantities?.copies, answers);
	const pages = quantity(fee.quantities?.pages, answers);
	const lines: FeeLine[] = [];
	let perCopy = 0;
	let other = 0;
	for (const rule of rules) {
		const per = rule.per;
		if (per === 'page') {
			const units = unitsInTier(rule, pages);
			perCopy += units * rule.amountVnd;
			const count = units * copies;
			lines.push({
				label: rule.label,
				unitVnd: rule.amountVnd,
				quantity: count,
				amountVnd: count * rule.amountVnd
			});
		} else {
			const count = per === 'copy' ? unitsInTier(rule, copies) : 1;
			other += count * rule.amountVnd;
			lines.push({
				label: rule.label,
				unitVnd: rule.amountVnd,
				quantity: count,
				amountVnd: count * rule.amountVnd
			});
		}
	}
	const cap = fee.maxPerCopyVnd;
	const capped = cap !== undefined && perCopy > cap;
	const totalVnd = (capped ? cap : perCopy) * copies + other;
	return { kind: 'amount', totalVnd, lines: lines.filter((line) => line.quantity > 0), capped };
}
