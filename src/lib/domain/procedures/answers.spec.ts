import { describe, expect, it } from 'vitest';
import { answersSchemaFor } from './answers-shape';
import { answersShapeSchema, attachmentRefSchema, type Answers } from './answers';
import { birthRegistration } from '$testing/procedures/catalogue';
import { validateApplication } from './validate-application';

const sha256 = 'ab'.repeat(32);

describe('attachment references with the uploaded file’s hash', () => {
	const withHash = (hash: string): Answers => {
		const answers: Answers = structuredClone(birthRegistration.sampleCase!);
		const [ref] = answers.documents!.birthCertificate as object[];
		answers.documents!.birthCertificate = [{ ...ref, sha256: hash }];
		return answers;
	};

	it('keeps the hash through every schema and in the clean application', () => {
		const answers = withHash(sha256);
		expect(answersShapeSchema.safeParse(answers).success).toBe(true);
		expect(answersSchemaFor(birthRegistration).safeParse(answers).success).toBe(true);
		const result = validateApplication(birthRegistration, answers, { today: '2026-11-22' });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.application.answers.documents?.birthCertificate).toEqual([
			expect.objectContaining({ attachmentId: 'sample-giay-chung-sinh', sha256 })
		]);
	});

	it('still accepts a reference without one (a file not yet sent)', () => {
		const [ref] = birthRegistration.sampleCase!.documents!.birthCertificate as object[];
		expect(attachmentRefSchema.safeParse(ref).success).toBe(true);
	});

	it('refuses a hash that is not 64 lower-case hex digits', () => {
		for (const hash of ['AB'.repeat(32), 'ab'.repeat(31), 'zz'.repeat(32)]) {
			const result = validateApplication(birthRegistration, withHash(hash), {
				today: '2026-11-22'
			});
			expect(result.ok, hash).toBe(false);
		}
	});
});
