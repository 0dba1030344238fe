import { sql, type SQL } from 'drizzle-orm';
import type { DossierChannel } from '$lib/domain/dossier/channel';
import type { Answers } from '$lib/domain/procedures/answers';
import type { AttachmentUse } from '../attachments/dossier-attachments';
import { queryRows, type Database } from '../db/client';
import { localDayKey } from './dossier-code';

export type NewDossier = {
	clientId: string;
	clientReference: string;
	procedureId: string;
	procedureVersion: number;
	answers: Answers;
	receivedAt: Date;
	dueDate: string;
	agencyCode: string;
	/** The receiving ward (commune code), whose officers handle the dossier. */
	wardCode: string;
	files: readonly AttachmentUse[];
	accessPointId: string | null;
	coachingRecordId: string | null;
	channel: DossierChannel;
};

export type InsertOutcome =
	| { kind: 'inserted'; code: string }
	/** The client already has a dossier for this slip: nothing was written. */
	| { kind: 'existing' }
	/** A file is missing, or differs in size or type from what the answers say: nothing written. */
	| { kind: 'files_missing' };

/** A file of the dossier as the statements read it (`jsonb_to_recordset` into `files`). */
const fileRow = ({ stepId, fieldId, position, ref }: AttachmentUse) => ({
	sha256: ref.sha256,
	step_id: stepId,
	field_id: fieldId,
	file_name: ref.fileName,
	mime_type: ref.mimeType,
	size_bytes: ref.sizeBytes,
	position
});

/**
 * Records an accepted dossier in ONE statement: the day's next code, the dossier, its first
 * event and its files, written only if the slip is new and every file is on the server. One
 * statement is one round trip (a push of one dossier; insertDossierRun takes several) and the shortest hold on the day's sequence
 * row, which every dossier of the agency and day queues for. The code is `dossierCode`'s format,
 * agency code–yymmdd–sequence of at least six digits, written here in SQL.
 *
 * With `advance`, the statement also moves the client's queue on (as the CTE `advanced`), only
 * when it writes the dossier and writes the dossier only when it moved: then it needs no
 * transaction around it. Its snapshot holds every earlier dossier of the client, as the queue
 * only reads as moved to the previous mutation once that mutation has committed.
 */
export async function insertDossier(
	tx: Database,
	dossier: NewDossier,
	advance?: (guard: SQL) => SQL
): Promise<InsertOutcome> {
	const day = localDayKey(dossier.receivedAt);
	const at = dossier.receivedAt.toISOString();
	const files = JSON.stringify(dossier.files.map(fileRow));
	const advanced = advance
		? sql`, advanced as (${advance(sql`(select ok from ready) and not exists (select 1 from existing)`)})`
		: sql``;
	const moved = advance ? sql`and exists (select 1 from advanced)` : sql``;
	const [row] = await queryRows<{ code: string | null; existing: boolean }>(
		tx,
		sql`with existing as (
			select 1 from dossiers
			where client_id = ${dossier.clientId} and client_reference = ${dossier.clientReference}
		), files as (
			select * from jsonb_to_recordset(${files}::jsonb) as f(sha256 text, step_id text,
				field_id text, file_name text, mime_type text, size_bytes int, position int)
		), ready as (
			select (select count(*) from files f join attachment_blobs b on b.sha256 = f.sha256
				and b.size_bytes = f.size_bytes and b.mime_type = f.mime_type) = ${dossier.files.length}::int
				as ok
		)${advanced}, seq as (
			insert into dossier_code_sequences (agency_code, day, last_value)
			select ${dossier.agencyCode}, ${day}, 1 from ready
			where ready.ok and not exists (select 1 from existing) ${moved}
			on conflict (agency_code, day)
			do update set last_value = dossier_code_sequences.last_value + 1
			returning last_value
		), d as (
			insert into dossiers (code, procedure_id, procedure_version, answers, client_id,
				client_reference, received_at, due_date, status, ward_code, access_point_id,
				coaching_record_id, channel)
			select ${`${dossier.agencyCode}-${day}-`} || lpad(last_value::text,
					greatest(6, length(last_value::text)), '0'),
				${dossier.procedureId}, ${dossier.procedureVersion}::int, ${JSON.stringify(dossier.answers)}::jsonb,
				${dossier.clientId}, ${dossier.clientReference}, ${at}::timestamptz,
				${dossier.dueDate}::date, 'received', ${dossier.wardCode}, ${dossier.accessPointId}::uuid,
				${dossier.coachingRecordId}::uuid, ${dossier.channel}
			from seq
			returning id, code
		), e as (
			insert into dossier_events (dossier_id, at, status, note, action)
			select id, ${at}::timestamptz, 'received', 'Đã tiếp nhận', 'receive' from d
		), a as (
			insert into dossier_attachments (dossier_id, sha256, step_id, field_id, file_name,
				mime_type, size_bytes, position)
			select d.id, f.sha256, f.step_id, f.field_id, f.file_name, f.mime_type, f.size_bytes,
				f.position
			from d cross join files f
		)
		select (select code from d) as code, exists (select 1 from existing) as existing`
	);
	if (row?.code) return { kind: 'inserted', code: row.code };
	if (row?.existing) return { kind: 'existing' };
	return { kind: 'files_missing' };
}

/**
 * Records a run of accepted dossiers of one client, agency and day in ONE statement, all or
 * none: written only if every slip is new, every file is on the server and `advance` moved the
 * client's queue over the whole run. The day's sequence moves on by the run's length at once, so
 * a push of fifty dossiers queues once for its row, not fifty times, and the database plans,
 * fires its statement triggers and commits once. Answers each dossier's code in the run's
 * order, or undefined when nothing was written: the push then takes the run one by one, which
 * tells a slip known already, missing files or a queue elsewhere apart.
 */
export async function insertDossierRun(
	db: Database,
	run: readonly NewDossier[],
	advance: (guard: SQL) => SQL
): Promise<string[] | undefined> {
	const first = run[0];
	if (!first) return [];
	const day = localDayKey(first.receivedAt);
	if (
		run.some(
			(d) =>
				d.clientId !== first.clientId ||
				d.agencyCode !== first.agencyCode ||
				localDayKey(d.receivedAt) !== day
		)
	) {
		throw new Error('a run of dossiers is of one client, agency and day');
	}
	const rows = JSON.stringify(
		run.map((d, index) => ({
			n: index + 1,
			client_reference: d.clientReference,
			procedure_id: d.procedureId,
			procedure_version: d.procedureVersion,
			answers: d.answers,
			received_at: d.receivedAt.toISOString(),
			due_date: d.dueDate,
			ward_code: d.wardCode,
			access_point_id: d.accessPointId,
			coaching_record_id: d.coachingRecordId,
			channel: d.channel
		}))
	);
	const files = run.flatMap((d, index) =>
		d.files.map((use) => ({ n: index + 1, ...fileRow(use) }))
	);
	const count = run.length;
	const result = await queryRows<{ n: number; code: string }>(
		db,
		sql`with input as (
			select * from jsonb_to_recordset(${rows}::jsonb) as i(n int, client_reference text,
				procedure_id text, procedure_version int, answers jsonb, received_at timestamptz,
				due_date date, ward_code text, access_point_id uuid, coaching_record_id uuid,
				channel text)
		), files as (
			select * from jsonb_to_recordset(${JSON.stringify(files)}::jsonb) as f(n int, sha256 text,
				step_id text, field_id text, file_name text, mime_type text, size_bytes int, position int)
		), ready as (
			select not exists (
					select 1 from dossiers d join input i on d.client_reference = i.client_reference
					where d.client_id = ${first.clientId}
				) and (select count(*) from files f join attachment_blobs b on b.sha256 = f.sha256
					and b.size_bytes = f.size_bytes and b.mime_type = f.mime_type) = ${files.length}::int
				as ok
		), advanced as (${advance(sql`(select ok from ready)`)}), seq as (
			insert into dossier_code_sequences (agency_code, day, last_value)
			select ${first.agencyCode}, ${day}, ${count}::int from ready
			where ready.ok and exists (select 1 from advanced)
			on conflict (agency_code, day)
			do update set last_value = dossier_code_sequences.last_value + ${count}::int
			returning last_value
		), d as (
			insert into dossiers (code, procedure_id, procedure_version, answers, client_id,
				client_reference, received_at, due_date, status, ward_code, access_point_id,
				coaching_record_id, channel)
			select ${`${first.agencyCode}-${day}-`} || lpad(s.v::text, greatest(6, length(s.v::text)), '0'),
				i.procedure_id, i.procedure_version, i.answers, ${first.clientId}, i.client_reference,
				i.received_at, i.due_date, 'received', i.ward_code, i.access_point_id,
				i.coaching_record_id, i.channel
			from seq cross join input i
				cross join lateral (select seq.last_value - ${count}::int + i.n as v) s
			returning id, code, client_reference, received_at
		), e as (
			insert into dossier_events (dossier_id, at, status, note, action)
			select id, received_at, 'received', 'Đã tiếp nhận', 'receive' from d
		), a as (
			insert into dossier_attachments (dossier_id, sha256, step_id, field_id, file_name,
				mime_type, size_bytes, position)
			select d.id, f.sha256, f.step_id, f.field_id, f.file_name, f.mime_type, f.size_bytes,
				f.position
			from d join input i on i.client_reference = d.client_reference join files f on f.n = i.n
		)
		select i.n, d.code from d join input i on i.client_reference = d.client_reference
		order by i.n`
	);
	// One statement: every dossier of the run, or none.
	return result.length === 0 ? undefined : result.map((row) => row.code);
}
