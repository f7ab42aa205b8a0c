import { Injectable } from '@nestjs/common';
import { IdentitySubjects, TestingSubjects } from '@pix/contracts';
import { MessageBus } from '@pix/platform';
import type { CandidateChecks } from '../../domain/candidate-checks';

/** Asks identity and testing over NATS; never reads their tables. */
@Injectable()
export class NatsCandidateChecks implements CandidateChecks {
  constructor(private readonly bus: MessageBus) {}

  async accountOfPupil(centreId: number, pupilId: number): Promise<number | null> {
    const { pupils } = await this.bus.request(IdentitySubjects.listPupils, {
      centreId,
      pupilIds: [pupilId],
      includeInactive: true,
    });
    return pupils[0]?.userId ?? null;
  }

  async isCertifiable(userId: number, at: Date): Promise<boolean> {
    const { eligibilities } = await this.bus.request(TestingSubjects.getEligibilities, {
      userIds: [userId],
      limitDate: at.toISOString(),
    });
    return eligibilities[0]?.certifiable ?? false;
  }
}
