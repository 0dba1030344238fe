import { z } from 'zod';
import { safeText } from '../text/safe-text';

/**
 * Answers as the wizard stores them and the server receives them: step id → field id → value.
 * Values are loose (partial objects, typed strings) because drafts are saved as people type;
 * `validateApplication` turns them into clean, normalised values.
 */
export type Answers = Record<string, Record<string, unknown>>;

// Drafts are read loosely: validation reports a bad character at its field (validate-field.ts).
const text = z.string().max(10_000);

/**
 * An answer's text as the server takes it in (answers-shape.ts, `answersShapeSchema`): under the
 * text rule, multi-line since the shape does not know the field; validation then cleans it again
 * and refuses tab and newline where the field is one line. Not trimmed: validation does that.
 */
export const answerTextSchema = safeText({ max: 10_000, multiline: true, trim: false });

export const attachmentRefSchema = z.object({
	attachmentId: safeText({ min: 1, max: 100 }),
	fileName: safeText({ max: 255 }),
	mimeType: safeText({ max: 100 }),
	sizeBytes: z.number().int().nonnegative(),
	/**
	 * Hex SHA-256 of the file as uploaded (attachments.putChunk). Absent while the file is only on
	 * the device; the server accepts a dossier only when every file it names has arrived.
	 */
	sha256: z
		.string()
		.regex(/^[0-9a-f]{64}$/)
		.optional()
});

export const addressValueSchema = z.object({
	provinceCode: text.optional(),
	communeCode: text.optional(),
	communeName: text.optional(),
	street: text.optional()
});

export const personValueSchema = z.object({
	fullName: text.optional(),
	dateOfBirth: text.optional(),
	sex: text.optional(),
	personalId: text.optional(),
	relation: text.optional()
});

export type AttachmentRef = z.infer<typeof attachmentRefSchema>;
export type AddressValue = z.infer<typeof addressValueSchema>;
export type PersonValue = z.infer<typeof personValueSchema>;

/** A block's parts, each under the text rule (for the server's shape check). */
function safeParts<K extends string>(shape: Record<K, unknown>) {
	const keys = Object.keys(shape) as K[];
	return z.strictObject(
		Object.fromEntries(keys.map((key) => [key, answerTextSchema.optional()])) as Record<
			K,
			z.ZodOptional<typeof answerTextSchema>
		>
	);
}

/** An address answer as the server takes it in: known parts only, each under the text rule. */
export const safeAddressValueSchema = safeParts(addressValueSchema.shape);
/** A person answer as the server takes it in: known parts only, each under the text rule. */
export const safePersonValueSchema = safeParts(personValueSchema.shape);

/** Any value a field of any kind may hold, for procedures not known in advance. */
export const fieldValueSchema = z.union([
	answerTextSchema,
	z.number(),
	z.boolean(),
	z.null(),
	// Strict here: a union takes the first object that parses, and a loose address schema
	// would accept a person and strip every key of it.
	safeAddressValueSchema,
	safePersonValueSchema,
	z.array(attachmentRefSchema).max(50)
]);

const id = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/);

export const answersShapeSchema = z.record(id, z.record(id, fieldValueSchema.optional()));

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Empty means "not answered": blank strings, null, empty lists, objects with only empty parts. */
export function isEmptyValue(value: unknown): boolean {
	if (value === undefined || value === null) return true;
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value)) return value.length === 0;
	if (isPlainObject(value)) return Object.values(value).every(isEmptyValue);
	return false;
}

/** Keeps only objects of objects; anything else in the input counts as no answer. */
export function toAnswers(value: unknown): Answers {
	if (!isPlainObject(value)) return {};
	const answers: Answers = {};
	for (const [stepId, step] of Object.entries(value)) {
		if (isPlainObject(step)) answers[stepId] = step;
	}
	return answers;
}
