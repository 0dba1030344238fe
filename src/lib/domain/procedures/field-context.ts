import type { IsoDate } from '../validation/dates';
import type { Issue } from '../validation/issue';
import type { MobilePrefixList } from '../validation/mobile-prefix-list';
import type { Answers } from './answers';
import type { DocumentSlot } from './procedure.schema';

/** The two-tier unit list, when loaded; without it a typed commune name is accepted. */
export type UnitLookup = {
	hasProvince(provinceCode: string): boolean;
	hasCommune(provinceCode: string, communeCode: string): boolean;
};

export type FieldContext = {
	today: IsoDate;
	stepId: string;
	/** Visible answers only, for cross-field checks. */
	answers: Answers;
	slots: ReadonlyMap<string, DocumentSlot>;
	units?: UnitLookup;
	/** The administrator's mobile prefixes; the shipped list when absent. */
	phonePrefixes?: MobilePrefixList | undefined;
};

/** An issue inside a field; `path` names the part of a block (e.g. 'personalId'). */
export type PathIssue = { path?: string; issue: Issue };

/** A clean value (absent when empty) and what is wrong with it. */
export type FieldOutcome = { value?: unknown; issues: PathIssue[] };

export const at = (issues: Issue[], path?: string): PathIssue[] =>
	issues.map((issue) => (path === undefined ? { issue } : { path, issue }));
