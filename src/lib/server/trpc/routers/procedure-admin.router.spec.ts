import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { todayInVietnam } from '$lib/domain/validation/dates';
import { getProcedure, readShippedDocuments } from '$testing/procedures/catalogue';
import { withAddedField } from '$testing/procedures/versions';
import { insertStaff } from '$testing/server/dashboard';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { failure } from '$testing/server/failure';
import type { SessionUser } from '../../auth/session';
import { auditLog, procedureVersions } from '../../db/schema';
import { writeProcedureWorkbook } from '../../procedures/spreadsheet/write-workbook';
import { createCaller } from '../root';

const birth = getProcedure('dang-ky-khai-sinh')!;
const today = todayInVietnam(new Date());
const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

describe('procedureAdmin router', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let admin: SessionUser;
	let manager: SessionUser;
	const as = (user: SessionUser | null) =>
		createCaller(testContext(handle, { user })).procedureAdmin;
	const rows = async (id: string) =>
		handle.db.select().from(procedureVersions).where(eq(procedureVersions.id, id));

	beforeAll(async () => {
		handle = await openTestDatabase();
		admin = await insertStaff(handle.db, 'quantri', 'admin', null);
		manager = await insertStaff(handle.db, 'quanly', 'manager', null);
	});
	afterAll(() => handle.dispose());

	it('is for administrators only', async () => {
		expect(await failure(as(manager).list())).toBe('forbidden');
		expect(await failure(as(null).list())).toBe('unauthorized');
	});

	it('lists every shipped procedure with its published version', async () => {
		const { procedures } = await as(admin).list();
		expect(procedures).toHaveLength(readShippedDocuments().length);
		expect(procedures[0]).toMatchObject({
			id: birth.id,
			slug: birth.slug,
			name: birth.name,
			versions: [{ version: 1, status: 'published', effectiveFrom: '2025-07-01' }]
		});
	});

	it('uploads a new version as a draft, with its changes field by field', async () => {
		const v2 = withAddedField(birth, 'extraNote', '2030-01-01');
		const uploaded = await as(admin).upload({
			fileName: 'khai-sinh.json',
			contentBase64: base64(JSON.stringify(v2))
		});
		expect(uploaded).toMatchObject({
			ok: true,
			drafts: [{ id: birth.id, version: 2, name: birth.name }],
			unchanged: []
		});
		const changes = uploaded.ok ? uploaded.drafts[0]!.changes : [];
		expect(changes.some((c) => c.kind === 'added' && c.path.includes('extraNote'))).toBe(true);
		expect((await rows(birth.id)).map((r) => [r.version, r.status])).toEqual(
			expect.arrayContaining([
				[1, 'published'],
				[2, 'draft']
			])
		);
		// A draft is not served to devices.
		const feed = await createCaller(testContext(handle)).procedures.catalogue({});
		expect(feed.versions!.filter((v) => v.id === birth.id).map((v) => v.version)).toEqual([1]);

		const review = await as(admin).draft({ id: birth.id, version: 2 });
		expect(review.status).toBe('draft');
		expect(review.document.steps[0]!.fields.at(-1)!.id).toBe('extraNote');
		expect(review.changes).toEqual(changes);
	});

	it('stores nothing when a file is invalid, naming the file, the place and the reason', async () => {
		const broken = structuredClone(birth) as unknown as Record<string, unknown>;
		broken.version = 3;
		(broken.steps as { fields: { showIf?: unknown }[] }[])[1]!.fields[0]!.showIf = {
			field: 'child.khongCo',
			equals: 'x'
		};
		const result = await as(admin).upload({
			fileName: 'hai-tai-lieu.json',
			contentBase64: base64(JSON.stringify([getProcedure('dang-ky-khai-tu'), broken]))
		});
		expect(result.ok).toBe(false);
		const problem = !result.ok ? result.problems[0]! : undefined;
		expect(problem).toMatchObject({
			file: 'hai-tai-lieu.json',
			where: '[1].steps[1].fields[0].showIf.field'
		});
		expect(problem!.message.vi).toMatch(/khongCo/);
		expect(problem!.message.en).toMatch(/khongCo/);
		expect((await rows(birth.id)).map((r) => r.version).sort()).toEqual([1, 2]);

		const notJson = await as(admin).upload({ fileName: 'x.json', contentBase64: base64('{') });
		expect(notJson).toMatchObject({ ok: false, problems: [{ file: 'x.json', where: '' }] });
		const wrongKind = await as(admin).upload({ fileName: 'x.pdf', contentBase64: base64('{}') });
		expect(wrongKind).toMatchObject({ ok: false, problems: [{ file: 'x.pdf' }] });
	});

	it('refuses a file over 10 MB before decoding it', async () => {
		const big = 'A'.repeat(Math.ceil((10 * 1024 * 1024 + 3) / 3) * 4);
		expect(await failure(as(admin).upload({ fileName: 'big.json', contentBase64: big }))).toBe(
			'payload_too_large'
		);
	});

	it('reads a workbook, and names a missing sheet', async () => {
		const v2 = withAddedField(getProcedure('dang-ky-ket-hon')!, 'extraNote', '2030-01-01');
		const uploaded = await as(admin).upload({
			fileName: 'ket-hon.xlsx',
			contentBase64: base64(await writeProcedureWorkbook(v2))
		});
		expect(uploaded).toMatchObject({ ok: true, drafts: [{ id: v2.id, version: 2 }] });

		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('thu-tuc').addRow(['key', 'value']);
		const thin = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
		const missing = await as(admin).upload({ fileName: 'mong.xlsx', contentBase64: base64(thin) });
		expect(missing.ok).toBe(false);
		expect(!missing.ok && missing.problems.map((p) => p.where)).toEqual([
			'buoc',
			'truong',
			'lua-chon',
			'giay-to',
			'le-phi'
		]);
	});

	it('publishes a draft from a day, discards one, retires a procedure; each in the audit log', async () => {
		expect(
			await failure(as(admin).publish({ id: birth.id, version: 2, effectiveFrom: '2020-01-01' }))
		).toBe('invalid_input');
		await as(admin).publish({ id: birth.id, version: 2, effectiveFrom: today });
		const catalogue = await createCaller(testContext(handle)).procedures.catalogue({});
		const served = catalogue.versions!.filter((v) => v.id === birth.id);
		expect(served.map((v) => [v.version, v.effectiveFrom])).toEqual([
			[1, '2025-07-01'],
			[2, today]
		]);
		expect(
			await failure(as(admin).publish({ id: birth.id, version: 2, effectiveFrom: today }))
		).toBe('not_found');

		await as(admin).discard({ id: 'dang-ky-ket-hon', version: 2 });
		expect(await failure(as(admin).discard({ id: 'dang-ky-ket-hon', version: 1 }))).toBe(
			'not_found'
		);

		await as(admin).retire({ id: 'dang-ky-ket-hon' });
		const list = await as(admin).list();
		expect(list.procedures.find((p) => p.id === 'dang-ky-ket-hon')!.versions).toMatchObject([
			{ version: 1, status: 'retired' }
		]);
		const after = await createCaller(testContext(handle)).procedures.catalogue({
			knownRevision: catalogue.revision
		});
		expect(after.versions!.some((v) => v.id === 'dang-ky-ket-hon')).toBe(false);
		const unchanged = await createCaller(testContext(handle)).procedures.catalogue({
			knownRevision: after.revision
		});
		expect(unchanged).toEqual({ revision: after.revision });

		const audit = await handle.db
			.select({ action: auditLog.action, subject: auditLog.subject, actor: auditLog.actorUserId })
			.from(auditLog)
			.where(like(auditLog.action, 'procedures.%'));
		const byAdmin = audit.filter((a) => a.actor === admin.id).map((a) => [a.action, a.subject]);
		expect(byAdmin).toEqual(
			expect.arrayContaining([
				['procedures.upload', birth.id],
				['procedures.upload', 'dang-ky-ket-hon'],
				['procedures.publish', birth.id],
				['procedures.discard', 'dang-ky-ket-hon'],
				['procedures.retire', 'dang-ky-ket-hon']
			])
		);
	});
});
