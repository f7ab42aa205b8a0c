import type { ApiBodyOptions } from '@nestjs/swagger';
import {
  CommonErrorCode,
  EVIDENCE_LIMITS,
  type EvidenceFileContent,
  type EvidenceUpload,
  IncidentsErrorCode,
  SessionsErrorCode,
} from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HTTP_MESSAGES } from '../http/error-status';

const candidateId = z
  .number({ error: 'candidateId doit être le numéro d’un candidat de la session.' })
  .int('candidateId doit être un nombre entier.')
  .positive('candidateId doit être positif.')
  .max(2_147_483_647, 'candidateId est trop grand.');

/** The kind is named by `code` (C1, E3…), or by `category` and `subcategory`; the service checks every rule of §7. */
export const issueReportSchema = z.object({
  candidateId,
  code: z.string().max(10, 'Le code de signalement est inconnu.').nullish(),
  category: z.string().max(100, 'La catégorie de signalement est inconnue.').nullish(),
  subcategory: z.string().max(100, 'La sous-catégorie est inconnue pour cette catégorie.').nullish(),
  description: z.string({ error: 'La description doit être un texte.' }).max(10_000).nullish(),
  questionNumber: z.number({ error: 'Le numéro de question doit être un nombre entier.' }).nullish(),
});
export type IssueReportBody = z.infer<typeof issueReportSchema>;

export const alertDecisionSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({
      decision: z.literal('validated'),
      subcategory: z.string({ error: 'Choisissez le problème rencontré (E1 à E5, E8 à E12).' }).max(100),
    }),
    z.object({ decision: z.literal('dismissed') }),
  ],
  { error: 'decision vaut « validated » (avec subcategory) ou « dismissed ».' },
);
export type AlertDecisionBody = z.infer<typeof alertDecisionSchema>;

const fraudFieldsSchema = z.object({
  candidateId: z.coerce
    .number({ error: 'candidateId doit être le numéro d’un candidat de la session.' })
    .int('candidateId doit être un nombre entier.')
    .positive('candidateId doit être positif.')
    .max(2_147_483_647, 'candidateId est trop grand.'),
  occurredAt: z.string({ error: 'Indiquez l’heure des faits (occurredAt).' }).max(100),
  description: z.string({ error: 'Décrivez précisément les faits (description).' }).max(20_000),
  invigilatorName: z.string({ error: 'Indiquez le nom du surveillant (invigilatorName).' }).max(1000),
});

export const FRAUD_REPORT_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['candidateId', 'occurredAt', 'description', 'invigilatorName'],
    properties: {
      candidateId: { type: 'integer' },
      occurredAt: { type: 'string', format: 'date-time', example: '2025-03-14T09:42:00Z' },
      description: { type: 'string', minLength: 10, maxLength: 2000 },
      invigilatorName: { type: 'string', maxLength: 255 },
      files: {
        type: 'array',
        maxItems: EVIDENCE_LIMITS.maxFiles,
        items: { type: 'string', format: 'binary' },
        description: 'PNG, JPEG, WebP or PDF (checked by content); 2 MiB each, 5 files and 5 MiB in all',
      },
    },
  },
};

export interface FraudReportForm extends z.infer<typeof fraudFieldsSchema> {
  readonly files: EvidenceUpload[];
}

const TOO_MANY_FILES = `Joignez au plus ${EVIDENCE_LIMITS.maxFiles} fichiers.`;

/**
 * The fields and files of a PV de fraude sent as `multipart/form-data` (files under any field name, `files` by
 * convention). The limits are enforced while streaming, so that an oversized request never reaches NATS.
 */
export async function readFraudReportForm(request: FastifyRequest): Promise<FraudReportForm> {
  if (!request.isMultipart()) {
    throw new DomainError(
      CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
      'Envoyez le PV de fraude dans un formulaire multipart/form-data (champs et fichiers).',
    );
  }
  const fields: Record<string, string> = {};
  const files: EvidenceUpload[] = [];
  let total = 0;
  try {
    const parts = request.parts({
      limits: {
        files: EVIDENCE_LIMITS.maxFiles,
        fileSize: EVIDENCE_LIMITS.maxFileBytes,
        fields: 10,
        parts: EVIDENCE_LIMITS.maxFiles + 10,
        fieldSize: 20_000,
      },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      const bytes = await part.toBuffer();
      // An empty file input still sends a part, without a name or content: nothing was chosen.
      if (bytes.length === 0 && part.filename === '') continue;
      total += bytes.length;
      if (total > EVIDENCE_LIMITS.maxTotalBytes) {
        throw new DomainError(
          IncidentsErrorCode.EVIDENCE_FILE_TOO_LARGE,
          'Les fichiers joints sont trop volumineux : 5 Mo au maximum en tout.',
        );
      }
      files.push({ fileName: part.filename, base64: bytes.toString('base64') });
    }
  } catch (error) {
    throw multipartError(error);
  }
  const parsed = fraudFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    throw new DomainError(CommonErrorCode.VALIDATION_FAILED, HTTP_MESSAGES.validationFailed, {
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  return { ...parsed.data, files };
}

function multipartError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new DomainError(
      IncidentsErrorCode.EVIDENCE_FILE_TOO_LARGE,
      'Un fichier joint est trop volumineux : 2 Mo au maximum par fichier.',
    );
  }
  if (code === 'FST_FILES_LIMIT') {
    return new DomainError(
      IncidentsErrorCode.FRAUD_REPORT_INVALID,
      'Le PV de fraude comporte des informations invalides.',
      {
        problems: [{ field: 'files', message: TOO_MANY_FILES }],
      },
    );
  }
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new DomainError(CommonErrorCode.VALIDATION_FAILED, 'Le formulaire contient trop de champs ou de fichiers.');
  }
  return error;
}

/** Refuses a candidate who is not enrolled in the session, before anything is stored. */
export function assertCandidateInSession(candidateIds: readonly number[], candidateId: number): void {
  if (!candidateIds.includes(candidateId)) {
    throw new DomainError(SessionsErrorCode.CANDIDATE_NOT_FOUND, 'Ce candidat n’est pas inscrit à cette session.');
  }
}

/** Sends an evidence file as an attachment under its sanitised name, with the type detected from its content. */
export async function sendEvidence(reply: FastifyReply, file: EvidenceFileContent): Promise<void> {
  const asciiName =
    file.fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'preuve';
  await reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .header('x-evidence-sha256', file.sha256)
    .send(Buffer.from(file.base64, 'base64'));
}

/**
 * Once the session is finalised its reports are what the auto-jury resolved and the jury reads: they are frozen until
 * Pix unfinalises the session (rules §8).
 */
export function assertReportsEditable(session: { readonly status: string }): void {
  if (session.status === 'created') return;
  throw new DomainError(
    SessionsErrorCode.SESSION_NOT_EDITABLE,
    'La session est finalisée : ses signalements ne peuvent plus être modifiés.',
  );
}
