import { certifiedCopy } from '../procedures/catalog/certified-copy';
import { temporaryResidence } from '../procedures/catalog/temporary-residence';
import {
	sampleAddress,
	sampleAttachment,
	sampleMother,
	samplePhone
} from '../procedures/catalog/sample-data';
import { idCard } from './papers';
import { printedDate, type PracticeCase, type SamplePaper } from './practice-case';

const original = (name: string, holder: string, fileName: string): SamplePaper => ({
	id: 'ban-chinh',
	title: { vi: name, en: name },
	slot: 'originalScan',
	fileName,
	lines: [
		{ label: { vi: 'Cấp cho', en: 'Issued to' }, value: holder },
		{ label: { vi: 'Số trang', en: 'Pages' }, value: '1' }
	]
});

const tenancy = (tenant: string, street: string, from: string, months: number): SamplePaper => ({
	id: 'hop-dong-thue-nha',
	title: { vi: 'Hợp đồng thuê nhà', en: 'Tenancy agreement' },
	slot: 'residenceProof',
	fileName: 'hop-dong-thue-nha-mau',
	lines: [
		{ label: { vi: 'Bên thuê', en: 'Tenant' }, value: tenant },
		{
			label: { vi: 'Nhà cho thuê', en: 'Home rented' },
			value: `${street}, Phường Ba Đình, Hà Nội`
		},
		{ label: { vi: 'Thuê từ ngày', en: 'From' }, value: printedDate(from) },
		{ label: { vi: 'Thời hạn thuê', en: 'Length' }, value: `${months} tháng` }
	]
});

const copySample = certifiedCopy.sampleCase;
const son = {
	fullName: 'Ngô Văn Sơn',
	dateOfBirth: '1985-02-25',
	sex: 'male',
	personalId: '001085003377'
};
const tempSample = temporaryResidence.sampleCase;
const hoa = {
	fullName: 'Lý Thị Hoa',
	dateOfBirth: '1999-07-07',
	sex: 'female',
	personalId: '038199001234'
};

export const otherCases: PracticeCase[] = [
	{
		id: 'chung-thuc-1',
		procedureId: certifiedCopy.id,
		person: sampleMother.fullName,
		goal: {
			vi: 'Xin 3 bản sao có chứng thực của Bằng tốt nghiệp trung học phổ thông (bản chính 1 trang).',
			en: 'Ask for 3 certified copies of the upper-secondary diploma (the original has 1 page).'
		},
		papers: [
			idCard(sampleMother),
			original(copySample.original.documentName, sampleMother.fullName, 'bang-tot-nghiep-mau')
		],
		answers: copySample
	},
	{
		id: 'chung-thuc-2',
		procedureId: certifiedCopy.id,
		person: son.fullName,
		goal: {
			vi: 'Xin 2 bản sao có chứng thực của Giấy khai sinh (bản chính 1 trang).',
			en: 'Ask for 2 certified copies of the birth certificate (the original has 1 page).'
		},
		papers: [idCard(son), original('Giấy khai sinh', son.fullName, 'giay-khai-sinh-mau')],
		answers: {
			requester: { person: son, phone: '0978123456', address: sampleAddress },
			original: {
				documentName: 'Giấy khai sinh',
				pages: 1,
				copies: 2,
				originalScan: sampleAttachment('giay-khai-sinh-mau')
			},
			delivery: { method: 'desk', commitment: true }
		}
	},
	{
		id: 'tam-tru-1',
		procedureId: temporaryResidence.id,
		person: sampleMother.fullName,
		goal: {
			vi: 'Đăng ký tạm trú 12 tháng tại nhà thuê ở Hà Nội, ở từ ngày 01/11/2026; nhà của Ông/Bà ở Thanh Hóa.',
			en: 'Register a 12-month temporary stay in a rented home in Hà Nội since 01/11/2026; your home is in Thanh Hóa.'
		},
		papers: [
			idCard(sampleMother),
			tenancy(sampleMother.fullName, sampleAddress.street!, '2026-11-01', 12)
		],
		answers: tempSample
	},
	{
		id: 'tam-tru-2',
		procedureId: temporaryResidence.id,
		person: hoa.fullName,
		goal: {
			vi: 'Đăng ký tạm trú 6 tháng tại nhà thuê ở Hà Nội, ở từ ngày 10/11/2026; nhà của Ông/Bà ở Thanh Hóa.',
			en: 'Register a 6-month temporary stay in a rented home in Hà Nội since 10/11/2026; your home is in Thanh Hóa.'
		},
		papers: [idCard(hoa), tenancy(hoa.fullName, sampleAddress.street!, '2026-11-10', 6)],
		answers: {
			requester: { person: hoa, phone: samplePhone, address: tempSample.requester.address },
			residence: { address: sampleAddress, basis: 'rented', fromDate: '2026-11-10', months: 6 },
			documents: { residenceProof: sampleAttachment('hop-dong-thue-nha-mau') },
			delivery: { method: 'desk', commitment: true }
		}
	}
];
