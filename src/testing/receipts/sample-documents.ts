/** Sample documents with many diacritics, shared by the tests and the benchmark. */
import type {
	ApologyLetter,
	GuidanceSlip,
	Office,
	PendingSlip,
	ReceiptDocument,
	ReceiptSlip,
	ResumeSlip,
	SessionSummary,
	MonthlyReport
} from '$lib/receipts/types';

export const sampleOffice: Office = {
	parent: 'Thành phố Hà Nội',
	name: 'Ủy ban nhân dân phường Ba Đình',
	unit: 'Bộ phận Một cửa',
	place: 'Ba Đình'
};

export const sampleDossierCode = 'G22.99.08-260205-000042';
export const sampleLookupUrl = `https://cunglam.example.vn/tra-cuu?ma=${sampleDossierCode}`;

export const sampleReceipt: ReceiptSlip = {
	kind: 'receipt',
	office: sampleOffice,
	dossierCode: sampleDossierCode,
	applicant: {
		name: 'Nguyễn Thị Hằng',
		phone: '0912345678',
		address: 'Số 12 ngõ 45 phố Đội Cấn, tổ dân phố 7, Phường Ba Đình, Thành phố Hà Nội'
	},
	procedure: 'Đăng ký khai sinh',
	documents: [
		{ name: 'Tờ khai đăng ký khai sinh', form: 'Bản chính', copies: 1 },
		{ name: 'Giấy chứng sinh do bệnh viện cấp', form: 'Bản chính', copies: 1 },
		{ name: 'Giấy chứng nhận kết hôn của cha, mẹ', form: 'Bản sao', copies: 1 }
	],
	// 14:05 in Vietnam.
	receivedAt: new Date('2026-02-05T07:05:00Z'),
	dueDate: '2026-02-06',
	resultDelivery: 'Nhận trực tiếp tại Bộ phận Một cửa phường Ba Đình',
	fee: 0,
	lookupUrl: sampleLookupUrl,
	receivedBy: 'Trần Văn Đức'
};

export const samplePending: PendingSlip = {
	kind: 'pending',
	accessPoint: 'Điểm hỗ trợ dịch vụ công – Nhà văn hóa tổ dân phố 7, Phường Ba Đình',
	localReference: 'CL-7K3M-9QXD',
	procedure: 'Đăng ký khai sinh',
	createdAt: new Date('2026-02-05T07:05:00Z'),
	lookupUrl: 'https://cunglam.example.vn/tra-cuu?tham-chieu=CL-7K3M-9QXD'
};

export const sampleGuidance: GuidanceSlip = {
	kind: 'guidance',
	office: sampleOffice,
	applicantName: 'Trần Văn Đức',
	procedure: 'Đăng ký khai sinh',
	issuedAt: new Date('2026-02-05T02:30:00Z'),
	documents: [
		{ name: 'Tờ khai đăng ký khai sinh', present: true },
		{
			name: 'Giấy chứng sinh do bệnh viện cấp',
			present: false,
			note: 'Bản chính, có dấu của bệnh viện nơi trẻ được sinh ra.'
		},
		{
			name: 'Giấy chứng nhận kết hôn của cha, mẹ',
			present: false,
			note: 'Không cần nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư.'
		},
		{ name: 'Căn cước của người đi đăng ký', present: true, note: 'Xuất trình khi nộp hồ sơ.' }
	],
	nextStep:
		'Ông/Bà mang đủ giấy tờ đến Bộ phận Một cửa phường Ba Đình hoặc điểm hỗ trợ tại nhà văn hóa để nộp hồ sơ trực tuyến.',
	guidedBy: 'Lê Thị Thu Hương'
};

export const sampleResume: ResumeSlip = {
	kind: 'resume',
	accessPoint: 'Điểm hỗ trợ dịch vụ công – Nhà văn hóa tổ dân phố 7, Phường Ba Đình',
	procedure: 'Đăng ký khai sinh',
	resumeCode: 'K7QM-3XD9-PT4W',
	resumeUrl: 'https://cunglam.example.vn/tiep-tuc?ma=K7QM3XD9PT4W',
	expiresAt: '2026-02-12',
	issuedAt: new Date('2026-02-05T07:05:00Z')
};

export const sampleApology: ApologyLetter = {
	kind: 'apology',
	office: sampleOffice,
	reference: 'Số: 12/TXL-UBND',
	issuedOn: '2026-02-06',
	citizenName: 'Nguyễn Thị Hằng',
	dossierCode: sampleDossierCode,
	procedure: 'Đăng ký khai sinh',
	receivedAt: new Date('2026-02-05T07:05:00Z'),
	originalDueDate: '2026-02-06',
	reason: 'Cần xác minh thông tin về nơi sinh với bệnh viện, việc xác minh chưa có kết quả.',
	newDueDate: '2026-02-11',
	signatory: { name: 'Trần Văn Đức', title: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] }
};

export const sampleSummary: SessionSummary = {
	kind: 'summary',
	accessPoint: 'Điểm hỗ trợ dịch vụ công – Nhà văn hóa tổ dân phố 7, Phường Ba Đình',
	date: new Date('2026-02-05T07:05:00Z'),
	procedure: 'Đăng ký khai sinh',
	totalSteps: 6,
	stepsDoneAlone: [
		'Tìm thủ tục',
		'Nhập họ tên của trẻ',
		'Chụp ảnh giấy chứng sinh',
		'Kiểm tra lại thông tin'
	],
	stepsToTryNext: ['Nhập địa chỉ thường trú', 'Đính kèm giấy tờ từ máy tính'],
	skillCard: '7QX2-M9KA'
};

export const sampleMonthlyReport: MonthlyReport = {
	kind: 'monthly-report',
	scope: 'Phường, xã mã 00004',
	from: '2026-11-01',
	to: '2026-11-30',
	issuedAt: new Date('2026-12-01T02:00:00Z'),
	coachedSessions: 42,
	practiceSessions: 5,
	steps: [
		{ label: 'Công dân tự làm', share: 0.625 },
		{ label: 'Tự làm sau khi được hướng dẫn', share: 0.25 },
		{ label: 'Tình nguyện viên làm giúp', share: 0.125 }
	],
	skillCards: { returning: 9, rose: 6 },
	ratings: {
		count: 30,
		levels: [
			{ label: 'Rất hài lòng', share: 0.5 },
			{ label: 'Hài lòng', share: 0.4 },
			{ label: 'Không hài lòng', share: 0.1 }
		]
	},
	volunteers: { count: 4, hours: 96.5, sessions: 42 },
	dossiers: {
		total: 120,
		channels: [
			{ label: 'Tại nhà, tự làm', share: 0.3 },
			{ label: 'Tại điểm, tự làm', share: 0.45 },
			{ label: 'Có tình nguyện viên', share: 0.25 }
		],
		onTimeRate: 0.95,
		overdueNow: 3,
		apologies: 2
	}
};

export const sampleDocuments: readonly ReceiptDocument[] = [
	sampleReceipt,
	samplePending,
	sampleGuidance,
	sampleResume,
	sampleApology,
	sampleSummary,
	sampleMonthlyReport
];
