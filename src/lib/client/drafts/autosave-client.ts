import type { CoachingSnapshot } from '$lib/domain/coaching/coaching-snapshot';
import type { Answers } from '$lib/domain/procedures/answers';
import { cungLamDb } from '../db';
import { saveDraftAnswers } from './draft-store';

export type SaveRequest = {
	id: number;
	draftId: string;
	key: CryptoKey;
	answers: Answers;
	initials: string;
	coaching?: CoachingSnapshot;
};
export type SaveReply =
	{ id: number; committedAt: number } | { id: number; error: { name: string; message: string } };

let worker: Worker | undefined;
let broken = false;
let nextId = 1;
const pending = new Map<number, { resolve: (at: number) => void; reject: (e: Error) => void }>();

function startWorker(): Worker | undefined {
	if (broken || typeof Worker === 'undefined') return undefined;
	if (worker) return worker;
	try {
		worker = new Worker(new URL('./autosave.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		broken = true;
		return undefined;
	}
	worker.onmessage = ({ data }: MessageEvent<SaveReply>) => {
		const entry = pending.get(data.id);
		if (!entry) return;
		pending.delete(data.id);
		if ('committedAt' in data) entry.resolve(data.committedAt);
		else entry.reject(Object.assign(new Error(data.error.message), { name: data.error.name }));
	};
	worker.onerror = () => {
		// The worker could not start: this save and every later one run on the page instead.
		broken = true;
		worker = undefined;
		for (const entry of pending.values())
			entry.reject(Object.assign(new Error('worker'), { name: 'WorkerFailed' }));
		pending.clear();
	};
	return worker;
}

const now = () => performance.timeOrigin + performance.now();

/**
 * Seals and writes a draft's answers, in the autosave worker when there is one. Resolves with
 * the commit time (epoch ms) so the caller can measure edit → committed write.
 */
export async function saveAnswersOffThread(
	draftId: string,
	key: CryptoKey,
	answers: Answers,
	initials: string,
	coaching?: CoachingSnapshot
): Promise<number> {
	const target = startWorker();
	if (target) {
		const id = nextId++;
		try {
			return await new Promise<number>((resolve, reject) => {
				pending.set(id, { resolve, reject });
				target.postMessage({
					id,
					draftId,
					key,
					answers,
					initials,
					coaching
				} satisfies SaveRequest);
			});
		} catch (error) {
			if ((error as Error).name !== 'WorkerFailed') throw error;
		}
	}
	await saveDraftAnswers(cungLamDb(), draftId, key, answers, initials, new Date(), coaching);
	return now();
}
