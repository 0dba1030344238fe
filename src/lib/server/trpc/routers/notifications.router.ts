import { z } from 'zod';
import { dossierCodeInput } from '$lib/domain/dossier/dossier-code';
import { templateChannels, templateEvents } from '$lib/domain/notifications/templates';
import { defaultLookupSettings, type LookupSettings } from '../../dossiers/lookup-dossier';
import { AppError } from '$lib/errors/app-error';
import { pushSubscriptionInput } from '$lib/domain/notifications/push-subscription';
import { withdrawConsentAtLookup } from '../../notifications/consent-withdrawal';
import { subscribePushAtLookup } from '../../notifications/push-consent';
import { notificationSettingsFromEnv } from '../../notifications/settings';
import { dossierNotifications } from '../../notifications/notification-list';
import { resendNotification } from '../../notifications/resend';
import {
	notificationTemplateRows,
	resetNotificationTemplate,
	setNotificationTemplate
} from '../../notifications/template-store';
import { adminProcedure, createRouter, publicProcedure, roleProcedure } from '../trpc';

const officer = roleProcedure('officer', 'admin');
const templateKey = { event: z.enum(templateEvents), channel: z.enum(templateChannels) };
// Lengths are checked by checkTemplate with the channel's limits; this only bounds the body.
const templateText = z.string().max(4000);
const phoneLast4 = z
	.string()
	.max(20)
	.trim()
	.regex(/^\d{4}$/);
/** Read at each call, as the worker reads it at start: the VAPID key, or none with push off. */
const pushPublicKeyFromEnv = () => notificationSettingsFromEnv().push?.publicKey ?? null;

/**
 * Messages to citizens about their dossiers (issue 20): the administrator's texts, the officer's
 * view of a dossier's messages and "Gửi lại", and the citizen's "Thôi nhận tin" at the look-up.
 */
export function createNotificationsRouter(
	overrides: Partial<LookupSettings> = {},
	pushPublicKey: () => string | null = pushPublicKeyFromEnv
) {
	const settings: LookupSettings = { ...defaultLookupSettings, ...overrides };
	return createRouter({
		templates: adminProcedure.query(({ ctx }) => notificationTemplateRows(ctx.db)),

		setTemplate: adminProcedure
			.input(
				z.object({
					...templateKey,
					template: z.object({ subject: templateText.optional(), body: templateText })
				})
			)
			.mutation(({ ctx, input }) => setNotificationTemplate(ctx.db, ctx.user.id, input)),

		resetTemplate: adminProcedure
			.input(z.object(templateKey))
			.mutation(({ ctx, input }) => resetNotificationTemplate(ctx.db, ctx.user.id, input)),

		ofDossier: officer
			.input(z.object({ code: dossierCodeInput }))
			.query(({ ctx, input }) => dossierNotifications(ctx.db, ctx.user, input.code)),

		resend: officer
			.input(z.object({ id: z.number().int().positive() }))
			.mutation(({ ctx, input }) => resendNotification(ctx.db, ctx.user, input.id)),

		/** A mutation, as the look-up: the code and digits stay out of URLs and logs. */
		withdrawConsent: publicProcedure
			.input(
				z.object({
					code: dossierCodeInput,
					phoneLast4,
					channel: z.enum(['email', 'sms', 'push'])
				})
			)
			.mutation(({ ctx, input }) =>
				withdrawConsentAtLookup(ctx.db, input, ctx.clientAddress, settings)
			),

		/** The VAPID public key a browser subscribes with; null while Web Push is not configured. */
		pushPublicKey: publicProcedure.query(() => pushPublicKey()),

		/**
		 * "Nhận thông báo trên máy này": this browser's subscription as the dossier's push
		 * consent, under the look-up's proof. Refused while push is off: nothing could be sent.
		 */
		subscribePush: publicProcedure
			.input(z.object({ code: dossierCodeInput, phoneLast4, subscription: pushSubscriptionInput }))
			.mutation(({ ctx, input }) => {
				if (pushPublicKey() === null) throw new AppError('forbidden');
				return subscribePushAtLookup(ctx.db, input, ctx.clientAddress, settings);
			})
	});
}

export const notificationsRouter = createNotificationsRouter();
