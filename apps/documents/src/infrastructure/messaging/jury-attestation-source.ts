import { Injectable } from '@nestjs/common';
import { JurySubjects } from '@pix/contracts';
import { MessageBus } from '@pix/platform';
import type { AttestationPage, AttestationSource } from '../../domain/attestation-source';

/** Reads the attestations of a published session from the jury service (`jury.qry.attestations.v1`), a page at a time. */
@Injectable()
export class JuryAttestationSource implements AttestationSource {
  constructor(private readonly bus: MessageBus) {}

  async page(
    batch: { sessionId: number; certificationCenterId: number; division: string | null },
    offset: number,
    limit: number,
  ): Promise<AttestationPage> {
    const { attestations, total } = await this.bus.request(JurySubjects.getAttestations, {
      sessionId: batch.sessionId,
      certificationCenterId: batch.certificationCenterId,
      division: batch.division,
      offset,
      limit,
    });
    return { attestations, total };
  }
}
