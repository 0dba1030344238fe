/**
 * What the officer console receives, named once: derived from the `officer` and `audit`
 * routers' outputs (type-only, so no server code reaches the browser).
 */
import type { DossierStatus } from '$lib/domain/dossier/status';
import type { RouterInputs as Inputs, RouterOutputs as Outputs } from '../api';

export type OfficerDossier = Outputs['officer']['dossier'];
export type InboxItem = Outputs['officer']['inbox']['items'][number];
export type AuditEntry = Outputs['audit']['list']['items'][number];
export type Person = Outputs['officer']['colleagues'][number];
export type Apology = OfficerDossier['apologies'][number];
export type SupplementRequest = OfficerDossier['supplementRequests'][number];
export type AttachmentInfo = OfficerDossier['attachments'][number];

export type ActInput = Inputs['officer']['act'];
export type OfficerAction = ActInput['action'];
export type SupplementReason = NonNullable<ActInput['reasons']>[number];
export type Delivery = NonNullable<ActInput['delivery']>;
export type PostAddress = Extract<Delivery, { method: 'post' }>['address'];

export type InboxFilter = DossierStatus | 'overdue';
