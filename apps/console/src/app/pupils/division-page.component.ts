import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PupilEligibility } from '@pix/api-types';
import type { CentreView, PupilCredentials } from '@pix/contracts';
import { Observable } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { centreAccess } from '../core/auth/centre-access';
import { loadWith } from '../core/data/loadable';
import { ApiError, toApiError } from '../core/http/api-error';
import { formatDateTime } from '../core/format/french-format';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { PupilsService } from './pupils.service';

/** The competences of the framework (rules §0): eligibility counts those at level 1 or more. */
export const COMPETENCE_COUNT = 16;

interface ShownCredentials extends PupilCredentials {
  readonly pupilName: string;
  readonly created: boolean;
}

/** A class: who is certifiable (rules §4), and for the centre's admins the pupils' Pix accounts. */
@Component({
  selector: 'pix-division-page',
  imports: [RouterLink, ErrorAlertComponent],
  templateUrl: './division-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DivisionPageComponent {
  private readonly auth = inject(AuthService);
  private readonly pupils = inject(PupilsService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly centre = input.required<CentreView>();
  readonly division = input.required<string>();

  protected readonly access = computed(() => centreAccess(this.auth.me(), this.centre().id));
  protected readonly eligibility = loadWith(
    () => ({ centreId: this.centre().id, division: this.division() }),
    ({ centreId, division }) => this.pupils.eligibility(centreId, division),
  );
  protected readonly working = signal<number | null>(null);
  protected readonly credentials = signal<ShownCredentials | null>(null);
  protected readonly accountError = signal<ApiError | null>(null);

  protected readonly competenceCount = COMPETENCE_COUNT;
  protected readonly formatDateTime = formatDateTime;

  protected createAccount(pupil: PupilEligibility): void {
    this.run(pupil, this.pupils.createAccount(this.centre().id, pupil.pupilId), true);
  }

  protected resetPassword(pupil: PupilEligibility): void {
    this.run(pupil, this.pupils.resetPassword(this.centre().id, pupil.pupilId), false);
  }

  protected hideCredentials(): void {
    const shown = this.credentials();
    this.credentials.set(null);
    if (shown !== null) {
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#compte-${shown.pupilId}`)?.focus(), {
        injector: this.injector,
      });
    }
  }

  private run(pupil: PupilEligibility, request: Observable<PupilCredentials>, created: boolean): void {
    if (this.working() !== null) return;
    this.working.set(pupil.pupilId);
    this.credentials.set(null);
    this.accountError.set(null);
    request.subscribe({
      next: (credentials) => {
        this.working.set(null);
        this.credentials.set({ ...credentials, pupilName: `${pupil.firstName} ${pupil.lastName}`, created });
        if (created) this.eligibility.reload();
        afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#identifiants')?.focus(), {
          injector: this.injector,
        });
      },
      error: (error: unknown) => {
        this.working.set(null);
        this.accountError.set(toApiError(error));
      },
    });
  }
}
