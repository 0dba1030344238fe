import { z } from 'zod';
import { deviceReportSchema } from '$lib/domain/devices/device-report';
import { deviceSettingsSchema } from '$lib/domain/devices/device-settings.schema';
import { safeText } from '$lib/domain/text/safe-text';
import { deviceCredential } from '../../devices/device-credentials';
import { enrolDevice, listDevices, revokeDevice } from '../../devices/device-registry';
import { deviceCheckIn, setDeviceSettings } from '../../devices/device-settings';
import { createRouter, managerProcedure, publicProcedure } from '../trpc';

/**
 * Access-point PCs as managed devices (issue 21): a manager enrols the PC they are logged in on,
 * sets the PCs' settings, sees how each is doing and revokes a lost one. Each change is audited.
 */
export function createDevicesRouter(now: () => Date = () => new Date()) {
	return createRouter({
		list: managerProcedure
			.input(z.object({ accessPointId: z.uuid().optional() }))
			.query(({ ctx, input }) => listDevices(ctx.db, ctx.user, input, now())),

		enrol: managerProcedure
			.input(
				z.object({
					name: safeText({ min: 1, max: 80 }),
					clientId: z.uuid(),
					accessPointId: z.uuid().optional()
				})
			)
			.mutation(({ ctx, input }) => enrolDevice(ctx.db, ctx.user, input, now())),

		revoke: managerProcedure
			.input(z.object({ id: z.uuid() }))
			.mutation(({ ctx, input }) => revokeDevice(ctx.db, ctx.user, input.id, now())),

		setSettings: managerProcedure
			.input(
				z.discriminatedUnion('scope', [
					z.object({
						scope: z.literal('accessPoint'),
						accessPointId: z.uuid().optional(),
						settings: deviceSettingsSchema
					}),
					z.object({
						scope: z.literal('device'),
						deviceId: z.uuid(),
						settings: deviceSettingsSchema
					})
				])
			)
			.mutation(({ ctx, input }) => setDeviceSettings(ctx.db, ctx.user, input, now())),

		/** Public: the PC proves itself with its credential; it reports counts, nothing personal. */
		checkIn: publicProcedure
			.input(
				z.object({
					credential: deviceCredential,
					report: deviceReportSchema,
					revision: z.number().int().min(0).max(2_147_483_647).optional()
				})
			)
			.mutation(({ ctx, input }) => deviceCheckIn(ctx.db, input, now()))
	});
}

export const devicesRouter = createDevicesRouter();
