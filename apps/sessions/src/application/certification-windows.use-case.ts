import { Inject, Injectable } from '@nestjs/common';
import { type CertificationWindowView, SessionsErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { WINDOW_REPOSITORY, type WindowRepository } from '../domain/candidate.repository';
import { schoolYearOf } from '../domain/planning';

/** National staff set the certification window of each school type and year. */
@Injectable()
export class CertificationWindows {
  constructor(@Inject(WINDOW_REPOSITORY) private readonly windows: WindowRepository) {}

  async set(window: CertificationWindowView): Promise<CertificationWindowView> {
    const problems: { field: string; message: string }[] = [];
    const match = /^(\d{4})-(\d{4})$/.exec(window.schoolYear);
    if (match === null || Number(match[2]) !== Number(match[1]) + 1) {
      problems.push({ field: 'schoolYear', message: 'L’année scolaire s’écrit comme « 2026-2027 ».' });
    }
    if (window.endsOn < window.startsOn) {
      problems.push({ field: 'endsOn', message: 'La fin de la période doit suivre son début.' });
    }
    for (const field of ['startsOn', 'endsOn'] as const) {
      if (schoolYearOf(window[field]) !== window.schoolYear) {
        problems.push({ field, message: `Cette date n’appartient pas à l’année scolaire ${window.schoolYear}.` });
      }
    }
    if (problems.length > 0) {
      throw new DomainError(SessionsErrorCode.WINDOW_INVALID, 'La période de certification est invalide.', {
        problems,
      });
    }
    await this.windows.save(window);
    return window;
  }

  async list(): Promise<{ windows: CertificationWindowView[] }> {
    return { windows: await this.windows.list() };
  }
}
