import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CentreView, DivisionView, ImportPupilsReport } from '@pix/contracts';
import { EMPTY, Observable } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { centreAccess } from '../core/auth/centre-access';
import { loadWith } from '../core/data/loadable';
import { ApiError, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { FileImportComponent } from '../core/ui/file-import.component';
import { PupilsService } from './pupils.service';

/** « Élèves » of a SCO centre: import the pupil base, then see each class. */
@Component({
  selector: 'pix-pupils-page',
  imports: [RouterLink, ErrorAlertComponent, FileImportComponent],
  templateUrl: './pupils-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PupilsPageComponent {
  private readonly auth = inject(AuthService);
  private readonly pupils = inject(PupilsService);

  readonly centre = input.required<CentreView>();

  protected readonly isSco = computed(() => this.centre().type === 'SCO');
  protected readonly access = computed(() => centreAccess(this.auth.me(), this.centre().id));
  protected readonly divisions = loadWith(
    () => ({ centreId: this.centre().id, sco: this.isSco() }),
    ({ centreId, sco }): Observable<readonly DivisionView[]> => (sco ? this.pupils.divisions(centreId) : EMPTY),
  );
  protected readonly importing = signal(false);
  protected readonly importError = signal<ApiError | null>(null);
  protected readonly report = signal<ImportPupilsReport | null>(null);

  protected import(file: File): void {
    if (this.importing()) return;
    this.importing.set(true);
    this.importError.set(null);
    this.report.set(null);
    this.pupils.import(this.centre().id, file).subscribe({
      next: (report) => {
        this.importing.set(false);
        this.report.set(report);
        this.divisions.reload();
      },
      error: (error: unknown) => {
        this.importing.set(false);
        this.importError.set(toApiError(error));
      },
    });
  }
}
