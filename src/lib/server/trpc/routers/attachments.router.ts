import { z } from 'zod';
import { safeText } from '$lib/domain/text/safe-text';
import { uploadStatus } from '../../attachments/attachment-store';
import { receiveChunk } from '../../attachments/receive-chunk';
import { createRouter, publicProcedure } from '../trpc';

const sha256 = z
	.string()
	.regex(/^[0-9a-fA-F]{64}$/)
	.transform((hash) => hash.toLowerCase());

// Sizes and types are checked by hand, so that the refusal says `payload_too_large` or
// `unsupported_type` rather than invalid input.
const putChunkInput = z.object({
	sha256,
	mimeType: safeText({ min: 1, max: 100 }),
	totalBytes: z.number().int().positive(),
	offset: z.number().int().nonnegative(),
	/** Standard base64 of at most CHUNK_MAX_BYTES bytes. */
	data: z.string().min(1)
});

/**
 * Document photos and scans, uploaded before the dossier that refers to them by hash. Public:
 * citizens have no account. Inputs are never logged: the bytes are scans of personal papers.
 */
export const attachmentsRouter = createRouter({
	/** How much of the file the server holds: where a device resumes after a cut. */
	status: publicProcedure
		.input(z.object({ sha256 }))
		.query(({ ctx, input }) => uploadStatus(ctx.db, input.sha256)),

	/** One chunk; see putChunk for the resume rules. Answers `{ receivedBytes, complete }`. */
	putChunk: publicProcedure
		.input(putChunkInput)
		.mutation(({ ctx, input }) => receiveChunk(ctx.db, ctx.clientAddress, input))
});
