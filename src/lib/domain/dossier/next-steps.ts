import type { Answers } from '../procedures/answers';
import { applicantPhone } from '../procedures/applicant-phone';
import { deliveryNames, type Delivery } from '../procedures/procedure-labels';
import type { ProcedureDefinition } from '../procedures/procedure.schema';

/**
 * What the page after "Nộp hồ sơ" tells the citizen to expect: how the result comes back and
 * the four digits the status look-up asks for with the code (server/dossiers/lookup-dossier.ts).
 */
export type NextSteps = {
	delivery: Delivery;
	/** The last four digits of the applicant's phone; absent when the answers give no phone. */
	phoneLast4?: string;
};

const isDelivery = (value: unknown): value is Delivery =>
	typeof value === 'string' && Object.hasOwn(deliveryNames, value);

/**
 * The method chosen on the "delivery" step; a procedure that offers one method only does not
 * ask, and one that asks nothing is collected at the desk, as the receipt says (receipt-data.ts).
 */
export function resultDelivery(definition: ProcedureDefinition, answers: Answers): Delivery {
	const chosen = answers.delivery?.method;
	if (isDelivery(chosen)) return chosen;
	const [only] = definition.delivery;
	return definition.delivery.length === 1 && only ? only : 'desk';
}

export function nextSteps(definition: ProcedureDefinition, answers: Answers): NextSteps {
	const phone = applicantPhone(definition, answers);
	return {
		delivery: resultDelivery(definition, answers),
		...(phone && phone.length >= 4 ? { phoneLast4: phone.slice(-4) } : {})
	};
}

/** The phone as the page shows it: only the four digits to remember ("••• ••• 1234"). */
export const maskedPhone = (last4: string): string => `••• ••• ${last4}`;
