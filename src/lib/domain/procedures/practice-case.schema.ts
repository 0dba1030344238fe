import { z } from 'zod';
import { idSchema, localizedTextSchema, slugSchema } from './common.schema';

/** One line printed on a sample paper: what the practising citizen reads off it. */
export const paperLineSchema = z.strictObject({ label: localizedTextSchema, value: z.string() });

/** A paper the practising citizen holds; with `slot`, it can be attached to that document slot. */
export const samplePaperSchema = z.strictObject({
	id: slugSchema,
	title: localizedTextSchema,
	lines: z.array(paperLineSchema),
	slot: idSchema.optional(),
	/** The file name the attached image gets, without extension. */
	fileName: slugSchema
});

/**
 * A practice exercise, part of its procedure's document: a fictional person, their papers, the
 * goal in plain words and the answers the case implies. Nothing here is a real person.
 */
export const practiceCaseSchema = z.strictObject({
	id: slugSchema,
	/** Whom the citizen plays. */
	person: z.string().min(1),
	goal: localizedTextSchema,
	papers: z.array(samplePaperSchema),
	answers: z.record(idSchema, z.record(idSchema, z.unknown()))
});

/** The day the shipped practice cases and sample answers were written for. */
export const practiceToday = '2026-11-22';
