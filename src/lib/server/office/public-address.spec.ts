import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '$testing/server/database';
import { users } from '../db/schema';
import { referenceSnapshot } from '../reference-data/reference-snapshot';
import { officeSetting, setOfficeSetting } from './office-setting';
import { publicAddressWarningFor } from './public-address';

/** Issue 19, item 6: receipts' address is the office's, else ORIGIN; start-up warns when neither. */
describe('the public address on the server', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let adminId: string;
	beforeAll(async () => {
		handle = await openTestDatabase(undefined, { procedures: false });
		const [row] = await handle.db
			.insert(users)
			.values({ username: 'quantri', displayName: 'Quản trị', role: 'admin', passwordHash: 'x' })
			.returning();
		adminId = row!.id;
	});
	afterAll(async () => {
		vi.unstubAllEnvs();
		await handle.dispose();
	});

	const devicesGet = async () => (await referenceSnapshot(handle.db, undefined)).data!.office;

	it('warns at start-up while neither the office address nor ORIGIN is set', async () => {
		vi.stubEnv('ORIGIN', '');
		expect(await publicAddressWarningFor(handle.db)).toMatch(
			/^⚠ Chưa đặt địa chỉ công khai: mã QR trên biên nhận sẽ trỏ tới/
		);
		expect(await publicAddressWarningFor(handle.db, 'https://dichvu.badinh.vn')).toBeUndefined();
		expect((await devicesGet()).publicUrl).toBeUndefined();
	});

	it('hands devices ORIGIN while the office has no address, and the office address once set', async () => {
		vi.stubEnv('ORIGIN', 'https://dichvu.badinh.vn');
		expect((await devicesGet()).publicUrl).toBe('https://dichvu.badinh.vn');
		// The administrator's form still shows the office's own (empty) field, not ORIGIN.
		expect((await officeSetting(handle.db)).publicUrl).toBeUndefined();

		const office = await officeSetting(handle.db);
		await setOfficeSetting(handle.db, adminId, {
			...office,
			publicUrl: 'https://cunglam.badinh.vn'
		});
		expect((await devicesGet()).publicUrl).toBe('https://cunglam.badinh.vn');
		expect(await publicAddressWarningFor(handle.db, '')).toBeUndefined();
	});
});
