import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { samplePhone } from '$testing/procedures/sample-data';
import type { SessionUser } from '../../auth/session';
import { seedDemoData } from '../../db/seed';
import { auditLog } from '../../db/schema';
import { failure } from '$testing/server/failure';
import { seededUser, submittedDossier } from '$testing/server/officer';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedProvinces } from '../../units/import-units';
import { createCaller } from '../root';
import { createOfficerRouter } from './officer.router';

/** Vietnamese wall-clock time. Friday 20 Nov 2026; 24 Nov 2026 is a day off. */
const vn = (local: string) => new Date(`${local}+07:00`);
const last4 = samplePhone.slice(-4);

describe('officer router: ending a supplement request from the console', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let officer: SessionUser;
	let clock = vn('2026-11-20T09:00:00');
	const now = () => clock;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await seedDemoData(handle.db, 'mat-khau-thu');
		officer = await seededUser(handle.db, 'officer');
	});
	afterAll(() => handle.dispose());

	const console_ = () =>
		createOfficerRouter(now).createCaller(testContext(handle, { user: officer }));
	const lookup = (code: string) =>
		createCaller(testContext(handle)).dossiers.lookup({ code, phoneLast4: last4 });
	const auditOf = (code: string, action: string) =>
		handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subject, code), eq(auditLog.action, action)));

	/** A dossier due Friday 20 Nov, waiting for papers asked on that day. */
	async function waiting() {
		clock = vn('2026-11-20T09:00:00');
		const code = await submittedDossier(handle.db, clock);
		await console_().act({ code, action: 'accept' });
		const asked = await console_().act({
			code,
			action: 'request_supplement',
			reasons: [{ fieldId: 'witnessStatement', label: 'Văn bản làm chứng' }]
		});
		expect(asked).toMatchObject({ status: 'needs_supplement', dueDate: '2026-11-20' });
		return code;
	}

	it('papers handed in at the desk resume the clock like an online supplement', async () => {
		const code = await waiting();
		// Paused from Friday 20 to Wednesday 25 Nov: Monday 23 and Wednesday 25 (24 is off).
		clock = vn('2026-11-25T08:30:00');
		const resumed = await console_().supplementAtDesk({ code, note: 'Bản gốc văn bản làm chứng' });
		expect(resumed).toMatchObject({ status: 'processing', dueDate: '2026-11-25', overdue: false });
		expect(resumed.allowedActions).toContain('set_result_ready');
		expect(resumed.supplementRequests[0]).toMatchObject({ fulfilledAt: clock, withdrawn: false });
		expect(resumed.events.at(-1)).toMatchObject({
			action: 'supplement_received',
			actorName: officer.displayName,
			note: 'Bản gốc văn bản làm chứng',
			details: { pausedWorkingDays: 2, atDesk: true }
		});
		const [audit] = await auditOf(code, 'officer.supplement_at_desk');
		expect(audit).toMatchObject({
			actorUserId: officer.id,
			details: {
				from: 'needs_supplement',
				to: 'processing',
				oldDueDate: '2026-11-20',
				dueDate: '2026-11-25',
				pausedWorkingDays: 2
			}
		});
		// The citizen's look-up: processing again, no open request left to answer.
		const seen = await lookup(code);
		expect(seen).toMatchObject({ status: 'processing', supplement: null });
		// Only once: nothing is waiting any more.
		expect(await failure(console_().supplementAtDesk({ code }))).toBe('illegal_transition');
		expect(await failure(console_().withdrawSupplement({ code, reason: 'Nhầm hồ sơ' }))).toBe(
			'illegal_transition'
		);
	});

	it('a withdrawn request resumes processing and the clock, with a reason on the record', async () => {
		const code = await waiting();
		expect(await failure(console_().withdrawSupplement({ code, reason: '' }))).toBe(
			'invalid_input'
		);
		// Monday 23 Nov: one working day paused.
		clock = vn('2026-11-23T14:00:00');
		const withdrawn = await console_().withdrawSupplement({
			code,
			reason: 'Giấy tờ đã có trong hồ sơ, yêu cầu nhầm.'
		});
		expect(withdrawn).toMatchObject({ status: 'processing', dueDate: '2026-11-23' });
		expect(withdrawn.supplementRequests[0]).toMatchObject({ fulfilledAt: clock, withdrawn: true });
		expect(withdrawn.events.at(-1)).toMatchObject({
			status: 'processing',
			action: 'withdraw_supplement',
			details: { pausedWorkingDays: 1 }
		});
		const [audit] = await auditOf(code, 'officer.withdraw_supplement');
		expect(audit).toMatchObject({
			actorUserId: officer.id,
			details: { from: 'needs_supplement', to: 'processing', dueDate: '2026-11-23' }
		});
		// The reason stays on the dossier's timeline for the office, not in the audit row.
		expect(JSON.stringify(audit!.details)).not.toContain('nhầm');
		const seen = await lookup(code);
		expect(seen.status).toBe('processing');
		expect(seen.supplement).toBeNull();
		expect(seen.timeline.at(-1)).toMatchObject({
			status: 'processing',
			action: 'withdraw_supplement'
		});
	});

	it('refuses both while the dossier is not waiting for papers', async () => {
		clock = vn('2026-11-20T09:00:00');
		const code = await submittedDossier(handle.db, clock);
		expect(await failure(console_().supplementAtDesk({ code }))).toBe('illegal_transition');
		expect(
			await failure(console_().withdrawSupplement({ code, reason: 'Không cần bổ sung nữa' }))
		).toBe('illegal_transition');
	});
});
