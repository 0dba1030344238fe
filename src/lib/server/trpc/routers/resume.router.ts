import { z } from 'zod';
import { fetchBundle, removeBundle, storeBundle } from '../../resume/resume-store';
import { defaultResumeSettings, type ResumeSettings } from '../../resume/resume-settings';
import { createRouter, publicProcedure } from '../trpc';

export type { ResumeSettings };

/**
 * "Tiếp tục tại nhà" (issue 4, item 6). The browser derives a lookup id from the resume code and
 * an auth token from code + PIN, and uploads ciphertext only; the server stores and hands back
 * opaque bytes. Inputs are never logged: the lookup id and token are secrets of the citizen.
 */
const credentials = z.object({
	lookupId: z
		.string()
		.regex(/^[0-9a-fA-F]{64}$/)
		.transform((id) => id.toLowerCase()),
	authToken: z
		.string()
		.max(128)
		.regex(/^[A-Za-z0-9_-]{32,128}$/)
});

// Size is checked by hand, so that an oversized bundle is `payload_too_large`, not invalid input.
const storeInput = credentials.extend({ ciphertext: z.string().min(1) });

export function createResumeRouter(overrides: Partial<ResumeSettings> = {}) {
	const settings: ResumeSettings = { ...defaultResumeSettings, ...overrides };
	return createRouter({
		/** Uploads (or replaces, with the same token) the encrypted bundle for home. */
		store: publicProcedure
			.input(storeInput)
			.mutation(({ ctx, input }) => storeBundle(ctx.db, settings, input, ctx.clientAddress)),

		/**
		 * The ciphertext (standard base64) for the browser at home to decrypt. A mutation although it
		 * reads: a query would put the lookup id and token in the URL, where proxies log them, and
		 * each call records an attempt.
		 */
		fetch: publicProcedure
			.input(credentials)
			.mutation(({ ctx, input }) => fetchBundle(ctx.db, settings, input, ctx.clientAddress)),

		/** The citizen finished at home: the server copy goes. */
		remove: publicProcedure
			.input(credentials)
			.mutation(({ ctx, input }) => removeBundle(ctx.db, settings, input, ctx.clientAddress))
	});
}

export const resumeRouter = createResumeRouter();
