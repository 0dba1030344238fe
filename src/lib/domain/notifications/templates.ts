/**
 * The short texts sent to a citizen about a dossier (issue 20), as data: the shipped defaults per
 * event and channel, the placeholders each event may use, the check an administrator's edit
 * passes on save, and the rendering. Pure: the server's template store and the worker call it.
 *
 * What a message may say is limited to what the citizen gave for this purpose and what the look-up
 * shows anyway: the dossier code, the procedure, dates, the office's reason and the link. No names.
 */

export const templateEvents = [
	'received',
	'supplement_requested',
	'extended',
	'late',
	'result_ready',
	'refused'
] as const;
export type TemplateEvent = (typeof templateEvents)[number];

export const templateChannels = ['email', 'sms', 'push'] as const;
export type TemplateChannel = (typeof templateChannels)[number];

/** Every placeholder any text may use; each event allows some of them. */
export const placeholders = [
	'maHoSo',
	'thuTuc',
	'hanTra',
	'lienKetTraCuu',
	'lyDo',
	'giayToCanBo',
	'cachNhan',
	'coQuan'
] as const;
export type Placeholder = (typeof placeholders)[number];

/** The facts a message is rendered from: a value per placeholder the event allows. */
export type TemplateFacts = Partial<Record<Placeholder, string>>;

/** An email's subject and body, an SMS's body, or a push's title and body. */
export type MessageTemplate = { subject?: string; body: string };

type EventRule = { allowed: readonly Placeholder[]; required: readonly Placeholder[] };

/**
 * Every message names the dossier and links to the look-up, where the citizen reads the rest
 * and can withdraw the consent; the reason of a refusal and the papers asked for are the point
 * of those messages, so they are required too.
 */
export const eventRules: Record<TemplateEvent, EventRule> = {
	received: {
		allowed: ['maHoSo', 'thuTuc', 'hanTra', 'lienKetTraCuu', 'coQuan'],
		required: ['maHoSo', 'lienKetTraCuu']
	},
	supplement_requested: {
		allowed: ['maHoSo', 'thuTuc', 'giayToCanBo', 'lienKetTraCuu', 'coQuan'],
		required: ['maHoSo', 'giayToCanBo', 'lienKetTraCuu']
	},
	extended: {
		allowed: ['maHoSo', 'thuTuc', 'hanTra', 'lyDo', 'lienKetTraCuu', 'coQuan'],
		required: ['maHoSo', 'hanTra', 'lienKetTraCuu']
	},
	late: {
		allowed: ['maHoSo', 'thuTuc', 'hanTra', 'lyDo', 'lienKetTraCuu', 'coQuan'],
		required: ['maHoSo', 'hanTra', 'lienKetTraCuu']
	},
	result_ready: {
		allowed: ['maHoSo', 'thuTuc', 'cachNhan', 'lienKetTraCuu', 'coQuan'],
		required: ['maHoSo', 'lienKetTraCuu']
	},
	refused: {
		allowed: ['maHoSo', 'thuTuc', 'lyDo', 'lienKetTraCuu', 'coQuan'],
		required: ['maHoSo', 'lyDo', 'lienKetTraCuu']
	}
};

/** Channels whose message has a subject (email) or title (push); SMS has a body only. */
export const hasSubject = (channel: TemplateChannel) => channel !== 'sms';

/** Lengths the form and the server hold texts to: an SMS is short, an email may explain. */
export const templateLimits: Record<TemplateChannel, { subject: number; body: number }> = {
	email: { subject: 200, body: 4000 },
	sms: { subject: 0, body: 480 },
	push: { subject: 100, body: 300 }
};

/**
 * The shipped texts. SMS bodies are written without diacritics on purpose: a Vietnamese letter
 * outside GSM 03.38 turns the whole message into UCS-2, 70 characters a part instead of 160,
 * and brandname SMS in Vietnam is sent unaccented for that reason. Email and push carry
 * Unicode, so they are written with full diacritics.
 */
export const defaultTemplates: Record<TemplateEvent, Record<TemplateChannel, MessageTemplate>> = {
	received: {
		email: {
			subject: 'Hồ sơ {maHoSo} đã được tiếp nhận',
			body:
				'{coQuan} đã tiếp nhận hồ sơ {maHoSo} ({thuTuc}).\n' +
				'Ngày hẹn trả kết quả: {hanTra}.\n\n' +
				'Ông/Bà theo dõi tiến độ hoặc thôi nhận thư tại: {lienKetTraCuu}\n' +
				'(cần mã hồ sơ và 4 số cuối điện thoại đã khai).'
		},
		sms: { body: 'Ho so {maHoSo} da duoc tiep nhan, hen tra {hanTra}. Tra cuu: {lienKetTraCuu}' },
		push: {
			subject: 'Đã tiếp nhận hồ sơ {maHoSo}',
			body: 'Hẹn trả kết quả ngày {hanTra}. Chạm để xem tiến độ.'
		}
	},
	supplement_requested: {
		email: {
			subject: 'Hồ sơ {maHoSo} cần bổ sung giấy tờ',
			body:
				'Hồ sơ {maHoSo} ({thuTuc}) cần bổ sung: {giayToCanBo}.\n\n' +
				'Ông/Bà bổ sung bằng nút "Bổ sung hồ sơ" ở trang tra cứu: {lienKetTraCuu}\n' +
				'hoặc mang giấy tờ đến Bộ phận Một cửa của {coQuan}.'
		},
		sms: {
			body: 'Ho so {maHoSo} can bo sung: {giayToCanBo}. Bo sung tai {lienKetTraCuu} hoac Bo phan Mot cua.'
		},
		push: {
			subject: 'Hồ sơ {maHoSo} cần bổ sung',
			body: 'Cần bổ sung: {giayToCanBo}. Chạm để bổ sung tại trang tra cứu.'
		}
	},
	extended: {
		email: {
			subject: 'Hồ sơ {maHoSo} được gia hạn đến {hanTra}',
			body:
				'Hồ sơ {maHoSo} ({thuTuc}) cần thêm thời gian xác minh: {lyDo}\n' +
				'Ngày hẹn trả kết quả mới: {hanTra}.\n\n' +
				'Theo dõi tiến độ: {lienKetTraCuu}'
		},
		sms: {
			body: 'Ho so {maHoSo} can xac minh them, hen tra moi {hanTra}. Tra cuu: {lienKetTraCuu}'
		},
		push: {
			subject: 'Hồ sơ {maHoSo} được gia hạn',
			body: 'Cần thêm thời gian xác minh. Ngày hẹn trả mới: {hanTra}.'
		}
	},
	late: {
		email: {
			subject: 'Xin lỗi: hồ sơ {maHoSo} trễ hẹn',
			body:
				'{coQuan} xin lỗi Ông/Bà: hồ sơ {maHoSo} ({thuTuc}) chưa có kết quả đúng hẹn. {lyDo}\n' +
				'Ngày hẹn trả mới: {hanTra}.\n\n' +
				'Theo dõi tiến độ: {lienKetTraCuu}'
		},
		sms: {
			body: 'Xin loi, ho so {maHoSo} tre hen. Hen tra moi {hanTra}. Tra cuu: {lienKetTraCuu}'
		},
		push: {
			subject: 'Xin lỗi: hồ sơ {maHoSo} trễ hẹn',
			body: 'Ngày hẹn trả mới: {hanTra}. Chạm để xem lý do.'
		}
	},
	result_ready: {
		email: {
			subject: 'Hồ sơ {maHoSo} đã có kết quả',
			body:
				'Hồ sơ {maHoSo} ({thuTuc}) đã có kết quả.\n' +
				'{cachNhan}\n\n' +
				'Xem hoặc tải kết quả: {lienKetTraCuu}'
		},
		sms: { body: 'Ho so {maHoSo} da co ket qua. Xem cach nhan tai {lienKetTraCuu}' },
		push: {
			subject: 'Hồ sơ {maHoSo} đã có kết quả',
			body: 'Chạm để xem cách nhận hoặc tải kết quả.'
		}
	},
	refused: {
		email: {
			subject: 'Hồ sơ {maHoSo} không được giải quyết',
			body:
				'Hồ sơ {maHoSo} ({thuTuc}) không được giải quyết vì: {lyDo}\n\n' +
				'Chi tiết tại trang tra cứu: {lienKetTraCuu}\n' +
				'Ông/Bà có thể hỏi Bộ phận Một cửa của {coQuan} để được hướng dẫn.'
		},
		sms: { body: 'Ho so {maHoSo} khong duoc giai quyet: {lyDo}. Chi tiet: {lienKetTraCuu}' },
		push: {
			subject: 'Hồ sơ {maHoSo} không được giải quyết',
			body: 'Lý do: {lyDo}'
		}
	}
};

const PLACEHOLDER = /\{([^{}\s]*)\}/g;

/** The placeholder names a text uses, in order, each once. */
export function placeholdersIn(text: string): string[] {
	return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

export type TemplateField = 'subject' | 'body';

export type TemplateProblem =
	| { field: TemplateField; kind: 'empty' }
	| { field: TemplateField; kind: 'too_long'; max: number }
	| { field: TemplateField; kind: 'unknown_placeholder'; name: string }
	| { field: TemplateField; kind: 'missing_placeholder'; name: string }
	| { field: TemplateField; kind: 'unbalanced_brace' };

/**
 * Why an administrator's text cannot be saved, field by field; empty when it can. A placeholder
 * the event does not know would reach the citizen as "{…}"; a text without a required one would
 * leave them without the code or the way to the look-up (and to withdraw). Push bodies may leave
 * the link out: tapping the message opens it.
 */
export function checkTemplate(
	event: TemplateEvent,
	channel: TemplateChannel,
	template: MessageTemplate
): TemplateProblem[] {
	const problems: TemplateProblem[] = [];
	const rule = eventRules[event];
	const limits = templateLimits[channel];
	const fields: TemplateField[] = hasSubject(channel) ? ['subject', 'body'] : ['body'];
	for (const field of fields) {
		const text = template[field] ?? '';
		const max = limits[field];
		if (text.trim() === '') problems.push({ field, kind: 'empty' });
		else if (text.length > max) problems.push({ field, kind: 'too_long', max });
		const outside = text.replace(PLACEHOLDER, '');
		if (/[{}]/.test(outside)) problems.push({ field, kind: 'unbalanced_brace' });
		for (const name of placeholdersIn(text)) {
			if (!(rule.allowed as readonly string[]).includes(name)) {
				problems.push({ field, kind: 'unknown_placeholder', name });
			}
		}
	}
	const used = new Set(fields.flatMap((field) => placeholdersIn(template[field] ?? '')));
	// A push opens the look-up when tapped; its text needs the code only.
	const required = channel === 'push' ? rule.required.filter((p) => p === 'maHoSo') : rule.required;
	for (const name of required) {
		if (!used.has(name)) problems.push({ field: 'body', kind: 'missing_placeholder', name });
	}
	return problems;
}

/** The text with each placeholder replaced by its fact; a fact not given reads as nothing. */
export function renderText(text: string, facts: TemplateFacts): string {
	return text.replace(PLACEHOLDER, (_whole, name: string) =>
		(placeholders as readonly string[]).includes(name) ? (facts[name as Placeholder] ?? '') : ''
	);
}

export type RenderedMessage = { subject?: string; body: string };

export function renderTemplate(template: MessageTemplate, facts: TemplateFacts): RenderedMessage {
	const body = renderText(template.body, facts);
	return template.subject === undefined
		? { body }
		: { subject: renderText(template.subject, facts), body };
}

/** The administrator's text where there is one, else the shipped one. */
export function effectiveTemplate(
	event: TemplateEvent,
	channel: TemplateChannel,
	override?: MessageTemplate | null
): MessageTemplate {
	return override ?? defaultTemplates[event][channel];
}

// GSM 03.38's basic set; a character outside it (Vietnamese letters with diacritics) makes the
// message UCS-2. The extension characters count twice.
const GSM_BASIC =
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€';

/** How an SMS text is counted: GSM-7 characters (extensions twice) or UCS-2 code units. */
export function smsLength(text: string): { encoding: 'gsm7' | 'ucs2'; units: number } {
	let units = 0;
	for (const char of text) {
		if (GSM_BASIC.includes(char)) units += 1;
		else if (GSM_EXTENDED.includes(char)) units += 2;
		else return { encoding: 'ucs2', units: text.length };
	}
	return { encoding: 'gsm7', units };
}
