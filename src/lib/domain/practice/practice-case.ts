import type { Answers } from '../procedures/answers';
import type { LocalizedText } from '../validation/issue';

/** One line printed on a sample paper: what the citizen reads off it while filling the form. */
export type PaperLine = { label: LocalizedText; value: string };

/**
 * A paper the practising citizen holds. With `slot`, it can be attached to that document slot of
 * the procedure (as a generated image marked "MẪU"); without, it is only read from (an ID card).
 */
export type SamplePaper = {
	id: string;
	title: LocalizedText;
	lines: PaperLine[];
	slot?: string;
	/** The file name the attached image gets, without extension. */
	fileName: string;
};

/**
 * A practice exercise: a fictional person, their papers, the goal in plain words and the answers
 * the case implies (checked against what was typed at the end). Nothing here is a real person.
 */
export type PracticeCase = {
	id: string;
	procedureId: string;
	/** Whom the citizen plays. */
	person: string;
	goal: LocalizedText;
	papers: SamplePaper[];
	answers: Answers;
};

/** dd/mm/yyyy, as papers print dates and citizens type them. */
export const printedDate = (iso: string) => iso.split('-').reverse().join('/');
