/** Procedure documents, as an administrator runs them at /quan-tri/thu-tuc (issue 16). */
import { api, type RouterInputs, type RouterOutputs } from '../api';

export type AdminProcedure = RouterOutputs['procedureAdmin']['list']['procedures'][number];
export type AdminVersion = AdminProcedure['versions'][number];
export type VersionStatus = AdminVersion['status'];
export type UploadResult = RouterOutputs['procedureAdmin']['upload'];
export type UploadedDraft = Extract<UploadResult, { ok: true }>['drafts'][number];
export type UploadProblem = Extract<UploadResult, { ok: false }>['problems'][number];
export type DraftView = RouterOutputs['procedureAdmin']['draft'];
export type PublishInput = RouterInputs['procedureAdmin']['publish'];

export const listProcedures = async (): Promise<AdminProcedure[]> =>
	(await (await api()).procedureAdmin.list.query()).procedures;

/** A .json document, a .json array of documents or an .xlsx workbook, as base64. */
export const uploadDocuments = async (fileName: string, contentBase64: string) =>
	(await api()).procedureAdmin.upload.mutate({ fileName, contentBase64 });

export const draftVersion = async (id: string, version: number): Promise<DraftView> =>
	(await api()).procedureAdmin.draft.query({ id, version });

export const publishVersion = async (input: PublishInput) =>
	(await api()).procedureAdmin.publish.mutate(input);

/** The procedure leaves the catalogue (devices drop it on their next sync). */
export const retireProcedure = async (id: string) =>
	(await api()).procedureAdmin.retire.mutate({ id });

export const discardDraft = async (id: string, version: number) =>
	(await api()).procedureAdmin.discard.mutate({ id, version });
