import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { samplePhone } from '$testing/procedures/sample-data';
import { failure } from '$testing/server/failure';
import { seededUser, submittedDossier } from '$testing/server/officer';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import type { SessionUser } from '../../auth/session';
import { dossierFigures } from '../../dashboard/dossier-figures';
import { seedDemoData } from '../../db/seed';
import { auditLog, dossiers } from '../../db/schema';
import { seedProvinces } from '../../units/import-units';
import { createCaller } from '../root';
import { createOfficerRouter } from './officer.router';

/** Vietnamese wall-clock time. Tuesday 1 Dec 2026 to Friday 11 Dec: no day off between. */
const vn = (local: string) => new Date(`${local}+07:00`);
/** Confirmation of residence: 1 working day, 3 when verification is needed (allowance 2). */
const confirmation = 'xac-nhan-thong-tin-cu-tru';
const reason = 'Cần xác minh nơi cư trú với công an xã nơi ở trước.';
const december = { from: '2026-12-01', to: '2026-12-31', bucket: 'month' } as const;

describe('officer router: extension for verification', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let officer: SessionUser;
	let clock = vn('2026-12-01T09:00:00');
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
		createCaller(testContext(handle)).dossiers.lookup({ code, phoneLast4: samplePhone.slice(-4) });
	const onTime = async () => {
		const ward = await dossierFigures(
			handle.db,
			{ kind: 'ward', communeCode: '00004' },
			december,
			clock
		);
		const all = await dossierFigures(handle.db, { kind: 'all' }, december, clock);
		return { ward: [ward.decided, ward.onTime], all: [all.decided, all.onTime] };
	};

	it('moves the due date within the allowance; no apology, and the result counts on time', async () => {
		clock = vn('2026-12-01T09:00:00');
		const code = await submittedDossier(handle.db, clock, confirmation);
		const received = await console_().dossier({ code });
		expect(received).toMatchObject({
			dueDate: '2026-12-02',
			verificationExtension: { allowedDays: 2, usedDays: 0 },
			extensions: []
		});
		await console_().act({ code, action: 'accept' });

		// Beyond the allowance, too short a reason: refused, nothing moves.
		expect(await failure(console_().extend({ code, reason, workingDays: 3 }))).toBe(
			'extension_invalid'
		);
		expect(await failure(console_().extend({ code, reason: 'ngắn', workingDays: 1 }))).toBe(
			'invalid_input'
		);

		clock = vn('2026-12-02T14:00:00');
		const extended = await console_().extend({ code, reason, workingDays: 1 });
		expect(extended).toMatchObject({
			dueDate: '2026-12-03',
			originalDueDate: '2026-12-03',
			verificationExtension: { allowedDays: 2, usedDays: 1 },
			extensions: [{ reason, workingDays: 1, oldDate: '2026-12-02', newDate: '2026-12-03' }]
		});
		const again = await console_().extend({ code, reason, workingDays: 1 });
		expect(again.dueDate).toBe('2026-12-04');
		expect(await failure(console_().extend({ code, reason, workingDays: 1 }))).toBe(
			'extension_invalid'
		);

		// Thursday, past the first due date: not late, no apology asked, the officer acts.
		clock = vn('2026-12-04T10:00:00');
		const shown = await console_().dossier({ code });
		expect(shown).toMatchObject({ overdue: false, apologyRequired: false });
		expect(shown.allowedActions).toContain('set_result_ready');
		const [row] = await handle.db.select().from(dossiers).where(eq(dossiers.code, code));
		expect(row).toMatchObject({ dueDate: '2026-12-04', originalDueDate: null });

		// The citizen's look-up shows the new date and says why it moved.
		const seen = await lookup(code);
		expect(seen.dueDate).toBe('2026-12-04');
		expect(seen.timeline.map((e) => e.action)).toEqual(['receive', 'accept', 'extend', 'extend']);

		await console_().act({ code, action: 'set_result_ready', delivery: { method: 'desk' } });
		// On time against the extended date, in a ward's figures and in the installation's rollups.
		expect(await onTime()).toEqual({ ward: [1, 1], all: [1, 1] });

		const audit = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.subject, code))
			.orderBy(auditLog.id);
		expect(audit.filter((a) => a.action === 'officer.extend').map((a) => a.details)).toEqual([
			{ oldDate: '2026-12-02', newDate: '2026-12-03', workingDays: 1 },
			{ oldDate: '2026-12-03', newDate: '2026-12-04', workingDays: 1 }
		]);
	});

	it('beyond the extended date: the apology as before, counted late, no more extension', async () => {
		clock = vn('2026-12-07T09:00:00');
		const code = await submittedDossier(handle.db, clock, confirmation);
		await console_().act({ code, action: 'accept' });
		expect((await console_().extend({ code, reason, workingDays: 2 })).dueDate).toBe('2026-12-10');

		clock = vn('2026-12-11T09:00:00');
		expect(await console_().dossier({ code })).toMatchObject({
			overdue: true,
			apologyRequired: true
		});
		// Late already: the extension is no way out of the apology.
		expect(await failure(console_().extend({ code, reason, workingDays: 1 }))).toBe(
			'apology_required'
		);
		const apologised = await console_().apologize({
			code,
			reason: 'Chưa nhận được kết quả xác minh.',
			newDate: '2026-12-14'
		});
		expect(apologised).toMatchObject({ dueDate: '2026-12-14', originalDueDate: '2026-12-10' });

		clock = vn('2026-12-14T09:00:00');
		await console_().act({ code, action: 'set_result_ready', delivery: { method: 'desk' } });
		// The first dossier on time, this one late against the extended date it missed.
		expect(await onTime()).toEqual({ ward: [2, 1], all: [2, 1] });
	});

	it('refuses an extension where the procedure allows none', async () => {
		clock = vn('2026-12-08T09:00:00');
		const code = await submittedDossier(handle.db, clock);
		expect((await console_().dossier({ code })).verificationExtension).toBeNull();
		expect(await failure(console_().extend({ code, reason, workingDays: 1 }))).toBe(
			'extension_invalid'
		);
	});
});
