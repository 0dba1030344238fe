import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConsoleMessages } from '$lib/i18n/translate';
import { checkUploadFile, MAX_UPLOAD_BYTES } from './upload-file';

const service = vi.hoisted(() => ({
	listProcedures: vi.fn(),
	uploadDocuments: vi.fn(),
	draftVersion: vi.fn(),
	publishVersion: vi.fn(),
	retireProcedure: vi.fn(),
	discardDraft: vi.fn()
}));
vi.mock('./procedure-admin.service', () => service);
// Node 20 has no FileReader: the bytes go through Buffer instead (the browser's path is e2e).
vi.mock('./upload-file', async (original) => ({
	...(await original<typeof import('./upload-file')>()),
	fileToBase64: async (file: Blob) => Buffer.from(await file.arrayBuffer()).toString('base64')
}));

const { ProcedureAdminState, outcomeText } = await import('./procedure-admin-state.svelte');

const name = { vi: 'Đăng ký khai sinh', en: 'Birth registration' };
const listed = [
	{
		id: 'dang-ky-khai-sinh',
		slug: 'dang-ky-khai-sinh',
		name,
		versions: [{ version: 1, status: 'published', effectiveFrom: null, publishedAt: null }]
	}
];
const trpcError = (appCode: string) =>
	Object.assign(new Error(appCode), { name: 'TRPCClientError', data: { appCode } });

// The page's load brings the console's texts; so does the spec.
beforeAll(() => loadConsoleMessages('vi'));

beforeEach(() => {
	vi.clearAllMocks();
	service.listProcedures.mockResolvedValue(listed);
});

describe('checkUploadFile', () => {
	it('takes .json and .xlsx up to 10 MB, and nothing else', () => {
		expect(checkUploadFile({ name: 'a.json', size: 10 })).toEqual({ ok: true });
		expect(checkUploadFile({ name: 'B.XLSX', size: MAX_UPLOAD_BYTES })).toEqual({ ok: true });
		expect(checkUploadFile({ name: 'a.json', size: MAX_UPLOAD_BYTES + 1 })).toEqual({
			ok: false,
			reason: 'too_large'
		});
		expect(checkUploadFile({ name: 'a.csv', size: 10 })).toEqual({
			ok: false,
			reason: 'wrong_type'
		});
	});
});

describe('ProcedureAdminState.upload', () => {
	it('asks for a file, and refuses one over 10 MB without sending it', async () => {
		const admin = new ProcedureAdminState();
		expect(await admin.upload(undefined)).toBe('file_problem');
		expect(admin.fileProblem?.key).toBe('procAdmin.needFile');
		const big = new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], 'lon.json');
		expect(await admin.upload(big)).toBe('file_problem');
		expect(admin.fileProblem).toEqual({ key: 'procAdmin.tooLarge', params: { file: 'lon.json' } });
		expect(service.uploadDocuments).not.toHaveBeenCalled();
	});

	it('sends the bytes as base64 and keeps the drafts and the unchanged', async () => {
		const draft = { id: 'dang-ky-khai-sinh', version: 2, name, changes: [] };
		service.uploadDocuments.mockResolvedValue({ ok: true, drafts: [draft], unchanged: ['x'] });
		const admin = new ProcedureAdminState();
		const file = new File(['{"a":"ă"}'], 'khai-sinh.json', { type: 'application/json' });
		expect(await admin.upload(file)).toBe('uploaded');
		expect(service.uploadDocuments).toHaveBeenCalledWith(
			'khai-sinh.json',
			Buffer.from('{"a":"ă"}').toString('base64')
		);
		expect(admin.uploaded).toEqual({ drafts: [draft], unchanged: ['x'] });
		expect(admin.procedures).toEqual(listed);
	});

	it('lists the problems of an invalid file and stores no drafts', async () => {
		const problems = [
			{ file: 'a.json', where: 'steps[0].fields[1].kind', message: { vi: 'Sai', en: 'Wrong' } }
		];
		service.uploadDocuments.mockResolvedValue({ ok: false, problems });
		const admin = new ProcedureAdminState();
		expect(await admin.upload(new File(['{}'], 'a.json'))).toBe('problems');
		expect(admin.problems).toEqual(problems);
		expect(admin.uploaded).toBeNull();
	});

	it("reads the server's size refusal as the browser's own", async () => {
		service.uploadDocuments.mockRejectedValue(trpcError('payload_too_large'));
		const admin = new ProcedureAdminState();
		expect(await admin.upload(new File(['{}'], 'a.json'))).toBe('file_problem');
		expect(admin.fileProblem?.key).toBe('procAdmin.tooLarge');
	});
});

describe('ProcedureAdminState.perform', () => {
	it('publishes with the date chosen, says so, forgets the draft and lists again', async () => {
		service.uploadDocuments.mockResolvedValue({
			ok: true,
			drafts: [{ id: 'dang-ky-khai-sinh', version: 2, name, changes: [] }],
			unchanged: []
		});
		const admin = new ProcedureAdminState();
		await admin.upload(new File(['{}'], 'a.json'));
		service.publishVersion.mockResolvedValue({ ok: true });
		await admin.perform(
			{ kind: 'publish', id: 'dang-ky-khai-sinh', version: 2, name },
			'2026-12-04'
		);
		expect(service.publishVersion).toHaveBeenCalledWith({
			id: 'dang-ky-khai-sinh',
			version: 2,
			effectiveFrom: '2026-12-04'
		});
		expect(admin.outcome?.tone).toBe('done');
		expect(outcomeText(admin.outcome!)).toBe(
			'Đã công bố Đăng ký khai sinh, phiên bản 2, có hiệu lực từ 04/12/2026.'
		);
		expect(admin.uploaded).toBeNull();
		expect(service.listProcedures).toHaveBeenCalledTimes(2);
	});

	it('says what failed and why when the server refuses', async () => {
		service.retireProcedure.mockRejectedValue(trpcError('forbidden'));
		const admin = new ProcedureAdminState();
		await admin.perform({ kind: 'retire', id: 'dang-ky-khai-sinh', name });
		expect(admin.outcome?.tone).toBe('failed');
		expect(outcomeText(admin.outcome!)).toBe(
			'Chưa ngừng áp dụng được Đăng ký khai sinh. Tài khoản này không được làm việc này. Hãy nhờ quản lý điểm hỗ trợ.'
		);
	});
});
