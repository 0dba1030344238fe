import { birthRegistration } from '../procedures/catalog/birth-registration';
import { deathRegistration } from '../procedures/catalog/death-registration';
import { marriageRegistration } from '../procedures/catalog/marriage-registration';
import {
	sampleAddress,
	sampleAttachment,
	sampleChild,
	sampleFather,
	sampleMother,
	samplePhone
} from '../procedures/catalog/sample-data';
import { idCard } from './papers';
import { printedDate, type PracticeCase } from './practice-case';

const sex = (s: string) => (s === 'female' ? 'Nữ' : 'Nam');

const birthFather = {
	fullName: 'Hoàng Văn Tùng',
	dateOfBirth: '1990-04-18',
	sex: 'male',
	personalId: '001090007788'
};
const birthMother = {
	fullName: 'Đỗ Thị Hạnh',
	dateOfBirth: '1994-08-09',
	personalId: '001194005566'
};
const birthChild = {
	fullName: 'Hoàng Ngọc Ánh',
	dateOfBirth: '2026-11-05',
	sex: 'female',
	placeOfBirth: 'Bệnh viện Đa khoa Đống Đa',
	ethnicity: 'Kinh',
	hometown: 'Xã Thanh Oai, Hà Nội'
};

const birthCertificate = (child: typeof sampleChild, mother: string) => ({
	id: 'giay-chung-sinh',
	title: { vi: 'Giấy chứng sinh', en: 'Birth notice' },
	slot: 'birthCertificate',
	fileName: 'giay-chung-sinh-mau',
	lines: [
		{ label: { vi: 'Họ tên mẹ', en: "Mother's name" }, value: mother },
		{ label: { vi: 'Tên con dự định đặt', en: 'Intended name' }, value: child.fullName },
		{ label: { vi: 'Ngày sinh', en: 'Born on' }, value: printedDate(child.dateOfBirth) },
		{ label: { vi: 'Giới tính', en: 'Sex' }, value: sex(child.sex) },
		{ label: { vi: 'Nơi sinh', en: 'Place of birth' }, value: child.placeOfBirth }
	]
});

const deathNotice = (name: string, date: string, place: string) => ({
	id: 'giay-bao-tu',
	title: { vi: 'Giấy báo tử', en: 'Death notice' },
	slot: 'deathNotice',
	fileName: 'giay-bao-tu-mau',
	lines: [
		{ label: { vi: 'Họ tên người chết', en: 'Name of the deceased' }, value: name },
		{ label: { vi: 'Ngày chết', en: 'Date of death' }, value: printedDate(date) },
		{ label: { vi: 'Nơi chết', en: 'Place of death' }, value: place }
	]
});

const deathSample = deathRegistration.sampleCase;
const marriageSample = marriageRegistration.sampleCase;

export const civilStatusCases: PracticeCase[] = [
	{
		id: 'khai-sinh-1',
		procedureId: birthRegistration.id,
		person: sampleMother.fullName,
		goal: {
			vi: `Đăng ký khai sinh cho bé ${sampleChild.fullName}, sinh ngày ${printedDate(sampleChild.dateOfBirth)}; Ông/Bà là mẹ của bé.`,
			en: `Register the birth of ${sampleChild.fullName}, born ${printedDate(sampleChild.dateOfBirth)}; you are the mother.`
		},
		papers: [
			idCard(sampleMother),
			idCard(sampleFather),
			birthCertificate(sampleChild, sampleMother.fullName)
		],
		answers: birthRegistration.sampleCase
	},
	{
		id: 'khai-sinh-2',
		procedureId: birthRegistration.id,
		person: birthFather.fullName,
		goal: {
			vi: `Đăng ký khai sinh cho bé ${birthChild.fullName}, sinh ngày ${printedDate(birthChild.dateOfBirth)}; Ông/Bà là cha của bé.`,
			en: `Register the birth of ${birthChild.fullName}, born ${printedDate(birthChild.dateOfBirth)}; you are the father.`
		},
		papers: [
			idCard(birthFather),
			idCard({ ...birthMother, sex: 'female' }),
			birthCertificate(birthChild, birthMother.fullName)
		],
		answers: {
			requester: {
				person: { ...birthFather, relation: 'father' },
				phone: '0987654321',
				address: sampleAddress
			},
			child: birthChild,
			parents: {
				mother: birthMother,
				fatherKnown: 'yes',
				father: {
					fullName: birthFather.fullName,
					dateOfBirth: birthFather.dateOfBirth,
					personalId: birthFather.personalId
				}
			},
			documents: {
				hasBirthCertificate: 'yes',
				birthCertificate: sampleAttachment('giay-chung-sinh-mau')
			},
			delivery: { method: 'desk', commitment: true }
		}
	},
	{
		id: 'khai-tu-1',
		procedureId: deathRegistration.id,
		person: 'Trần Thị Mai',
		goal: {
			vi: 'Đăng ký khai tử cho cha là ông Trần Văn Hùng, mất ngày 10/11/2026.',
			en: 'Register the death of your father, Trần Văn Hùng, who died on 10/11/2026.'
		},
		papers: [
			idCard({ ...deathSample.requester.person }),
			idCard({ ...deathSample.deceased.person }),
			deathNotice('Trần Văn Hùng', '2026-11-10', 'Bệnh viện Bạch Mai, Hà Nội')
		],
		answers: deathSample
	},
	{
		id: 'khai-tu-2',
		procedureId: deathRegistration.id,
		person: 'Vũ Văn Nam',
		goal: {
			vi: 'Đăng ký khai tử cho mẹ là bà Vũ Thị Lành, mất ngày 15/11/2026 tại nhà.',
			en: 'Register the death of your mother, Vũ Thị Lành, who died at home on 15/11/2026.'
		},
		papers: [
			idCard({
				fullName: 'Vũ Văn Nam',
				dateOfBirth: '1975-12-01',
				sex: 'male',
				personalId: '001075002233'
			}),
			idCard({
				fullName: 'Vũ Thị Lành',
				dateOfBirth: '1948-06-15',
				sex: 'female',
				personalId: '001148004455'
			}),
			deathNotice('Vũ Thị Lành', '2026-11-15', 'Tại nhà riêng, Hà Nội')
		],
		answers: {
			...deathSample,
			requester: {
				person: {
					fullName: 'Vũ Văn Nam',
					dateOfBirth: '1975-12-01',
					sex: 'male',
					personalId: '001075002233',
					relation: 'child'
				},
				phone: '0903456789',
				address: sampleAddress
			},
			deceased: {
				person: {
					fullName: 'Vũ Thị Lành',
					dateOfBirth: '1948-06-15',
					sex: 'female',
					personalId: '001148004455'
				},
				dateOfDeath: '2026-11-15',
				placeOfDeath: 'Tại nhà riêng, Hà Nội',
				lastResidence: sampleAddress
			},
			documents: { deathNotice: sampleAttachment('giay-bao-tu-mau') },
			delivery: { method: 'desk', commitment: true }
		}
	},
	{
		id: 'ket-hon-1',
		procedureId: marriageRegistration.id,
		person: 'Lê Thu Hà',
		goal: {
			vi: 'Đăng ký kết hôn của chị Lê Thu Hà và anh Phạm Quốc Bảo; cả hai kết hôn lần đầu.',
			en: 'Register the marriage of Lê Thu Hà and Phạm Quốc Bảo; it is the first marriage of both.'
		},
		papers: [
			idCard({ ...marriageSample.woman.person, sex: 'female' }),
			idCard({ ...marriageSample.man.person, sex: 'male' })
		],
		answers: marriageSample
	},
	{
		id: 'ket-hon-2',
		procedureId: marriageRegistration.id,
		person: 'Đặng Minh Thư',
		goal: {
			vi: 'Đăng ký kết hôn của chị Đặng Minh Thư và anh Bùi Đức Anh (dân tộc Tày); cả hai kết hôn lần đầu.',
			en: 'Register the marriage of Đặng Minh Thư and Bùi Đức Anh (Tày); it is the first marriage of both.'
		},
		papers: [
			idCard({
				fullName: 'Đặng Minh Thư',
				dateOfBirth: '2000-01-12',
				sex: 'female',
				personalId: '001300123456'
			}),
			idCard({
				fullName: 'Bùi Đức Anh',
				dateOfBirth: '1997-09-30',
				sex: 'male',
				personalId: '001097098765'
			})
		],
		answers: {
			woman: {
				person: {
					fullName: 'Đặng Minh Thư',
					dateOfBirth: '2000-01-12',
					personalId: '001300123456'
				},
				ethnicity: 'Kinh',
				address: sampleAddress,
				marriageCount: 1
			},
			man: {
				person: { fullName: 'Bùi Đức Anh', dateOfBirth: '1997-09-30', personalId: '001097098765' },
				ethnicity: 'Tày',
				address: sampleAddress,
				marriageCount: 1
			},
			contact: { phone: samplePhone, voluntary: true },
			delivery: { method: 'desk', commitment: true }
		}
	}
];
