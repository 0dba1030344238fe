import { and, eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import { normalizeDossierCode, isDossierCode } from '$lib/domain/dossier/dossier-code';
import { userForSessionToken, type SessionUser } from '../auth/session';
import type { Database } from '../db/client';
import { attachmentBlobs, dossierAttachments } from '../db/schema';
import { writeAudit } from '../audit/audit-log';
import { findDossier } from './load';
import { wardScopeOf } from './scope';

export type AttachmentFile = { bytes: Uint8Array; mimeType: string; fileName: string };

const staffRoles: readonly SessionUser['role'][] = ['officer', 'admin'];

/**
 * A file of a dossier, for an officer of its ward (or an administrator): only a file the
 * dossier names, never any blob by its hash. Downloading is reading personal data, so it is
 * audited like opening the dossier.
 */
export async function officerAttachment(
	db: Database,
	user: SessionUser | null,
	input: { code: string; sha256: string },
	now: Date = new Date()
): Promise<AttachmentFile> {
	if (!user) throw new AppError('unauthorized');
	if (!staffRoles.includes(user.role)) throw new AppError('forbidden');
	const code = normalizeDossierCode(input.code);
	const sha256 = input.sha256.toLowerCase();
	if (!isDossierCode(code) || !/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('not_found');
	const dossier = await findDossier(db, await wardScopeOf(db, user), code);
	const [file] = await db
		.select({
			fileName: dossierAttachments.fileName,
			mimeType: attachmentBlobs.mimeType,
			bytes: attachmentBlobs.content
		})
		.from(dossierAttachments)
		.innerJoin(attachmentBlobs, eq(attachmentBlobs.sha256, dossierAttachments.sha256))
		.where(and(eq(dossierAttachments.dossierId, dossier.id), eq(dossierAttachments.sha256, sha256)))
		.limit(1);
	if (!file) throw new AppError('not_found');
	await writeAudit(db, {
		actorUserId: user.id,
		action: 'officer.attachment',
		subject: dossier.code,
		details: { sha256 },
		at: now
	});
	return file;
}

const httpStatus: Partial<Record<AppError['code'], number>> = {
	unauthorized: 401,
	forbidden: 403,
	not_found: 404
};

/** The HTTP answer for a refusal: the status and the app code, nothing about the dossier. */
export const refusalResponse = (error: AppError): Response =>
	new Response(JSON.stringify({ appCode: error.code }), {
		status: httpStatus[error.code] ?? 500,
		headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }
	});

/** The file as a response: its own type, inline, and never kept by a cache (personal data). */
export function attachmentResponse(file: AttachmentFile): Response {
	const name = encodeURIComponent(file.fileName);
	return new Response(Buffer.from(file.bytes), {
		headers: {
			'Content-Type': file.mimeType,
			'Content-Length': String(file.bytes.byteLength),
			'Content-Disposition': `inline; filename*=UTF-8''${name}`,
			'Cache-Control': 'no-store'
		}
	});
}

/**
 * GET /api/can-bo/ho-so/[code]/tep/[sha256]: the session cookie's user, the file or a refusal.
 * Unexpected errors propagate to SvelteKit's handleError.
 */
export async function attachmentDownload(
	db: Database,
	sessionToken: string | undefined,
	params: { code: string; sha256: string },
	now: Date = new Date()
): Promise<Response> {
	const user = sessionToken ? await userForSessionToken(db, sessionToken, now) : null;
	try {
		return attachmentResponse(await officerAttachment(db, user, params, now));
	} catch (error) {
		if (error instanceof AppError) return refusalResponse(error);
		throw error;
	}
}
