/// <reference lib="webworker" />
/**
 * Autosave off the main thread: while a citizen types, Chromium runs the page's IndexedDB work
 * only after painting each frame, which made a save wait 10–20 ms; in a worker the seal and the
 * strict-durability write take a few. Replies with the commit time on the shared clock.
 */
import { openCungLamDb } from '../db';
import type { SaveReply, SaveRequest } from './autosave-client';
import { saveDraftAnswers } from './draft-store';

declare const self: DedicatedWorkerGlobalScope;
const db = openCungLamDb();

self.onmessage = async (event: MessageEvent<SaveRequest>) => {
	const { id, draftId, key, answers, initials } = event.data;
	let reply: SaveReply;
	try {
		await saveDraftAnswers(db, draftId, key, answers, initials);
		reply = { id, committedAt: performance.timeOrigin + performance.now() };
	} catch (error) {
		// Names survive (QuotaExceededError…): the page turns them into its sentences.
		const e = error as { name?: string; message?: string; inner?: { name?: string } };
		reply = { id, error: { name: e.inner?.name ?? e.name ?? 'Error', message: e.message ?? '' } };
	}
	self.postMessage(reply);
};
