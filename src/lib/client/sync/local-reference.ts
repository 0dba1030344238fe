/**
 * The reference printed on the "Chờ gửi" slip before the server assigns a dossier code, e.g.
 * "CG-261122-7KQ4M". Short enough to read over the phone: Crockford's base32 leaves out I, L, O
 * and U, which are easily confused with 1, 0 and V. The date is Vietnam's.
 */
import { todayInVietnam } from '$lib/domain/validation/dates';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const localReferencePattern = /^CG-\d{6}-[0-9A-HJKMNP-TV-Z]{5}$/;

export function newLocalReference(now: Date = new Date()): string {
	const yymmdd = todayInVietnam(now).slice(2).replaceAll('-', '');
	const random = crypto.getRandomValues(new Uint8Array(5));
	const suffix = [...random].map((byte) => alphabet[byte & 31]).join('');
	return `CG-${yymmdd}-${suffix}`;
}
