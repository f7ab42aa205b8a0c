import { Inject, Injectable } from '@nestjs/common';
import { type AlertView, IncidentsEvents, type RaiseAlertRequest } from '@pix/contracts';
import type { Clock } from '@pix/kernel';
import { CandidateAlert } from '../domain/candidate-alert';
import { CANDIDATE_ALERT_REPOSITORY, type CandidateAlertRepository } from '../domain/candidate-alert.repository';
import { CLOCK, EVENT_OUTBOX, type EventOutbox, TRANSACTIONS, type Transactions } from './tokens';
import { toAlertView } from './views';

/** "Signaler un problème" (rules §6.4): one ongoing alert per candidate; raising it again returns the same one. */
@Injectable()
export class RaiseAlert {
  constructor(
    @Inject(CANDIDATE_ALERT_REPOSITORY) private readonly alerts: CandidateAlertRepository,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(EVENT_OUTBOX) private readonly outbox: EventOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: RaiseAlertRequest): Promise<AlertView> {
    const alert = CandidateAlert.raise(request, this.clock);
    return this.transactions.run(async () => {
      const { alert: stored, created } = await this.alerts.addOngoing(alert);
      const view = toAlertView(stored);
      if (created) {
        await this.outbox.enqueue(IncidentsEvents.alertRaised, {
          alertId: view.id,
          sessionId: view.sessionId,
          candidateId: view.candidateId,
          questionNumber: view.questionNumber,
          challengeId: view.challengeId,
          raisedAt: view.raisedAt,
        });
      }
      return view;
    });
  }
}
