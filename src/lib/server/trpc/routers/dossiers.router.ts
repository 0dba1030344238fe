import { z } from 'zod';
import { dossierCodeInput } from '$lib/domain/dossier/dossier-code';
import {
	defaultLookupSettings,
	lookupDossier,
	type LookupSettings
} from '../../dossiers/lookup-dossier';
import { downloadResultFile } from '../../dossiers/result-file';
import { createRouter, publicProcedure } from '../trpc';

const lookupInput = z.object({
	code: dossierCodeInput,
	phoneLast4: z
		.string()
		.max(20)
		.trim()
		.regex(/^\d{4}$/)
});

export function createDossiersRouter(overrides: Partial<LookupSettings> = {}) {
	const settings: LookupSettings = { ...defaultLookupSettings, ...overrides };
	return createRouter({
		/**
		 * Public status look-up. A mutation although it reads: a query would put the code and the
		 * digits in the URL, where proxies log them, and each call records an attempt.
		 */
		lookup: publicProcedure
			.input(lookupInput)
			.mutation(({ ctx, input }) => lookupDossier(ctx.db, input, ctx.clientAddress, settings)),
		/**
		 * "Tải kết quả": the online result file (base64), with the same proof and the same failure
		 * counting as the look-up; a mutation for the same reasons.
		 */
		resultFile: publicProcedure
			.input(lookupInput)
			.mutation(({ ctx, input }) => downloadResultFile(ctx.db, input, ctx.clientAddress, settings))
	});
}

export const dossiersRouter = createDossiersRouter();
