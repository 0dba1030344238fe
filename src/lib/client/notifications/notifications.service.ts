/** Messages to citizens (issue 20): the look-up's withdrawal, the officer's list, the texts. */
import { api, type RouterInputs, type RouterOutputs } from '../api';

export type ContactConsent = RouterOutputs['notifications']['withdrawConsent'][number];
export type ContactChannel = ContactConsent['channel'];

/** "Thôi nhận": under the look-up's proof; the consents as they now stand. */
export const withdrawContactConsent = async (
	proof: { code: string; last4: string },
	channel: ContactChannel
): Promise<ContactConsent[]> =>
	(await api()).notifications.withdrawConsent.mutate({
		code: proof.code,
		phoneLast4: proof.last4,
		channel
	});

export type DossierNotifications = RouterOutputs['notifications']['ofDossier'];
export type NotificationItem = DossierNotifications['items'][number];

export const dossierNotifications = async (code: string): Promise<DossierNotifications> =>
	(await api()).notifications.ofDossier.query({ code });

export const resendNotification = async (id: number) =>
	(await api()).notifications.resend.mutate({ id });

export type TemplateRow = RouterOutputs['notifications']['templates'][number];

export const notificationTemplates = async (): Promise<TemplateRow[]> =>
	(await api()).notifications.templates.query();

export const saveNotificationTemplate = async (
	input: RouterInputs['notifications']['setTemplate']
): Promise<TemplateRow> => (await api()).notifications.setTemplate.mutate(input);

export const resetNotificationTemplate = async (
	input: RouterInputs['notifications']['resetTemplate']
): Promise<TemplateRow> => (await api()).notifications.resetTemplate.mutate(input);

/** The server's VAPID key; null while Web Push is not configured there. */
export const pushPublicKey = async (): Promise<string | null> =>
	(await api()).notifications.pushPublicKey.query();

/** "Nhận thông báo trên máy này": this browser's subscription as the dossier's push consent. */
export const subscribePush = async (
	proof: { code: string; last4: string },
	subscription: RouterInputs['notifications']['subscribePush']['subscription']
): Promise<ContactConsent[]> =>
	(await api()).notifications.subscribePush.mutate({
		code: proof.code,
		phoneLast4: proof.last4,
		subscription
	});
