import { Readable } from 'node:stream';
import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  type AttestationBatchChunk,
  type AttestationBatchView,
  type AttestationData,
  DocumentsSubjects,
  JuryErrorCode,
  JurySubjects,
  type RenderedDocument,
} from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { type Actor, MessageBus } from '@pix/platform';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CentreAccess, CurrentActor } from '../auth/auth.decorators';
import { ApiZodBody } from '../http/openapi';
import { idParam } from '../http/params';
import { ZodValidationPipe } from '../http/zod-validation.pipe';

const startSchema = z.strictObject({
  /** One class of the session; absent or null: the whole session. */
  division: z.string().trim().min(1, 'Choisissez une classe.').max(255).nullable().optional(),
});

const batchIdParam = new ZodValidationPipe(z.uuid({ error: 'Ce lot d’attestations est introuvable.' }));

/** One attestation waits for Chromium (launched at the first document) and a free page of the pool. */
const RENDER_TIMEOUT_MS = 30_000;
/** Reading a stored chunk is a database read; a few seconds cover a busy instance. */
const CHUNK_TIMEOUT_MS = 15_000;

/**
 * The attestations (rules §11). A centre's members download one certification's, or start a merged PDF of a
 * published session (or one class) and follow it: the console polls the batch view about every second rather than
 * listening to `documents.evt.attestation-batch-progressed.v1` over SSE. A batch lasts seconds to a few minutes
 * and is watched by one person; polling needs no long-lived connection through proxies, survives a gateway
 * restart, works whichever gateway instance answers, and reads the very state the file download checks. The event
 * stays for other consumers (e.g. a notification when a long batch is done).
 */
@ApiTags('documents')
@ApiBearerAuth()
@Controller()
export class AttestationsController {
  constructor(private readonly bus: MessageBus) {}

  @Post('centres/:centreId/sessions/:sessionId/attestations')
  @HttpCode(202)
  @CentreAccess('read')
  @ApiOperation({
    summary: 'Start the merged PDF of a published session’s attestations (or one class’s); 202 with the batch',
    description:
      'Generated in the background: follow GET /centres/:centreId/attestation-batches/:batchId until `status` is ' +
      '`done`, then download …/file. A session without validated, published certifications ends `failed`.',
  })
  @ApiZodBody(startSchema)
  start(
    @CurrentActor() actor: Actor,
    @Param('centreId', idParam) centreId: number,
    @Param('sessionId', idParam) sessionId: number,
    @Body(new ZodValidationPipe(startSchema)) body: z.infer<typeof startSchema>,
  ): Promise<AttestationBatchView> {
    return this.bus.request(DocumentsSubjects.startAttestationBatch, {
      sessionId,
      certificationCenterId: centreId,
      division: body.division ?? null,
      requestedBy: actor.userId,
    });
  }

  @Get('centres/:centreId/attestation-batches/:batchId')
  @CentreAccess('read')
  @ApiOperation({ summary: 'Where a batch of attestations stands: status, done / total, file name and size' })
  batch(
    @Param('centreId', idParam) centreId: number,
    @Param('batchId', batchIdParam) batchId: string,
  ): Promise<AttestationBatchView> {
    return this.bus.request(DocumentsSubjects.getAttestationBatch, { batchId, certificationCenterId: centreId });
  }

  @Get('centres/:centreId/attestation-batches/:batchId/file')
  @CentreAccess('read')
  @ApiOperation({
    summary: 'The merged PDF of a finished batch',
    description: '409 ATTESTATION_BATCH_NOT_READY while it is generated (or when it failed).',
  })
  @ApiProduces('application/pdf')
  async file(
    @Param('centreId', idParam) centreId: number,
    @Param('batchId', batchIdParam) batchId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const ref = { batchId, certificationCenterId: centreId };
    // The first chunk checks the batch (found, done) before any header goes out: errors stay JSON errors.
    const [view, first] = await Promise.all([
      this.bus.request(DocumentsSubjects.getAttestationBatch, ref),
      this.chunk(ref, 0),
    ]);
    const fileName = view.fileName ?? `attestations-${view.sessionId}.pdf`;
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('content-length', String(first.sizeBytes))
      .header('cache-control', 'no-store');
    await reply.send(Readable.from(this.chunks(ref, first)));
  }

  @Get('centres/:centreId/certifications/:certificationId/attestation')
  @CentreAccess('read')
  @ApiOperation({ summary: 'The attestation of one of the centre’s published, validated certifications' })
  @ApiProduces('application/pdf')
  async centreAttestation(
    @Param('centreId', idParam) centreId: number,
    @Param('certificationId', idParam) certificationId: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { attestations } = await this.bus.request(JurySubjects.getAttestations, {
      certificationId,
      certificationCenterId: centreId,
    });
    await this.sendAttestation(reply, certificationId, attestations);
  }

  @Get('me/certifications/:certificationId/attestation')
  @ApiOperation({
    summary: 'The signed-in candidate’s attestation of one of their published, validated certifications',
  })
  @ApiProduces('application/pdf')
  async myAttestation(
    @CurrentActor() actor: Actor,
    @Param('certificationId', idParam) certificationId: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { attestations } = await this.bus.request(JurySubjects.getAttestations, {
      certificationId,
      userId: actor.userId,
    });
    await this.sendAttestation(reply, certificationId, attestations);
  }

  private async sendAttestation(
    reply: FastifyReply,
    certificationId: number,
    attestations: readonly AttestationData[],
  ): Promise<void> {
    const attestation = attestations.find((candidate) => candidate.certificationId === certificationId);
    if (attestation === undefined) {
      // Not published, not validated, or not theirs: the same answer, so nothing leaks.
      throw new DomainError(
        JuryErrorCode.CERTIFICATE_NOT_FOUND,
        'Aucune attestation n’est disponible pour cette certification.',
        {
          certificationId,
        },
      );
    }
    const rendered: RenderedDocument = await this.bus.request(
      DocumentsSubjects.renderAttestation,
      { attestation },
      { timeoutMs: RENDER_TIMEOUT_MS },
    );
    await reply
      .header('content-type', rendered.contentType)
      .header('content-disposition', `attachment; filename="${rendered.fileName}"`)
      .header('cache-control', 'no-store')
      .send(Buffer.from(rendered.base64, 'base64'));
  }

  private chunk(
    ref: { batchId: string; certificationCenterId: number },
    offset: number,
  ): Promise<AttestationBatchChunk> {
    return this.bus.request(
      DocumentsSubjects.getAttestationBatchChunk,
      { ...ref, offset },
      { timeoutMs: CHUNK_TIMEOUT_MS },
    );
  }

  /** The file, chunk after chunk: the gateway holds one chunk (512 KiB) at a time, whatever the file's size. */
  private async *chunks(
    ref: { batchId: string; certificationCenterId: number },
    first: AttestationBatchChunk,
  ): AsyncGenerator<Buffer> {
    let chunk: AttestationBatchChunk = first;
    for (;;) {
      yield Buffer.from(chunk.base64, 'base64');
      if (chunk.nextOffset === null) return;
      chunk = await this.chunk(ref, chunk.nextOffset);
    }
  }
}
