import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getProcedure } from '$testing/procedures/catalogue';
import { samplePhone } from '$testing/procedures/sample-data';
import { applicantName } from '$lib/domain/procedures/applicant-name';
import type { Answers } from '$lib/domain/procedures/answers';
import type { SessionUser } from '../../auth/session';
import { seedDemoData } from '../../db/seed';
import { auditLog, dossiers } from '../../db/schema';
import { failure } from '$testing/server/failure';
import { seededUser, submittedDossier } from '$testing/server/officer';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedProvinces } from '../../units/import-units';
import { applicantQuery } from '$lib/domain/dossier/inbox-search';
import { createOfficerRouter } from './officer.router';

const birth = getProcedure('dang-ky-khai-sinh')!;

/** The sample answers with the applicant (the first full name, in step order) renamed. */
function renamed(answers: Answers, name: string): Answers {
	const copy = structuredClone(answers);
	for (const step of birth.steps) {
		for (const value of Object.values(copy[step.id] ?? {})) {
			const person = value as { fullName?: unknown } | null;
			if (typeof person?.fullName === 'string' && person.fullName.trim()) {
				person.fullName = name;
				return copy;
			}
		}
	}
	throw new Error('no applicant name in the sample');
}

describe('applicantQuery', () => {
	it('reads digits as a phone (with +84) and anything with a letter as a name', () => {
		expect(applicantQuery('0912 345 678')).toEqual({ by: 'phone', digits: '0912345678' });
		expect(applicantQuery('+84 912 345 678')).toEqual({ by: 'phone', digits: '0912345678' });
		expect(applicantQuery('5678')).toEqual({ by: 'phone', digits: '5678' });
		expect(applicantQuery('12')).toBeNull();
		expect(applicantQuery('ĐỖ Thị  Hoà')).toEqual({ by: 'name', folded: 'do thi hoa' });
	});
});

describe('the officer inbox: filters and the applicant search', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let officer: SessionUser;
	const today = new Date('2026-11-25T09:00:00+07:00'); // a Wednesday
	const inbox = (input: Parameters<ReturnType<typeof caller>['inbox']>[0]) => caller().inbox(input);
	const caller = () =>
		createOfficerRouter(() => today).createCaller(testContext(handle, { user: officer }));
	let hoa: string, minh: string, elsewhere: string, late: string;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await seedDemoData(handle.db, 'mat-khau-thu');
		officer = await seededUser(handle.db, 'officer');
		// Same-day procedure: each is due on the day it was received.
		late = await submittedDossier(handle.db, new Date('2026-11-23T09:00:00+07:00'));
		hoa = await submittedDossier(handle.db, new Date('2026-11-25T08:00:00+07:00'));
		minh = await submittedDossier(handle.db, new Date('2026-11-27T08:00:00+07:00'));
		elsewhere = await submittedDossier(handle.db, new Date('2026-11-25T08:30:00+07:00'));
		const sample = birth.sampleCase as Answers;
		await handle.db
			.update(dossiers)
			.set({ answers: renamed(sample, 'Đỗ Thị Hoà'), channel: 'point_volunteer' })
			.where(eq(dossiers.code, hoa));
		await handle.db
			.update(dossiers)
			.set({ answers: renamed(sample, 'Lê Văn Minh'), channel: 'point_alone' })
			.where(eq(dossiers.code, minh));
		// Another ward's applicant of the same name: never found from this ward.
		await handle.db
			.update(dossiers)
			.set({ answers: renamed(sample, 'Đỗ Thị Hoà'), wardCode: '00007' })
			.where(eq(dossiers.code, elsewhere));
	});
	afterAll(() => handle.dispose());

	const codes = async (input: Parameters<typeof inbox>[0]) =>
		(await inbox(input)).items.map((i) => i.code);

	it('shows the applicant and the channel on each line', async () => {
		const all = await inbox({});
		expect(all.items.map((i) => i.code)).toEqual([late, hoa, minh]);
		expect(all.items.find((i) => i.code === hoa)).toMatchObject({
			applicantName: 'Đỗ Thị Hoà',
			channel: 'point_volunteer'
		});
		expect(all.items.find((i) => i.code === late)).toMatchObject({
			applicantName: applicantName(birth.sampleCase as Answers, birth),
			channel: 'home'
		});
	});

	it('filters by channel and by due date: overdue, today, this week', async () => {
		expect(await codes({ channel: 'point_alone' })).toEqual([minh]);
		expect(await codes({ due: 'overdue' })).toEqual([late]);
		expect(await codes({ due: 'today' })).toEqual([hoa]);
		expect(await codes({ due: 'week' })).toEqual([hoa, minh]);
		await handle.db.update(dossiers).set({ status: 'result_ready' }).where(eq(dossiers.code, minh));
		// Only while the office still owes the result.
		expect(await codes({ due: 'week' })).toEqual([hoa]);
		await handle.db.update(dossiers).set({ status: 'received' }).where(eq(dossiers.code, minh));
	});

	it('finds by name whatever the accents and case, and by phone, in the ward only', async () => {
		expect(await codes({ applicant: 'do thi hoa' })).toEqual([hoa]);
		expect(await codes({ applicant: 'ĐỖ THỊ HOÀ' })).toEqual([hoa]);
		expect(await codes({ applicant: 'minh', channel: 'point_alone' })).toEqual([minh]);
		expect(await codes({ applicant: 'Không Có Ai' })).toEqual([]);
		const byPhone = await inbox({ applicant: samplePhone.slice(-4) });
		expect(byPhone).toMatchObject({ total: 3 });
		expect(await codes({ applicant: `+84 ${samplePhone.slice(1)}`, due: 'today' })).toEqual([hoa]);
		const page = await inbox({ applicant: samplePhone, limit: 1, offset: 1 });
		expect(page).toMatchObject({ total: 3 });
		expect(page.items.map((i) => i.code)).toEqual([hoa]);
		expect(await failure(inbox({ applicant: 'x'.repeat(101) }))).toBe('invalid_input');
	});

	it('audits every applicant search: its kind and count, never the text typed', async () => {
		const before = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'officer.inbox_search'));
		await inbox({ applicant: 'Đỗ Thị Hoà' });
		await inbox({ applicant: '0912345678' });
		await inbox({ status: 'received' });
		const rows = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'officer.inbox_search'), eq(auditLog.actorUserId, officer.id)))
			.orderBy(auditLog.id);
		const added = rows.slice(before.length);
		expect(added.map((r) => r.details)).toEqual([
			{ by: 'name', results: 1 },
			{ by: 'phone', results: 3 }
		]);
		const written = JSON.stringify(added);
		expect(written).not.toMatch(/hoà|hoa|0912345678/i);
	});
});
