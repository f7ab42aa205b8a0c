import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { CertificationStatus, SessionResults, SessionView } from '@pix/contracts';
import { of } from 'rxjs';
import { loadWith } from '../core/data/loadable';
import { certificationStatusBadge, certificationStatusLabel } from '../core/format/certification-labels';
import { formatDateTime } from '../core/format/french-format';
import { ApiError } from '../core/http/api-error';
import { FileSaver } from '../core/http/download';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { SessionResultsService } from './session-results.service';

type ResultRow = SessionResults['certifications'][number];

/**
 * The results of a session on the centre's session page, once Pix published them: each candidate's status and score,
 * and the results CSV for the session or one class. Shows nothing (and asks nothing) before publication.
 */
@Component({
  selector: 'pix-session-results',
  imports: [ErrorAlertComponent],
  templateUrl: './session-results.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionResultsComponent {
  private readonly service = inject(SessionResultsService);
  private readonly fileSaver = inject(FileSaver);

  readonly centreId = input.required<number>();
  readonly session = input.required<SessionView>();

  protected readonly published = computed(() => this.session().publishedAt !== null);
  protected readonly results = loadWith(
    () => (this.published() ? { centreId: this.centreId(), sessionId: this.session().id } : null),
    (ref) => (ref === null ? of(null) : this.service.get(ref.centreId, ref.sessionId)),
  );
  protected readonly hasDivisions = computed(() =>
    (this.results.value()?.certifications ?? []).some((row) => row.division !== null),
  );
  /** `null` is the whole session; a string, one class. */
  protected readonly downloading = signal<string | null | undefined>(undefined);
  protected readonly downloadError = signal<ApiError | null>(null);

  protected readonly statusLabel = certificationStatusLabel;
  protected readonly statusBadge = certificationStatusBadge;
  protected readonly formatDateTime = formatDateTime;

  /** As the results CSV prints it: `-` when cancelled or in error (rules §11). */
  protected scoreOf(row: ResultRow): string {
    const noScore: readonly CertificationStatus[] = ['cancelled', 'error', 'started'];
    return noScore.includes(row.status) ? '—' : String(row.pixScore);
  }

  protected download(division: string | null): void {
    if (this.downloading() !== undefined) return;
    this.downloading.set(division);
    this.downloadError.set(null);
    this.service.csv(this.centreId(), this.session().id, division).subscribe({
      next: (file) => {
        this.downloading.set(undefined);
        this.fileSaver.save(file);
      },
      error: (error: ApiError) => {
        this.downloading.set(undefined);
        this.downloadError.set(error);
      },
    });
  }
}
