import type { Database } from '../db/client';
import { serverPublicUrl } from '$lib/domain/office/public-url';
import { officeSetting } from './office-setting';

/**
 * The start-up warning when receipts would have no public address (issue 19, item 6): neither
 * the office's (set at /quan-tri/co-quan) nor the server's ORIGIN. Their QR codes then lead to
 * the address of the PC that prints them, often http://localhost, which no phone can open.
 */
export function publicAddressWarning(
	officeUrl: string | undefined,
	origin: string | undefined
): string | undefined {
	if (serverPublicUrl(officeUrl, origin)) return undefined;
	return [
		'⚠ Chưa đặt địa chỉ công khai: mã QR trên biên nhận sẽ trỏ tới địa chỉ của máy in biên nhận',
		'  (thường là localhost), điện thoại của người dân không mở được. Hãy nhập "Địa chỉ trang web',
		'  cho người dân" ở /quan-tri/co-quan (tài khoản quản trị), hoặc chạy máy chủ với biến ORIGIN,',
		'  ví dụ: ORIGIN=https://cunglam.phuong.gov.vn npm start',
		'⚠ No public address: receipt QR codes will lead to the printing PC (often localhost), which',
		"  citizens' phones cannot open. Set it at /quan-tri/co-quan (administrator), or set ORIGIN."
	].join('\n');
}

export async function publicAddressWarningFor(
	db: Database,
	origin: string | undefined = process.env.ORIGIN
): Promise<string | undefined> {
	return publicAddressWarning((await officeSetting(db)).publicUrl, origin);
}
