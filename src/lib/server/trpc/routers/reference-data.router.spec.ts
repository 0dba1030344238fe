import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { inArray } from 'drizzle-orm';
import { vi as viMessages } from '$lib/i18n/vi';
import { defaultMobilePrefixList } from '$lib/domain/validation/mobile-prefix-list';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import type { SessionUser } from '../../auth/session';
import { auditLog, users } from '../../db/schema';
import { appCodeOf } from '../trpc';
import { createCaller } from '../root';

/**
 * Issue 17, item 3: the office, province fees and mobile prefixes an administrator edits from
 * screens, each change audited, reaching devices through one reference-data snapshot.
 */
const marital = 'xac-nhan-tinh-trang-hon-nhan';

/** The code a refusal carries, and that the browser has a Vietnamese sentence for it. */
async function refusal(call: Promise<unknown>): Promise<string> {
	const error = await call.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(TRPCError);
	const code = appCodeOf(error as TRPCError);
	expect(viMessages[`error.${code}` as keyof typeof viMessages]).toMatch(/\S/);
	return code;
}

describe('reference data routers', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let admin: SessionUser;
	beforeAll(async () => {
		handle = await openTestDatabase();
		const [row] = await handle.db
			.insert(users)
			.values({ username: 'quantri', displayName: 'Quản trị', role: 'admin', passwordHash: 'x' })
			.returning();
		admin = {
			id: row!.id,
			username: 'quantri',
			displayName: 'Quản trị',
			role: 'admin',
			accessPointId: null
		};
	});
	afterAll(() => handle.dispose());

	const api = (user: SessionUser | null = null) => createCaller(testContext(handle, { user }));
	const as = (role: SessionUser['role']): SessionUser => ({ ...admin, role, username: role });
	const auditOf = (actions: string[]) =>
		handle.db
			.select({ action: auditLog.action, subject: auditLog.subject, details: auditLog.details })
			.from(auditLog)
			.where(inArray(auditLog.action, actions))
			.orderBy(auditLog.id);

	it('keeps the office with its head and public address, audited old → new', async () => {
		const before = await api(as('officer')).office.get();
		expect(before.name).toBe('Ủy ban nhân dân phường Ba Đình');
		const saved = await api(admin).office.set({
			...before,
			head: { name: 'Trần Văn Đức', title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH' },
			publicUrl: 'https://cunglam.badinh.vn/'
		});
		expect(saved.publicUrl).toBe('https://cunglam.badinh.vn');
		expect(await api(as('volunteer')).office.get()).toMatchObject({
			head: { name: 'Trần Văn Đức' },
			publicUrl: 'https://cunglam.badinh.vn'
		});
		// The public query (devices' copy) carries the same public facts.
		expect(await api().system.office()).toMatchObject({ publicUrl: 'https://cunglam.badinh.vn' });
		const [line] = await auditOf(['office.set']);
		expect(line).toMatchObject({
			subject: 'office',
			details: {
				head: '— → Trần Văn Đức, KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
				publicUrl: '— → https://cunglam.badinh.vn'
			}
		});
	});

	it('refuses a bad office with a code the browser words in Vietnamese, and keeps the old one', async () => {
		const office = await api(admin).office.get();
		for (const publicUrl of ['http://cunglam.vn', 'ftp://x.vn', 'cunglam.vn', 'https://x.vn/?a=1'])
			expect(await refusal(api(admin).office.set({ ...office, publicUrl }))).toBe('invalid_input');
		expect(await refusal(api(admin).office.set({ ...office, name: '' }))).toMatch(/^invalid_/);
		expect(await refusal(api(admin).office.set({ ...office, name: 'a\u0000b' }))).toBe(
			'invalid_text'
		);
		// Plain http is for this machine only (a demo, a test).
		await api(admin).office.set({ ...office, publicUrl: 'http://localhost:4173' });
		expect((await api(admin).office.get()).publicUrl).toBe('http://localhost:4173');
		await api(admin).office.set(office);
	});

	it('lets only an administrator change reference data; staff read the office', async () => {
		const office = await api(admin).office.get();
		for (const role of ['officer', 'manager', 'volunteer'] as const) {
			expect(await refusal(api(as(role)).office.set(office))).toBe('forbidden');
			expect(
				await refusal(
					api(as(role)).phonePrefixes.set({
						current: [...defaultMobilePrefixList.current],
						retired: { ...defaultMobilePrefixList.retired }
					})
				)
			).toBe('forbidden');
			expect(await refusal(api(as(role)).provinceFees.list({ provinceCode: '01' }))).toBe(
				'forbidden'
			);
		}
		expect(await refusal(api().office.get())).toBe('unauthorized');
	});

	it('keeps the mobile prefixes, seeded from the shipped list, and checks dossiers against them', async () => {
		const shipped = await api(admin).phonePrefixes.get();
		expect(shipped.current).toEqual([...defaultMobilePrefixList.current].sort());
		const next = {
			current: [...shipped.current.filter((p) => p !== '099'), '050'],
			retired: { ...shipped.retired, '0160': '050' }
		};
		const saved = await api(admin).phonePrefixes.set(next);
		expect(saved.current).toContain('050');
		expect(saved.current).not.toContain('099');
		const [line] = await auditOf(['phonePrefixes.set']);
		expect(line?.details).toEqual({ added: '050', removed: '099', retiredAdded: '0160→050' });

		// The server's check of an application words the old number as the new list says.
		const definition = (await api().procedures.catalogue({})).versions!.find(
			(v) => v.id === 'dang-ky-tam-tru'
		)!;
		const phoneField = definition.steps
			.flatMap((step) => step.fields.map((field) => ({ step: step.id, field })))
			.find(({ field }) => field.kind === 'phone')!;
		const checked = await api().procedures.validate({
			procedureId: definition.id,
			procedureVersion: definition.version,
			answers: { [phoneField.step]: { [phoneField.field.id]: '0160 123 4567' } }
		});
		expect(checked.issues).toContainEqual(
			expect.objectContaining({
				fieldId: phoneField.field.id,
				issue: expect.objectContaining({
					code: 'phone_retired_prefix',
					params: expect.objectContaining({ prefix: '050' })
				})
			})
		);
	});

	it('refuses a malformed prefix list', async () => {
		const bads: { current: string[]; retired: Record<string, string> }[] = [
			{ current: ['50'], retired: {} },
			{ current: ['050', '050'], retired: {} },
			{ current: ['050'], retired: { '016': '050' } },
			{ current: [], retired: {} }
		];
		for (const bad of bads)
			expect(await refusal(api(admin).phonePrefixes.set(bad))).toBe('invalid_input');
	});

	it('keeps province figures for fees the province sets, audited, 0 allowed', async () => {
		const rows = await api(admin).provinceFees.list({ provinceCode: '79' });
		expect(rows.map((r) => r.procedureId)).toContain(marital);
		expect(rows.find((r) => r.procedureId === marital)?.fee).toBeNull();

		await api(admin).provinceFees.set({
			provinceCode: '79',
			procedureId: marital,
			amountVnd: 0,
			per: 'dossier',
			decision: 'Nghị quyết 1/2026/NQ-HĐND'
		});
		await api(admin).provinceFees.set({
			provinceCode: '79',
			procedureId: marital,
			amountVnd: 4_000,
			per: 'copy',
			label: ''
		});
		const after = await api(admin).provinceFees.list({ provinceCode: '79' });
		expect(after.find((r) => r.procedureId === marital)?.fee).toMatchObject({
			amountVnd: 4_000,
			per: 'copy'
		});
		expect(after.find((r) => r.procedureId === marital)?.fee).not.toHaveProperty('decision');

		// A procedure whose fee is not the province's, a bad amount, a bad province: refused.
		expect(
			await refusal(
				api(admin).provinceFees.set({
					provinceCode: '79',
					procedureId: 'dang-ky-tam-tru',
					amountVnd: 1,
					per: 'dossier'
				})
			)
		).toBe('unknown_procedure');
		expect(
			await refusal(
				api(admin).provinceFees.set({
					provinceCode: '79',
					procedureId: marital,
					amountVnd: -1,
					per: 'dossier'
				})
			)
		).toBe('invalid_input');
		expect(
			await refusal(
				api(admin).provinceFees.set({
					provinceCode: '7',
					procedureId: marital,
					amountVnd: 1,
					per: 'dossier'
				})
			)
		).toBe('invalid_input');

		expect(
			await api(admin).provinceFees.remove({ provinceCode: '79', procedureId: marital })
		).toEqual({ removed: true });
		const lines = await auditOf(['provinceFees.set', 'provinceFees.remove']);
		expect(
			lines.map((l) => [l.action, l.subject, (l.details as { amount: string }).amount])
		).toEqual([
			['provinceFees.set', `79/${marital}`, '— → 0/dossier'],
			['provinceFees.set', `79/${marital}`, '0/dossier → 4000/copy'],
			['provinceFees.remove', `79/${marital}`, '4000/copy → —']
		]);
	});

	it('serves devices one snapshot with a revision, the body only when it changed', async () => {
		const first = await api().referenceData.snapshot({});
		expect(first.data).toMatchObject({
			office: { name: 'Ủy ban nhân dân phường Ba Đình', provinceCode: '01' },
			fees: { provinceCode: '01', fees: [] },
			phonePrefixes: { retired: { '0160': '050' } }
		});
		expect(first.data?.office).not.toHaveProperty('communeCode');
		expect(await api().referenceData.snapshot({ knownRevision: first.revision })).toEqual({
			revision: first.revision
		});
		// The office's province's figure reaches devices: a new revision, with it.
		await api(admin).provinceFees.set({
			provinceCode: '01',
			procedureId: marital,
			amountVnd: 5_000,
			per: 'dossier'
		});
		const next = await api().referenceData.snapshot({ knownRevision: first.revision });
		expect(next.revision).not.toBe(first.revision);
		expect(next.data?.fees?.fees).toEqual([
			{ provinceCode: '01', procedureId: marital, amountVnd: 5_000, per: 'dossier' }
		]);
		// Another province's figures stay on the server.
		await api(admin).provinceFees.set({
			provinceCode: '79',
			procedureId: marital,
			amountVnd: 1,
			per: 'dossier'
		});
		expect(
			(await api().referenceData.snapshot({ knownRevision: next.revision })).data
		).toBeUndefined();
	});
});
