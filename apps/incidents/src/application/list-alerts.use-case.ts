import { Inject, Injectable } from '@nestjs/common';
import type { AlertView, ListAlertsRequest } from '@pix/contracts';
import { CANDIDATE_ALERT_REPOSITORY, type CandidateAlertRepository } from '../domain/candidate-alert.repository';
import { toAlertView } from './views';

/** The alerts of a session, in the order they were raised, decided ones included. */
@Injectable()
export class ListAlerts {
  constructor(@Inject(CANDIDATE_ALERT_REPOSITORY) private readonly alerts: CandidateAlertRepository) {}

  async execute(request: ListAlertsRequest): Promise<{ alerts: AlertView[] }> {
    return { alerts: (await this.alerts.listOfSession(request.sessionId)).map(toAlertView) };
  }
}
