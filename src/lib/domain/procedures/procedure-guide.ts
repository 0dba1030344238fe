/**
 * "Chưa rõ nên chọn thủ tục nào?" (issue 17): a few plain questions, one per page, for the
 * groups citizens mix up most, ending on one procedure named by its slug. The trees are data
 * checked by `checkGuide` (a spec runs it); the answers given so far are the page's address,
 * so nothing is stored. An answer whose procedures are all missing from the catalogue is not
 * offered: the guide never ends on a dead link.
 */
import { z } from 'zod';
import type { LocalizedText } from '../validation/issue';
import { localizedTextSchema, slugSchema } from './common.schema';

/** Node and answer ids: kebab-case, as they appear in the address. */
const guideIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id');

const answerSchema = z.strictObject({
	id: guideIdSchema,
	label: localizedTextSchema,
	hint: localizedTextSchema.optional(),
	/** The next question's id, or the procedure it ends on. */
	next: z.union([
		z.strictObject({ question: guideIdSchema }),
		z.strictObject({ procedure: slugSchema, why: localizedTextSchema })
	])
});

const questionSchema = z.strictObject({
	id: guideIdSchema,
	question: localizedTextSchema,
	hint: localizedTextSchema.optional(),
	answers: z.array(answerSchema).min(2)
});

export const procedureGuideSchema = z.strictObject({
	start: guideIdSchema,
	questions: z.array(questionSchema).min(1)
});

export type GuideAnswer = z.infer<typeof answerSchema>;
export type GuideQuestion = z.infer<typeof questionSchema>;
export type ProcedureGuide = z.infer<typeof procedureGuideSchema>;
export type GuideEnd = { procedure: string; why: LocalizedText };

/** The address parameter holding the answers, one per question, in order. */
export const guideAnswerParam = 'tra-loi';

/**
 * Problems beyond the shape: ids unique, every `next` found, every question reachable from the
 * start and none met twice on a path (no loops). Empty when the guide is sound.
 */
export function checkGuide(guide: unknown): string[] {
	const parsed = procedureGuideSchema.safeParse(guide);
	if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	const { start, questions } = parsed.data;
	const problems: string[] = [];
	const byId = new Map<string, GuideQuestion>();
	for (const q of questions) {
		if (byId.has(q.id)) problems.push(`question ${q.id} is listed twice`);
		byId.set(q.id, q);
		const answerIds = q.answers.map((a) => a.id);
		if (new Set(answerIds).size !== answerIds.length) problems.push(`${q.id}: answer ids repeat`);
	}
	if (!byId.has(start)) problems.push(`start ${start} is no question`);
	const reached = new Set<string>();
	const visit = (id: string, path: readonly string[]) => {
		const q = byId.get(id);
		if (!q) return problems.push(`${path.at(-1) ?? 'start'} leads to unknown question ${id}`);
		if (path.includes(id)) return problems.push(`loop through ${id}`);
		reached.add(id);
		for (const a of q.answers) if ('question' in a.next) visit(a.next.question, [...path, id]);
	};
	visit(start, []);
	for (const id of byId.keys()) if (!reached.has(id)) problems.push(`${id} is never asked`);
	return problems;
}

/** Every procedure slug the guide can end on. */
export function guideProcedures(guide: ProcedureGuide): string[] {
	return [
		...new Set(
			guide.questions.flatMap((q) =>
				q.answers.flatMap((a) => ('procedure' in a.next ? [a.next.procedure] : []))
			)
		)
	];
}

/** A question passed, with its answer; `asked` is false when it had one answer only. */
export type GuideStep = { question: GuideQuestion; answer: GuideAnswer; asked: boolean };

/** Where a list of answers leads: the next question to ask, or the procedure it ends on. */
export type GuidePosition = {
	/** The questions passed, with their answers, in order (each one offered). */
	steps: GuideStep[];
	/** Answers from the address that were used (the rest were unknown or no longer offered). */
	used: string[];
} & (
	| { kind: 'question'; question: GuideQuestion; answers: GuideAnswer[] }
	| ({ kind: 'end' } & GuideEnd)
);

/**
 * Walks the guide along `answers`, offering only answers that can still end on a procedure
 * `offered(slug)` says the catalogue has. A question left with one answer is not asked (its
 * answer is taken, and not part of the address); an answer the question does not offer stops
 * the walk at that question, as if not yet answered.
 */
export function walkGuide(
	guide: ProcedureGuide,
	answers: readonly string[],
	offered: (slug: string) => boolean
): GuidePosition {
	const byId = new Map(guide.questions.map((q) => [q.id, q]));
	const memo = new Map<string, boolean>();
	const leadsSomewhere = (answer: GuideAnswer): boolean => {
		if ('procedure' in answer.next) return offered(answer.next.procedure);
		const id = answer.next.question;
		const known = memo.get(id);
		if (known !== undefined) return known;
		memo.set(id, false); // a loop (refused by checkGuide) leads nowhere
		const result = byId.get(id)?.answers.some(leadsSomewhere) ?? false;
		memo.set(id, result);
		return result;
	};
	const steps: GuideStep[] = [];
	const used: string[] = [];
	let question = byId.get(guide.start) as GuideQuestion;
	// Each turn moves one question down a tree checked free of loops: it ends.
	for (;;) {
		const offeredAnswers = question.answers.filter(leadsSomewhere);
		const asked = offeredAnswers.length !== 1;
		const given = answers[used.length];
		const answer = asked ? offeredAnswers.find((a) => a.id === given) : offeredAnswers[0];
		if (!answer) return { kind: 'question', steps, used, question, answers: offeredAnswers };
		if (asked) used.push(answer.id);
		steps.push({ question, answer, asked });
		if ('procedure' in answer.next) return { kind: 'end', steps, used, ...answer.next };
		question = byId.get(answer.next.question) as GuideQuestion;
	}
}

const text = (vi: string, en: string): LocalizedText => ({ vi, en });

/**
 * The two groups of issue 17. Facts used: on-time birth registration is within 60 days and
 * free (Civil Status Law 2014); "3 in 1" is for children under 6 (Decree 63/2024); temporary
 * residence is for a stay of 30 days or more away from one's permanent residence, a shorter
 * stay is notified as lưu trú (Residence Law 2020, arts. 27 and 30).
 */
export const procedureGuide: ProcedureGuide = {
	start: 'viec-can-lam',
	questions: [
		{
			id: 'viec-can-lam',
			question: text('Ông/Bà cần làm thủ tục về việc gì?', 'What is the procedure about?'),
			answers: [
				{
					id: 'khai-sinh',
					label: text('Khai sinh, giấy khai sinh', 'Birth registration, a birth certificate'),
					hint: text(
						'Đăng ký khai sinh cho trẻ hoặc người chưa đăng ký, đăng ký lại, xin bản sao.',
						'Registering a child or a person never registered, registering again, a copy.'
					),
					next: { question: 'da-dang-ky-khai-sinh' }
				},
				{
					id: 'noi-o',
					label: text(
						'Nơi ở: thường trú, tạm trú, tạm vắng, lưu trú',
						'Residence: permanent, temporary, absence, a short stay'
					),
					hint: text(
						'Đăng ký nơi ở mới, gia hạn tạm trú, báo vắng mặt, báo có khách ở lại.',
						'Registering a new home, extending a temporary stay, an absence, a guest.'
					),
					next: { question: 'viec-ve-noi-o' }
				}
			]
		},
		{
			id: 'da-dang-ky-khai-sinh',
			question: text(
				'Người này đã từng được đăng ký khai sinh chưa?',
				'Has this person’s birth ever been registered?'
			),
			answers: [
				{
					id: 'chua',
					label: text('Chưa, chưa từng đăng ký', 'No, never registered'),
					next: { question: 'giay-to-ca-nhan' }
				},
				{
					id: 'roi',
					label: text('Rồi, đã đăng ký khai sinh', 'Yes, it was registered'),
					next: { question: 'con-so-ho-tich' }
				}
			]
		},
		{
			id: 'giay-to-ca-nhan',
			question: text(
				'Người cần khai sinh đã có giấy tờ cá nhân chưa?',
				'Does the person already have personal papers?'
			),
			hint: text(
				'Ví dụ: căn cước, hộ chiếu, học bạ, bằng tốt nghiệp.',
				'For example an ID card, a passport, school records, a diploma.'
			),
			answers: [
				{
					id: 'tre-chua-co-giay-to',
					label: text('Chưa, đây là trẻ em chưa có giấy tờ nào', 'No, a child with no papers'),
					next: { question: 'lam-cung-luc' }
				},
				{
					id: 'da-co-giay-to',
					label: text('Đã có giấy tờ cá nhân', 'Yes, the person has personal papers'),
					next: {
						procedure: 'dang-ky-khai-sinh-cho-nguoi-da-co-giay-to',
						why: text(
							'Người chưa từng đăng ký khai sinh nhưng đã có giấy tờ cá nhân thì đăng ký khai sinh theo thủ tục dành riêng cho trường hợp này, dựa trên các giấy tờ đó.',
							'A person never registered who already has personal papers is registered under the procedure for this case, from those papers.'
						)
					}
				}
			]
		},
		{
			id: 'lam-cung-luc',
			question: text(
				'Có làm luôn đăng ký thường trú và thẻ bảo hiểm y tế cho trẻ không?',
				'Also register the child’s permanent residence and health insurance card?'
			),
			hint: text(
				'Cho trẻ dưới 6 tuổi, ba việc có thể làm cùng một hồ sơ.',
				'For a child under 6, the three can be done in one dossier.'
			),
			answers: [
				{
					id: 'ca-ba-viec',
					label: text('Có, làm cả ba việc cùng lúc', 'Yes, all three at once'),
					next: {
						procedure: 'lien-thong-khai-sinh-thuong-tru-bao-hiem-y-te',
						why: text(
							'Thủ tục liên thông làm cùng lúc khai sinh, đăng ký thường trú và thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi, chỉ với một hồ sơ.',
							'The joint procedure registers the birth, the permanent residence and the health insurance card of a child under 6 in one dossier.'
						)
					}
				},
				{
					id: 'chi-khai-sinh',
					label: text('Không, chỉ đăng ký khai sinh', 'No, only the birth'),
					next: {
						procedure: 'dang-ky-khai-sinh',
						why: text(
							'Trẻ chưa được đăng ký khai sinh thì làm thủ tục đăng ký khai sinh; đăng ký trong 60 ngày kể từ ngày sinh thì không mất lệ phí.',
							'A child not yet registered is registered with this procedure; within 60 days of the birth it is free.'
						)
					}
				}
			]
		},
		{
			id: 'con-so-ho-tich',
			question: text('Ông/Bà cần gì?', 'What is needed?'),
			answers: [
				{
					id: 'ban-sao',
					label: text('Thêm bản sao giấy khai sinh', 'Another copy of the birth certificate'),
					hint: text(
						'Nơi đã đăng ký vẫn còn lưu sổ hộ tịch, hoặc Ông/Bà chưa rõ.',
						'The office that registered it still keeps the register, or you are not sure.'
					),
					next: {
						procedure: 'cap-ban-sao-trich-luc-ho-tich',
						why: text(
							'Khi việc khai sinh còn được lưu, chỉ cần xin bản sao trích lục; nếu nơi đăng ký không còn lưu, cán bộ sẽ hướng dẫn đăng ký lại khai sinh.',
							'While the registration is kept, a copy of the extract is enough; if it is no longer kept, the officer will guide you to register again.'
						)
					}
				},
				{
					id: 'dang-ky-lai',
					label: text(
						'Đăng ký lại, vì giấy khai sinh và sổ hộ tịch đều đã mất',
						'Register again: the certificate and the register are both lost'
					),
					next: {
						procedure: 'dang-ky-lai-khai-sinh',
						why: text(
							'Đã đăng ký khai sinh nhưng cả sổ hộ tịch và bản chính giấy khai sinh đều không còn thì làm thủ tục đăng ký lại khai sinh.',
							'A birth once registered whose register and original certificate are both lost is registered again with this procedure.'
						)
					}
				}
			]
		},
		{
			id: 'viec-ve-noi-o',
			question: text('Ông/Bà cần làm gì về nơi ở?', 'What needs doing about where someone lives?'),
			answers: [
				{
					id: 'noi-o-moi',
					label: text('Đăng ký nơi ở mới', 'Register a new place to live'),
					hint: text(
						'Cho mình hoặc người trong gia đình chuyển đến ở.',
						'For yourself or a family member who moves in.'
					),
					next: { question: 'o-bao-lau' }
				},
				{
					id: 'gia-han',
					label: text('Gia hạn tạm trú sắp hết hạn', 'Extend a temporary residence about to end'),
					next: {
						procedure: 'gia-han-tam-tru',
						why: text(
							'Tạm trú có thời hạn; trước khi hết hạn mà vẫn ở tiếp thì làm thủ tục gia hạn tạm trú.',
							'Temporary residence has an end date; to stay on, extend it before it ends.'
						)
					}
				},
				{
					id: 'vang-mat',
					label: text(
						'Báo sẽ vắng mặt khỏi nơi cư trú một thời gian',
						'Report a coming absence from home'
					),
					next: {
						procedure: 'khai-bao-tam-vang',
						why: text(
							'Người đi khỏi nơi cư trú một thời gian thì khai báo tạm vắng.',
							'A person leaving home for a while reports a temporary absence.'
						)
					}
				},
				{
					id: 'khach-o-lai',
					label: text('Báo có khách đến ở lại vài đêm', 'Report a guest staying a few nights'),
					next: {
						procedure: 'thong-bao-luu-tru',
						why: text(
							'Khách hoặc người thân đến ở lại ít ngày thì chủ nhà thông báo lưu trú, không cần đăng ký tạm trú.',
							'A guest or relative staying a few days is notified by the host as a stay, not registered as temporary residence.'
						)
					}
				},
				{
					id: 'xoa-thuong-tru',
					label: text('Xóa đăng ký thường trú', 'Remove a permanent residence registration'),
					next: {
						procedure: 'xoa-dang-ky-thuong-tru',
						why: text(
							'Khi một người không còn thường trú tại đây, hộ gia đình đề nghị xóa đăng ký thường trú của người đó.',
							'When someone no longer lives here permanently, the household asks for their registration to be removed.'
						)
					}
				}
			]
		},
		{
			id: 'o-bao-lau',
			question: text('Ở nơi mới như thế nào?', 'How will the person live at the new place?'),
			answers: [
				{
					id: 'lau-dai',
					label: text('Ở lâu dài, đây là nơi ở chính', 'For good: this is the main home'),
					hint: text(
						'Ví dụ: nhà của mình, hoặc về ở cùng hộ gia đình người thân.',
						'For example one’s own home, or joining a relative’s household.'
					),
					next: {
						procedure: 'dang-ky-thuong-tru',
						why: text(
							'Nơi ở lâu dài, ổn định được đăng ký là nơi thường trú.',
							'A lasting, settled home is registered as permanent residence.'
						)
					}
				},
				{
					id: 'mot-thoi-gian',
					label: text('Ở một thời gian, từ 30 ngày trở lên', 'For a while, 30 days or more'),
					hint: text(
						'Ví dụ: thuê trọ để đi làm, đi học.',
						'For example renting a room to work or study.'
					),
					next: {
						procedure: 'dang-ky-tam-tru',
						why: text(
							'Đến ở từ 30 ngày trở lên ở nơi khác nơi thường trú, để làm việc, học tập hay việc khác, thì đăng ký tạm trú.',
							'Living 30 days or more away from one’s permanent residence, for work, study or otherwise, is registered as temporary residence.'
						)
					}
				},
				{
					id: 'vai-dem',
					label: text('Chỉ ở lại vài đêm', 'Only a few nights'),
					next: {
						procedure: 'thong-bao-luu-tru',
						why: text(
							'Ở lại dưới 30 ngày thì chỉ cần thông báo lưu trú, không cần đăng ký tạm trú.',
							'A stay under 30 days is only notified, not registered as temporary residence.'
						)
					}
				}
			]
		}
	]
};
