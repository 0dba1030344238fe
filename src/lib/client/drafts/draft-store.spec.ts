import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoachingSnapshot } from '$lib/domain/coaching/coaching-snapshot';
import { openCungLamDb, type Consent, type CungLamDb } from '../db';
import { makeKeyCheck } from '../vault/cipher';
import { combineWithDeviceKey, derivePinBits, newSalt } from '../vault/pin-key';
import { birthRegistration } from '$testing/procedures/catalogue';
import {
	createDraft,
	DraftError,
	freeUnlockTries,
	listDrafts,
	moveDraftToVersion,
	openDraft,
	purgeStaleDrafts,
	saveDraftAnswers,
	type SessionKey
} from './draft-store';

const consent: Consent = {
	keepOnDevice: true,
	uploadForHome: false,
	contactByPhone: false,
	at: '2026-11-22T03:00:00Z'
};
// Fewer iterations keep the suite fast; the vault's own tests run the real 600,000.
const iterations = 1_000;
const deviceKey = () =>
	crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, false, [
		'sign'
	]) as Promise<CryptoKey>;
const keyFor = async (pin: string, salt: Uint8Array, device: CryptoKey) =>
	combineWithDeviceKey(device, await derivePinBits(pin, salt, iterations));

const marker = 'Markerten Nguyễn 001195004321 0912345678';

describe('encrypted draft store', () => {
	let db: CungLamDb;
	let device: CryptoKey;
	let session: SessionKey;

	beforeEach(async () => {
		db = openCungLamDb(`test-${crypto.randomUUID()}`);
		device = await deviceKey();
		const salt = newSalt();
		const key = await keyFor('2468', salt, device);
		session = { key, salt, keyCheck: await makeKeyCheck(key) };
	});
	afterEach(async () => {
		await db.delete();
	});

	it('saves answers sealed, lists only procedure, dates and masked initials, and opens with the PIN', async () => {
		const draft = await createDraft(db, {
			definition: birthRegistration,
			session,
			consent,
			answers: {}
		});
		const answers = { requester: { person: { fullName: 'Nguyễn Thị Lan', personalId: marker } } };
		await saveDraftAnswers(db, draft.id, session.key, answers, 'N. T. L.');

		const raw = JSON.stringify(await db.drafts.toArray(), (_k, v) =>
			v instanceof ArrayBuffer || ArrayBuffer.isView(v)
				? new TextDecoder().decode(v as ArrayBuffer)
				: v
		);
		expect(raw).not.toContain('Markerten');
		expect(raw).not.toContain('001195004321');
		expect(await listDrafts(db)).toEqual([
			expect.objectContaining({ id: draft.id, initials: 'N. T. L.' })
		]);

		const opened = await openDraft(db, draft.id, (salt) => keyFor('2468', salt, device));
		expect(opened.answers).toEqual(answers);
	});

	it('records the version it began on, and names the version in effect once moved to it', async () => {
		const draft = await createDraft(db, {
			definition: birthRegistration,
			session,
			consent,
			answers: {}
		});
		expect(draft.procedureVersion).toBe(birthRegistration.version);
		const next = { ...birthRegistration, version: birthRegistration.version + 1 };
		const answers = { requester: { phone: '0912345678' } };
		await moveDraftToVersion(db, draft.id, session.key, next, answers);

		expect((await db.drafts.get(draft.id))?.procedureVersion).toBe(next.version);
		const opened = await openDraft(db, draft.id, (salt) => keyFor('2468', salt, device));
		expect(opened.answers).toEqual(answers);
		await expect(moveDraftToVersion(db, 'gone', session.key, next, answers)).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('refuses a wrong PIN, and after five wrong PINs makes each try wait longer', async () => {
		const draft = await createDraft(db, {
			definition: birthRegistration,
			session,
			consent,
			answers: {}
		});
		const wrong = (now: Date) =>
			openDraft(db, draft.id, (salt) => keyFor('1357', salt, device), now);
		const now = new Date('2026-11-22T03:00:00Z');
		for (let i = 1; i < freeUnlockTries; i++) {
			await expect(wrong(now)).rejects.toMatchObject({ code: 'pin_wrong' });
		}
		const fifth = await wrong(now).catch((e: DraftError) => e);
		expect(fifth).toMatchObject({ code: 'locked' });
		const firstWait = new Date((fifth as DraftError).lockedUntil!).getTime() - now.getTime();
		expect(firstWait).toBeGreaterThanOrEqual(30_000);
		// Even the right PIN waits while locked; a reload does not reset the count.
		await expect(
			openDraft(db, draft.id, (salt) => keyFor('2468', salt, device), now)
		).rejects.toMatchObject({
			code: 'locked'
		});
		const later = new Date(now.getTime() + firstWait + 1);
		const sixth = (await wrong(later).catch((e: unknown) => e)) as DraftError;
		expect(new Date(sixth.lockedUntil!).getTime() - later.getTime()).toBeGreaterThan(firstWait);
		const afterWait = new Date(new Date(sixth.lockedUntil!).getTime() + 1);
		await expect(
			openDraft(db, draft.id, (salt) => keyFor('2468', salt, device), afterWait)
		).resolves.toBeTruthy();
		expect((await db.drafts.get(draft.id))?.failedUnlocks).toBe(0);
	});

	it('cannot be opened with the right PIN on another PC (other device key)', async () => {
		const draft = await createDraft(db, {
			definition: birthRegistration,
			session,
			consent,
			answers: {}
		});
		const otherDevice = await deviceKey();
		await expect(
			openDraft(db, draft.id, (salt) => keyFor('2468', salt, otherDevice))
		).rejects.toMatchObject({
			code: 'pin_wrong'
		});
	});

	it('reports a damaged record as corrupt, leaving other drafts readable', async () => {
		const a = await createDraft(db, {
			definition: birthRegistration,
			session,
			consent,
			answers: { x: { y: 1 } }
		});
		const b = await createDraft(db, {
			definition: birthRegistration,
			session,
			consent,
			answers: { x: { y: 2 } }
		});
		const record = (await db.drafts.get(a.id))!;
		const data = new Uint8Array(record.sealed.data.slice(0));
		data[0] = data[0]! ^ 0xff;
		await db.drafts.update(a.id, { sealed: { ...record.sealed, data: data.buffer } });
		await expect(openDraft(db, a.id, (salt) => keyFor('2468', salt, device))).rejects.toMatchObject(
			{ code: 'corrupt' }
		);
		// A record's ciphertext moved onto another record fails too (bound by AAD).
		await db.drafts.update(b.id, { sealed: record.sealed });
		await expect(openDraft(db, b.id, (salt) => keyFor('2468', salt, device))).rejects.toMatchObject(
			{ code: 'corrupt' }
		);
	});

	it('deletes drafts untouched for the retention period, with their files', async () => {
		const old = await createDraft(db, {
			definition: birthRegistration,
			session,
			consent,
			answers: {},
			now: new Date('2026-10-01T00:00:00Z')
		});
		await db.attachments.add({
			id: 'f1',
			draftId: old.id,
			blob: new Blob(['x']),
			createdAt: '2026-10-01T00:00:00Z'
		});
		const fresh = await createDraft(db, {
			definition: birthRegistration,
			session,
			consent,
			answers: {}
		});
		expect(await purgeStaleDrafts(db, 30, new Date('2026-11-22T00:00:00Z'))).toBe(1);
		expect((await listDrafts(db)).map((d) => d.id)).toEqual([fresh.id]);
		expect(await db.attachments.count()).toBe(0);
	});

	it('keeps the coaching attribution sealed with the answers and gives it back on open', async () => {
		const draft = await createDraft(db, {
			definition: birthRegistration,
			session,
			consent,
			answers: {}
		});
		const coaching: CoachingSnapshot = {
			coach: {
				id: '5b1f4a1e-3c2d-4e5f-8a9b-0c1d2e3f4a5b',
				displayName: 'Tình nguyện viên Markerten',
				accessPointId: '6c2f4a1e-3c2d-4e5f-8a9b-0c1d2e3f4a5b'
			},
			procedure: { id: birthRegistration.id, version: birthRegistration.version },
			startedAt: '2026-12-02T02:00:00.000Z',
			attribution: {
				child: {
					rungsUsed: ['hint'],
					fields: { name: { by: 'citizen', afterRung: 'hint' } },
					ms: 900
				}
			},
			skillCard: '7QX2M9KA'
		};
		await saveDraftAnswers(db, draft.id, session.key, { a: 1 } as never, '', new Date(), coaching);
		const raw = JSON.stringify(await db.drafts.toArray(), (_k, v) =>
			v instanceof Uint8Array ? Array.from(v) : v
		);
		expect(raw).not.toContain('Markerten');
		expect(raw).not.toContain('7QX2M9KA');
		const opened = await openDraft(db, draft.id, (salt) => keyFor('2468', salt, device));
		expect(opened.coaching).toEqual(coaching);

		// Saved again outside coaching: nothing of it is left.
		await saveDraftAnswers(db, draft.id, session.key, {}, '');
		const again = await openDraft(db, draft.id, (salt) => keyFor('2468', salt, device));
		expect(again.coaching).toBeUndefined();
	});
});
