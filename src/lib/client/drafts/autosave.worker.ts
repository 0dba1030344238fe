/// <reference lib="webworker" />
/**
 * Autosave off the main thread: while a citizen types, Chromium runs the page's IndexedDB work
 * only after painting each frame, which made a save wait 10–20 ms; in a worker the seal and the
 * strict-durability write take a few. Replies with the commit time on the shared clock.
 */
import { openCungLamDb, type DraftRecord } from '../db';
import { sealJson } from '../vault/cipher';
import type { SaveReply, SaveRequest } from './autosave-client';
import { DraftError, draftAad, draftContent } from './draft-store';

declare const self: DedicatedWorkerGlobalScope;
const db = openCungLamDb();
// During a session only this worker writes a draft's answers, so after the first read each
// save is a single put: no read inside the write transaction.
const records = new Map<string, DraftRecord>();

async function save({ draftId, key, answers, initials, coaching }: SaveRequest): Promise<void> {
	const record = records.get(draftId) ?? (await db.drafts.get(draftId));
	if (!record) throw new DraftError('not_found');
	const sealed = await sealJson(key, draftContent(answers, coaching), draftAad(draftId));
	const next: DraftRecord = { ...record, sealed, initials, updatedAt: new Date().toISOString() };
	await db.drafts.put(next);
	records.set(draftId, next);
}

self.onmessage = async (event: MessageEvent<SaveRequest>) => {
	const { id } = event.data;
	let reply: SaveReply;
	try {
		await save(event.data);
		reply = { id, committedAt: performance.timeOrigin + performance.now() };
	} catch (error) {
		// Names survive (QuotaExceededError…): the page turns them into its sentences.
		const e = error as { name?: string; message?: string; inner?: { name?: string } };
		reply = { id, error: { name: e.inner?.name ?? e.name ?? 'Error', message: e.message ?? '' } };
	}
	self.postMessage(reply);
};
