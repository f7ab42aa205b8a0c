import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { EnrolmentReport } from '@pix/contracts';
import { loadWith } from '../core/data/loadable';
import { ApiError, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { PupilsService } from '../pupils/pupils.service';
import { CandidatesService } from './candidates.service';

/** SCO centres: « Inscrire une classe », every active pupil of the chosen class, identity copied from the pupil base. */
@Component({
  selector: 'pix-enrol-division',
  imports: [ReactiveFormsModule, ErrorAlertComponent],
  template: `
    @let state = divisions.state();
    @switch (state.status) {
      @case ('loading') {
        <p role="status">Chargement des classes…</p>
      }
      @case ('failed') {
        <pix-error-alert [error]="state.error" heading="Les classes n’ont pas pu être chargées" [focusOnShow]="false" />
      }
      @case ('loaded') {
        @if (state.value.length === 0) {
          <div class="fr-alert fr-alert--info fr-alert--sm">
            <p>Aucune classe : importez d’abord la liste des élèves depuis l’onglet « Élèves ».</p>
          </div>
        } @else {
          <pix-error-alert [error]="error()" heading="La classe n’a pas été inscrite" />
          <form (submit)="$event.preventDefault(); enrol()" class="pix-enrol-division">
            <div class="fr-select-group" [class.fr-select-group--error]="missingDivision()">
              <label class="fr-label" for="enrol-division">
                Classe
                <span class="fr-hint-text"
                  >Tous les élèves actifs de la classe seront inscrits ; ceux déjà inscrits restent inchangés.</span
                >
              </label>
              <select
                class="fr-select"
                id="enrol-division"
                [formControl]="division"
                aria-describedby="enrol-division-messages"
                [attr.aria-invalid]="missingDivision() || null"
              >
                <option value="" disabled>Choisir une classe</option>
                @for (option of state.value; track option.name) {
                  <option [value]="option.name">
                    {{ option.name }} ({{ option.activePupils }} élève{{ option.activePupils > 1 ? 's' : '' }})
                  </option>
                }
              </select>
              <div class="fr-messages-group" id="enrol-division-messages" aria-live="polite">
                @if (missingDivision()) {
                  <p class="fr-message fr-message--error">Choisissez une classe.</p>
                }
              </div>
            </div>
            <button type="submit" class="fr-btn fr-icon-add-line fr-btn--icon-left fr-mt-2w" [disabled]="busy()">
              {{ busy() ? 'Inscription en cours…' : 'Inscrire la classe' }}
            </button>
          </form>
        }
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnrolDivisionComponent {
  private readonly pupils = inject(PupilsService);
  private readonly candidates = inject(CandidatesService);

  readonly centreId = input.required<number>();
  readonly sessionId = input.required<number>();
  readonly enrolled = output<{ readonly division: string; readonly report: EnrolmentReport }>();

  protected readonly divisions = loadWith(this.centreId, (centreId) => this.pupils.divisions(centreId));
  protected readonly division = new FormControl('', { nonNullable: true });
  protected readonly busy = signal(false);
  protected readonly missingDivision = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected enrol(): void {
    const division = this.division.value;
    this.missingDivision.set(division === '');
    if (division === '' || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.candidates.enrolDivision(this.centreId(), this.sessionId(), division).subscribe({
      next: (report) => {
        this.busy.set(false);
        this.division.reset();
        this.enrolled.emit({ division, report });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(toApiError(error));
      },
    });
  }
}
