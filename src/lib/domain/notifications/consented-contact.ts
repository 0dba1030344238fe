/** The consent screen's two answers about messages, one per channel (issue 20). */
export type ContactChoice = { email: boolean; sms: boolean };

/** Addresses per channel: typed on the consent screen, or found in the application. */
export type ContactAddresses = { email?: string; sms?: string };

/**
 * What the dossier carries to the server: for each channel consented to, the address typed for
 * this purpose, else the application's own; a channel without an address is left out (nothing
 * can be sent there). Undefined when nothing was consented, so the submission stays as an older
 * device would send it. Both addresses were checked at their forms (contactAddressProblem, the
 * application's field rules); the server checks and normalises them again and drops a bad one.
 * No validation here: this runs with "Nộp hồ sơ", whose code the first route's size counts.
 */
export function consentedContact(
	choice: ContactChoice,
	typed: ContactAddresses,
	application: { email?: string; phone?: string }
): ContactAddresses | undefined {
	const pick = (...candidates: (string | undefined)[]) =>
		candidates.map((value) => value?.trim()).find((value) => value);
	const email = choice.email ? pick(typed.email, application.email) : undefined;
	const sms = choice.sms ? pick(typed.sms, application.phone) : undefined;
	if (!email && !sms) return undefined;
	return { ...(email ? { email } : {}), ...(sms ? { sms } : {}) };
}
