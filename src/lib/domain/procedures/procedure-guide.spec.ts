import { describe, expect, it } from 'vitest';
import { getProcedureBySlug } from '$testing/procedures/catalogue';
import {
	checkGuide,
	guideProcedures,
	procedureGuide,
	walkGuide,
	type ProcedureGuide
} from './procedure-guide';

/** The slugs issue 17 names for the two groups (some ship in other branches). */
const groupSlugs = [
	'dang-ky-khai-sinh',
	'lien-thong-khai-sinh-thuong-tru-bao-hiem-y-te',
	'dang-ky-khai-sinh-cho-nguoi-da-co-giay-to',
	'dang-ky-lai-khai-sinh',
	'cap-ban-sao-trich-luc-ho-tich',
	'dang-ky-thuong-tru',
	'dang-ky-tam-tru',
	'gia-han-tam-tru',
	'khai-bao-tam-vang',
	'xoa-dang-ky-thuong-tru',
	'thong-bao-luu-tru'
];

const everyone = () => true;
const shipped = (slug: string) => getProcedureBySlug(slug) !== undefined;
/** A catalogue of the ten frequent procedures alone: no late birth, re-registration or extension. */
const tenFrequent = new Set([
	'dang-ky-khai-sinh',
	'lien-thong-khai-sinh-thuong-tru-bao-hiem-y-te',
	'dang-ky-ket-hon',
	'dang-ky-khai-tu',
	'xac-nhan-tinh-trang-hon-nhan',
	'cap-ban-sao-trich-luc-ho-tich',
	'chung-thuc-ban-sao-tu-ban-chinh',
	'dang-ky-thuong-tru',
	'dang-ky-tam-tru',
	'xac-nhan-thong-tin-cu-tru'
]);
const frequentOnly = (slug: string) => tenFrequent.has(slug);

describe('the procedure guide', () => {
	it('leads to procedures that all ship', () => {
		for (const slug of guideProcedures(procedureGuide)) expect(shipped(slug), slug).toBe(true);
	});

	it('is sound: shape, ids, every question reached, no loop', () => {
		expect(checkGuide(procedureGuide)).toEqual([]);
	});

	it('asks at least two answers per question and ends every answer on a procedure slug', () => {
		for (const q of procedureGuide.questions) {
			expect(q.answers.length, q.id).toBeGreaterThanOrEqual(2);
			for (const a of q.answers) {
				if ('procedure' in a.next)
					expect(groupSlugs, `${q.id}/${a.id}`).toContain(a.next.procedure);
			}
		}
		expect(guideProcedures(procedureGuide).sort()).toEqual([...groupSlugs].sort());
	});

	it('takes at most three questions after the group to reach a procedure', () => {
		const depth = (id: string): number => {
			const q = procedureGuide.questions.find((x) => x.id === id);
			if (!q) return 0;
			return (
				1 + Math.max(...q.answers.map((a) => ('question' in a.next ? depth(a.next.question) : 0)))
			);
		};
		expect(depth(procedureGuide.start) - 1).toBeLessThanOrEqual(3);
	});

	it('walks the residence path to temporary residence', () => {
		const start = walkGuide(procedureGuide, [], everyone);
		expect(start).toMatchObject({ kind: 'question', steps: [] });
		const end = walkGuide(procedureGuide, ['noi-o', 'noi-o-moi', 'mot-thoi-gian'], everyone);
		expect(end).toMatchObject({ kind: 'end', procedure: 'dang-ky-tam-tru' });
		expect(end.used).toEqual(['noi-o', 'noi-o-moi', 'mot-thoi-gian']);
		expect(end.steps.map((s) => s.question.id)).toEqual([
			'viec-can-lam',
			'viec-ve-noi-o',
			'o-bao-lau'
		]);
	});

	it('walks the birth paths: on time, late with papers, a copy, again', () => {
		const endOf = (answers: string[]) => {
			const at = walkGuide(procedureGuide, answers, everyone);
			return at.kind === 'end' ? at.procedure : at.question.id;
		};
		expect(endOf(['khai-sinh', 'chua', 'tre-chua-co-giay-to', 'chi-khai-sinh'])).toBe(
			'dang-ky-khai-sinh'
		);
		expect(endOf(['khai-sinh', 'chua', 'tre-chua-co-giay-to', 'ca-ba-viec'])).toBe(
			'lien-thong-khai-sinh-thuong-tru-bao-hiem-y-te'
		);
		expect(endOf(['khai-sinh', 'chua', 'da-co-giay-to'])).toBe(
			'dang-ky-khai-sinh-cho-nguoi-da-co-giay-to'
		);
		expect(endOf(['khai-sinh', 'roi', 'ban-sao'])).toBe('cap-ban-sao-trich-luc-ho-tich');
		expect(endOf(['khai-sinh', 'roi', 'dang-ky-lai'])).toBe('dang-ky-lai-khai-sinh');
	});

	it('stops at the question whose answer in the address is unknown', () => {
		const at = walkGuide(procedureGuide, ['noi-o', 'khong-co', 'lau-dai'], everyone);
		expect(at).toMatchObject({ kind: 'question', used: ['noi-o'] });
		expect(at.kind === 'question' && at.question.id).toBe('viec-ve-noi-o');
	});

	it('never offers an answer whose procedures the catalogue lacks, nor asks a lone answer', () => {
		const birth = walkGuide(procedureGuide, ['khai-sinh'], frequentOnly);
		expect(birth.kind === 'question' && birth.answers.map((a) => a.id)).toEqual(['chua', 'roi']);
		// a person with papers has no procedure here: "which papers?" has one answer, not asked
		const never = walkGuide(procedureGuide, ['khai-sinh', 'chua'], frequentOnly);
		expect(never.kind === 'question' && never.question.id).toBe('lam-cung-luc');
		expect(never.steps.map((s) => [s.question.id, s.asked])).toEqual([
			['viec-can-lam', true],
			['da-dang-ky-khai-sinh', true],
			['giay-to-ca-nhan', false]
		]);
		// the lone answer left ends the walk at once
		const copy = walkGuide(procedureGuide, ['khai-sinh', 'roi'], frequentOnly);
		expect(copy).toMatchObject({
			kind: 'end',
			procedure: 'cap-ban-sao-trich-luc-ho-tich',
			used: ['khai-sinh', 'roi']
		});
		const residence = walkGuide(procedureGuide, ['noi-o'], frequentOnly);
		expect(residence.kind === 'question' && residence.question.id).toBe('o-bao-lau');
		expect(residence.kind === 'question' && residence.answers.map((a) => a.id)).toEqual([
			'lau-dai',
			'mot-thoi-gian'
		]);
		// an address naming a missing procedure stops before it
		const missing = walkGuide(procedureGuide, ['noi-o', 'gia-han'], frequentOnly);
		expect(missing).toMatchObject({ kind: 'question', used: ['noi-o'] });
		// one group left: its first question is asked straight away
		const onlyStay = (slug: string) => ['dang-ky-tam-tru', 'thong-bao-luu-tru'].includes(slug);
		const first = walkGuide(procedureGuide, [], onlyStay);
		expect(first.kind === 'question' && first.question.id).toBe('viec-ve-noi-o');
		const none = walkGuide(procedureGuide, [], () => false);
		expect(none.kind === 'question' && none.answers).toEqual([]);
	});

	it('refuses a guide with a dangling question, a loop, a lone answer or a bad slug', () => {
		const answer = (
			id: string,
			next: ProcedureGuide['questions'][number]['answers'][number]['next']
		) => ({
			id,
			label: { vi: id, en: id },
			next
		});
		const end = { procedure: 'dang-ky-tam-tru', why: { vi: 'Vì.', en: 'Because.' } };
		const broken = {
			start: 'a',
			questions: [
				{
					id: 'a',
					question: { vi: 'A?', en: 'A?' },
					answers: [answer('x', { question: 'b' }), answer('y', { question: 'zzz' })]
				},
				{
					id: 'b',
					question: { vi: 'B?', en: 'B?' },
					answers: [answer('x', { question: 'a' }), answer('y', end)]
				},
				{ id: 'c', question: { vi: 'C?', en: 'C?' }, answers: [answer('x', end), answer('y', end)] }
			]
		};
		expect(checkGuide(broken)).toEqual(
			expect.arrayContaining([
				'a leads to unknown question zzz',
				'loop through a',
				'c is never asked'
			])
		);
		const lone = {
			start: 'a',
			questions: [{ id: 'a', question: { vi: 'A?', en: 'A?' }, answers: [answer('x', end)] }]
		};
		expect(checkGuide(lone)).not.toEqual([]);
		const badSlug = {
			start: 'a',
			questions: [
				{
					id: 'a',
					question: { vi: 'A?', en: 'A?' },
					answers: [answer('x', end), answer('y', { ...end, procedure: 'Bad Slug' })]
				}
			]
		};
		expect(checkGuide(badSlug)).not.toEqual([]);
	});
});
