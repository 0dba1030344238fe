import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db/client';
import { dossierContactConsents, dossiers, type NotificationChannel } from '$lib/server/db/schema';

/** A citizen's consent to be told by `channel` at `address` about the dossier with `code`. */
export async function consentTo(
	db: Database,
	code: string,
	channel: NotificationChannel,
	address: string | null,
	subscription?: { endpoint: string; keys: { p256dh: string; auth: string } }
): Promise<string> {
	const [dossier] = await db
		.select({ id: dossiers.id })
		.from(dossiers)
		.where(eq(dossiers.code, code));
	await db.insert(dossierContactConsents).values({
		dossierId: dossier!.id,
		channel,
		address,
		subscription: subscription ?? null,
		grantedAt: new Date()
	});
	return dossier!.id;
}

export type ReceivedMail = { envelopeTo: string[]; parsed: ParsedMail; raw: string };

/**
 * A real SMTP server on a free local port (smtp-server), keeping what it receives; `failNext`
 * answers the next messages with a 4xx or 5xx, as a busy or refusing server would.
 */
export async function smtpSink() {
	const mails: ReceivedMail[] = [];
	let refusals: { code: number; count: number } | undefined;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				if (refusals && refusals.count > 0) {
					refusals.count -= 1;
					const error = Object.assign(new Error('Mailbox unavailable'), {
						responseCode: refusals.code
					});
					callback(error);
					return;
				}
				const raw = Buffer.concat(chunks).toString('utf8');
				void simpleParser(raw).then((parsed) => {
					mails.push({
						envelopeTo: session.envelope.rcptTo.map((r) => r.address),
						parsed,
						raw
					});
					callback();
				});
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return {
		url: `smtp://127.0.0.1:${port}`,
		mails,
		failNext(code: number, count: number) {
			refusals = { code, count };
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

const bodyOf = async (request: IncomingMessage) => {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
};

export type ReceivedRequest = {
	method: string;
	url: string;
	headers: IncomingMessage['headers'];
	body: Buffer;
};

/**
 * A self-signed certificate for 127.0.0.1, made by the openssl command (push services are
 * always https, and web-push speaks nothing else).
 */
export function localCertificate(): { key: string; cert: string } {
	const dir = mkdtempSync(path.join(tmpdir(), 'cunglam-tls-'));
	try {
		execFileSync(
			'openssl',
			['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
				.concat(['-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')])
				.concat(['-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1']),
			{ stdio: 'ignore' }
		);
		return {
			key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
			cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8')
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * A local HTTP endpoint standing where the provider's is: it keeps every request and answers
 * with `answer` (eSMS's "accepted" by default, with an id per request); https with `tls`.
 */
export async function httpEndpoint(
	answer: (request: ReceivedRequest, index: number) => { status: number; body: unknown } = (
		_r,
		i
	) => ({ status: 200, body: { CodeResult: '100', CountRegenerate: 0, SMSID: `sms-${i + 1}` } }),
	tls?: { key: string; cert: string }
) {
	const requests: ReceivedRequest[] = [];
	const listener: RequestListener = (request, response) => {
		void bodyOf(request).then((body) => {
			const received = {
				method: request.method ?? '',
				url: request.url ?? '',
				headers: request.headers,
				body
			};
			requests.push(received);
			const { status, body: out } = answer(received, requests.length - 1);
			response.writeHead(status, { 'content-type': 'application/json' });
			response.end(JSON.stringify(out));
		});
	};
	const server = tls ? createTlsServer(tls, listener) : createServer(listener);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
