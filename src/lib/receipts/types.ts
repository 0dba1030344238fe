/**
 * What each printed document says. Plain data, already in Vietnamese: the caller (a page in the
 * browser, a staff print route on the server) has the procedure, the office and the dossier at
 * hand; the documents only lay them out.
 */
import type { IsoDate } from '$lib/domain/calendar/iso-date';

export type Paper = 'A4' | 'A5';

export type ReceiptFonts = { regular: Uint8Array; bold: Uint8Array };

export type RenderOptions = { paper: Paper; fonts: ReceiptFonts };

/** The body that receives or issues: 'ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH' under 'THÀNH PHỐ HÀ NỘI'. */
export type Office = {
	name: string;
	/** The level above, printed over the name as administrative documents do. */
	parent?: string;
	/** The unit that actually received: 'Bộ phận Một cửa'. */
	unit?: string;
	/** Place name of the date line: 'Ba Đình, ngày …'. */
	place?: string;
	/**
	 * The head of office who signs letters (form 04), as the administrator set it at
	 * /quan-tri/co-quan; `title` holds one line per line of the signature block.
	 */
	head?: { name: string; title: string };
};

export type ReceivedDocument = {
	name: string;
	/** 'Bản chính', 'Bản sao', 'Bản chụp'. */
	form?: string;
	copies: number;
};

export type ReceiptSlip = {
	kind: 'receipt';
	office: Office;
	dossierCode: string;
	applicant: { name: string; phone?: string; address?: string };
	procedure: string;
	documents: ReceivedDocument[];
	receivedAt: Date;
	dueDate: IsoDate;
	/** How the result is returned: 'Nhận trực tiếp tại Bộ phận Một cửa', 'Qua dịch vụ bưu chính'. */
	resultDelivery: string;
	/** Đồng (0 prints as free of charge), or words where no amount applies (FEE_SET_BY_PROVINCE). */
	fee: number | string;
	/** Status look-up for this dossier code; printed as a QR code. */
	lookupUrl: string;
	/** The officer who received the dossier, for the signature line. */
	receivedBy?: string;
};

/** Printed while a dossier is still on this device: it has no code yet (DESIGN.md, Sync). */
export type PendingSlip = {
	kind: 'pending';
	/** The access point where the dossier was made. */
	accessPoint?: string;
	localReference: string;
	procedure: string;
	createdAt: Date;
	lookupUrl: string;
};

export type GuidanceDocument = {
	name: string;
	present: boolean;
	/** What to bring or fix: 'Bản chính, có dấu của bệnh viện'. */
	note?: string;
};

export type GuidanceSlip = {
	kind: 'guidance';
	office: Office;
	applicantName?: string;
	procedure: string;
	issuedAt: Date;
	documents: GuidanceDocument[];
	/** Where and how to bring the missing papers back, in plain words. */
	nextStep?: string;
	/** Who gave the guidance (volunteer or officer), for the signature line. */
	guidedBy?: string;
};

/**
 * The "Tiếp tục tại nhà" slip. It deliberately has no PIN field: the PIN is the second secret of
 * the uploaded draft, and paper that carries both would open it for anyone who finds it.
 */
export type ResumeSlip = {
	kind: 'resume';
	accessPoint?: string;
	procedure?: string;
	/** Printed exactly as given, grouped for reading aloud: 'ABCDE-FGHJK'. */
	resumeCode: string;
	/** Where to continue; printed as text and as a QR code. */
	resumeUrl: string;
	/** A day prints as 'until the end of that day', an instant with its time. */
	expiresAt: Date | IsoDate;
	issuedAt: Date;
};

export type ApologyLetter = {
	kind: 'apology';
	office: Office;
	/** 'Số: 12/TXL-UBND'; left blank for the office to fill in when absent. */
	reference?: string;
	issuedOn: Date | IsoDate;
	citizenName: string;
	dossierCode: string;
	procedure: string;
	receivedAt: Date;
	originalDueDate: IsoDate;
	reason: string;
	newDueDate: IsoDate;
	signatory: {
		name: string;
		/** 'CHỦ TỊCH', 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH': one line each. */
		title: string[];
	};
};

/**
 * What the citizen did alone in one session (coaching). It names steps, never the citizen: the
 * paper may stay on the desk of a shared access point.
 */
export type SessionSummary = {
	kind: 'summary';
	accessPoint: string;
	date: Date | IsoDate;
	procedure?: string;
	totalSteps: number;
	stepsDoneAlone: string[];
	stepsToTryNext: string[];
	/** The skill-card code, 'ABCD-EFGH', when the citizen agreed to keep one: never a name. */
	skillCard?: string;
};

/** A share of a whole, 0–1, with what it counts; null when the whole is nothing (no data). */
export type ReportShare = { label: string; share: number | null };

/**
 * "Báo cáo tháng" of the dashboard (issue 9): figures only, never a citizen. Labels come from
 * the page, already in Vietnamese, so the paper says exactly what the screen says.
 */
export type MonthlyReport = {
	kind: 'monthly-report';
	/** 'Điểm: Nhà văn hóa tổ 7', 'Phường, xã mã 00004'. */
	scope: string;
	from: IsoDate;
	to: IsoDate;
	issuedAt: Date;
	coachedSessions: number;
	practiceSessions: number;
	/** Done alone, after help, by volunteers: drawn as bars. */
	steps: ReportShare[];
	skillCards: { returning: number; rose: number };
	ratings: { count: number; levels: ReportShare[] };
	volunteers: { count: number; hours: number; sessions: number };
	dossiers?: {
		total: number;
		channels: ReportShare[];
		/** Null while no dossier of the period has a result. */
		onTimeRate: number | null;
		overdueNow: number;
		apologies: number;
	};
};

export type ReceiptDocument =
	| ReceiptSlip
	| PendingSlip
	| GuidanceSlip
	| ResumeSlip
	| ApologyLetter
	| SessionSummary
	| MonthlyReport;

export type ReceiptDocumentKind = ReceiptDocument['kind'];
