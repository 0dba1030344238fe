import { z } from 'zod';
import { idSchema, localizedTextSchema } from './common.schema';
import { conditionSchema, fieldRefSchema } from './condition';
import { fieldSchema, stepSchema } from './field.schema';
import {
	documentSlotSchema,
	feeRuleSchema,
	legalBasisSchema,
	procedureDefinitionSchema,
	sourceSchema
} from './procedure.schema';
import { ruleUseSchema } from './rules';

type Meta = { id?: string; description?: string };

/** Names and hover texts for the parts an editor meets most; the rest is inline. */
function metadata() {
	const registry = z.registry<Meta>();
	const named: [z.ZodType, Meta][] = [
		[
			localizedTextSchema,
			{
				id: 'localizedText',
				description:
					'Tiếng Việt và tiếng Anh, không để trống. / Vietnamese and English, never blank.'
			}
		],
		[
			idSchema,
			{ description: 'Mã viết liền kiểu camelCase, ví dụ dateOfBirth. / A camelCase id.' }
		],
		[
			fieldRefSchema,
			{
				description:
					'Trường được nhắc tới: «bước.trường» hoặc «bước.trường.phần». / A field: step.field or step.field.part.'
			}
		],
		[
			conditionSchema,
			{
				id: 'condition',
				description:
					'Điều kiện: {field, equals|notEquals|in|isTrue|isFilled} hoặc {all|any: [...]}, {not: ...}. / A condition.'
			}
		],
		[
			fieldSchema,
			{ id: 'field', description: 'Một câu hỏi của biểu mẫu. / One question of the form.' }
		],
		[stepSchema, { id: 'step', description: 'Một bước của biểu mẫu. / One step of the form.' }],
		[
			documentSlotSchema,
			{ id: 'documentSlot', description: 'Một giấy tờ kèm theo. / A paper to attach.' }
		],
		[
			feeRuleSchema,
			{
				id: 'feeRule',
				description: 'Một mức thu, luôn có đơn vị tính (per). / A fee rate with its unit.'
			}
		],
		[
			legalBasisSchema,
			{ id: 'legalBasis', description: 'Một văn bản pháp luật. / A legal instrument.' }
		],
		[
			sourceSchema,
			{
				id: 'source',
				description: 'Nguồn của một thông tin và đã xác minh chưa. / Where a fact comes from.'
			}
		],
		[
			ruleUseSchema,
			{ id: 'ruleUse', description: 'Một quy tắc kiểm tra theo tên. / A named validation rule.' }
		]
	];
	for (const [schema, meta] of named) registry.add(schema, meta);
	return registry;
}

/** Where the published schema lives, relative to the repository; documents point at it. */
export const PROCEDURE_JSON_SCHEMA_FILE = 'docs/procedure.schema.json';

/**
 * The JSON Schema of a procedure document, generated from the one zod definition so that an
 * editor (VS Code) checks a document as it is typed. Draft-07 is what editors know best; the
 * input side is described (what a person writes), and checks a JSON Schema cannot say — a
 * valid calendar date, references between fields, the sample answers — are left to
 * `validateProcedureDocument`, which the import runs.
 */
export function procedureJsonSchema(): Record<string, unknown> {
	const generated = z.toJSONSchema(procedureDefinitionSchema, {
		target: 'draft-07',
		io: 'input',
		unrepresentable: 'any',
		metadata: metadata()
	});
	const { $schema, ...rest } = generated;
	return {
		$schema,
		$id: 'https://cunglam.vn/schemas/procedure.schema.json',
		title: 'Cùng Làm – tài liệu thủ tục / procedure document',
		description:
			'Một phiên bản của một thủ tục hành chính (xem docs/procedure-document.md). / One version of one procedure (see docs/procedure-document.md).',
		...rest
	};
}

/** The file's text exactly as `npm run procedures:schema` writes it. */
export function procedureJsonSchemaText(): string {
	return `${JSON.stringify(procedureJsonSchema(), null, '\t')}\n`;
}
