import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpEndpoint } from '$testing/server/notification-endpoints';
import type { SmsSettings } from '../settings';
import { esmsTransport } from './sms-esms';
import { DeliveryFailure } from './transport';

const path = '/MainService.svc/json/SendMultipleMessage_V4_post_json/';
const text =
	'Hồ sơ CL.01.00004-261201-000001 đã có kết quả. Tra cứu: https://cunglam.example.vn/tra-cuu';

describe('eSMS adapter', () => {
	let provider: Awaited<ReturnType<typeof httpEndpoint>>;
	let status = 200;
	let answer: unknown = { CodeResult: '100', CountRegenerate: 0, SMSID: 'd533459ee42b2b95' };
	let settings: SmsSettings;

	beforeAll(async () => {
		provider = await httpEndpoint(() => ({ status, body: answer }));
		settings = {
			provider: 'esms',
			apiUrl: `${provider.url}${path}`,
			apiKey: 'API-KEY-1',
			secretKey: 'SECRET-1',
			brandname: 'UBND_BADINH',
			sandbox: false
		};
	});
	afterAll(() => provider.close());

	it('posts the documented JSON (customer care, Unicode, brandname, a RequestId per notification)', async () => {
		const sent = await esmsTransport(settings).send({
			notificationId: 42,
			to: '0912345678',
			subject: 'ignored by SMS',
			text,
			url: 'https://cunglam.example.vn/tra-cuu'
		});
		expect(sent).toEqual({ providerMessageId: 'd533459ee42b2b95' });
		const [request] = provider.requests;
		expect(request!.method).toBe('POST');
		expect(request!.url).toBe(path);
		expect(request!.headers['content-type']).toBe('application/json');
		// developers.esms.vn → eSMS API → Send SMS API → Send OTP/Customer care message.
		expect(JSON.parse(request!.body.toString('utf8'))).toStrictEqual({
			ApiKey: 'API-KEY-1',
			SecretKey: 'SECRET-1',
			Content: text,
			Phone: '0912345678',
			Brandname: 'UBND_BADINH',
			SmsType: '2',
			IsUnicode: '1',
			Sandbox: '0',
			RequestId: 'cunglam-42'
		});
	});

	it('a refusal in the answer is a failure to retry, with the code and no phone number', async () => {
		answer = { CodeResult: '103', ErrorMessage: 'Balance not enough to send 0912345678' };
		const error = await esmsTransport(settings)
			.send({ notificationId: 43, to: '0912345678', subject: '', text, url: '' })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DeliveryFailure);
		expect(error).toMatchObject({ permanent: false });
		expect((error as DeliveryFailure).reason).toMatch(/^eSMS CodeResult 103: Balance not enough/);
		expect((error as DeliveryFailure).reason).not.toContain('0912345678');
	});

	it('HTTP errors: the provider’s 5xx is retried, our own 4xx is not', async () => {
		const send = () =>
			esmsTransport(settings)
				.send({ notificationId: 44, to: '0912345678', subject: '', text, url: '' })
				.catch((e: unknown) => e);
		status = 503;
		expect(await send()).toMatchObject({ reason: 'eSMS HTTP 503', permanent: false });
		status = 401;
		expect(await send()).toMatchObject({ reason: 'eSMS HTTP 401', permanent: true });
	});

	it('an unreachable provider is a failure to retry', async () => {
		const closed = await httpEndpoint();
		await closed.close();
		const down = esmsTransport({ ...settings, apiUrl: `${closed.url}${path}` });
		const error = await down
			.send({ notificationId: 45, to: '0912345678', subject: '', text, url: '' })
			.catch((e: unknown) => e);
		expect(error).toMatchObject({ permanent: false });
		expect((error as DeliveryFailure).reason).toMatch(/^eSMS unreachable: ECONNREFUSED/);
	});
});
