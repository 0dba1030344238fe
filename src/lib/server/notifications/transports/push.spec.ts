import { Agent } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { httpEndpoint, localCertificate } from '$testing/server/notification-endpoints';
import { pushUserAgent, verifiedVapidClaims } from '$testing/server/push-receiver';
import { pushTransport } from './push';
import { DeliveryFailure } from './transport';

describe('Web Push transport', () => {
	let service: Awaited<ReturnType<typeof httpEndpoint>>;
	let status = 201;
	const vapid = webpush.generateVAPIDKeys();
	const settings = {
		publicKey: vapid.publicKey,
		privateKey: vapid.privateKey,
		subject: 'mailto:quantri@cunglam.example.vn'
	};

	let agent: Agent;

	beforeAll(async () => {
		// A push service is always https: a local one with its own certificate, trusted by name.
		const tls = localCertificate();
		service = await httpEndpoint(() => ({ status, body: {} }), tls);
		agent = new Agent({ ca: tls.cert });
	});
	afterAll(() => service.close());

	it('sends a payload the browser decrypts per RFC 8291, signed with the VAPID key', async () => {
		const browser = pushUserAgent(`${service.url}/push/abc123`);
		const code = 'CL.01.00004-261201-000007';
		await pushTransport(settings, { agent }).send({
			notificationId: 7,
			to: browser.subscription,
			subject: `Hồ sơ ${code} đã có kết quả`,
			text: `Hồ sơ ${code} đã có kết quả. Ông/bà tải kết quả tại trang tra cứu hồ sơ.`,
			url: `https://cunglam.example.vn/tra-cuu?ma=${code}`
		});
		const [request] = service.requests;
		expect(request!.method).toBe('POST');
		expect(request!.url).toBe('/push/abc123');
		expect(request!.headers['content-encoding']).toBe('aes128gcm');
		expect(Number(request!.headers.ttl)).toBe(86_400);
		expect(JSON.parse(browser.decrypt(request!.body))).toEqual({
			title: `Hồ sơ ${code} đã có kết quả`,
			body: `Hồ sơ ${code} đã có kết quả. Ông/bà tải kết quả tại trang tra cứu hồ sơ.`,
			url: `https://cunglam.example.vn/tra-cuu?ma=${code}`,
			tag: 'notification-7'
		});
		const { key, claims } = verifiedVapidClaims(request!);
		expect(key).toBe(vapid.publicKey);
		expect(claims).toMatchObject({ aud: service.url, sub: settings.subject });
	});

	it('a subscription the browser dropped (410) is given up at once; a busy service (503) is not', async () => {
		const browser = pushUserAgent(`${service.url}/push/gone`);
		const send = () =>
			pushTransport(settings, { agent })
				.send({ notificationId: 8, to: browser.subscription, subject: 's', text: 't', url: '' })
				.catch((e: unknown) => e);
		status = 410;
		const gone = await send();
		expect(gone).toBeInstanceOf(DeliveryFailure);
		expect(gone).toMatchObject({ reason: 'push HTTP 410', permanent: true });
		status = 503;
		expect(await send()).toMatchObject({ reason: 'push HTTP 503', permanent: false });
	});
});
