import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { AttestationBatchView } from '@pix/contracts';
import type { Subscription } from 'rxjs';
import { ApiError, toApiError } from '../core/http/api-error';
import { FileSaver } from '../core/http/download';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { SessionAttestationsService } from './session-attestations.service';

/** « Télécharger les attestations » of a published session: the whole session or one class, with the progress. */
@Component({
  selector: 'pix-session-attestations',
  imports: [ReactiveFormsModule, ErrorAlertComponent],
  template: `
    <pix-error-alert [error]="error()" heading="Les attestations n’ont pas pu être générées" />
    <form class="pix-attestations" (submit)="$event.preventDefault(); generate()">
      @if (divisions().length > 0) {
        <div class="fr-select-group">
          <label class="fr-label" for="attestations-division">
            Attestations de
            <span class="fr-hint-text">Toute la session, ou les élèves d’une classe.</span>
          </label>
          <select class="fr-select" id="attestations-division" [formControl]="division">
            <option value="">Toute la session</option>
            @for (name of divisions(); track name) {
              <option [value]="name">Classe {{ name }}</option>
            }
          </select>
        </div>
      }
      <button
        type="submit"
        class="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left fr-mt-2w"
        [disabled]="generating()"
        [attr.aria-busy]="generating() || null"
      >
        Télécharger les attestations
      </button>
    </form>

    <div role="status" aria-live="polite">
      @if (batch(); as current) {
        @switch (current.status) {
          @case ('done') {
            <div class="fr-alert fr-alert--success fr-alert--sm fr-mt-2w">
              <p>
                {{ current.done }} attestation{{ current.done > 1 ? 's' : '' }} prête{{ current.done > 1 ? 's' : '' }}.
              </p>
            </div>
          }
          @case ('failed') {
            <div class="fr-alert fr-alert--error fr-alert--sm fr-mt-2w">
              <p>{{ current.error ?? 'La génération des attestations a échoué.' }}</p>
            </div>
          }
          @default {
            <p class="fr-mt-2w fr-mb-1w">
              @if (current.total === 0) {
                Préparation des attestations…
              } @else {
                Génération des attestations : {{ current.done }} / {{ current.total }}
              }
            </p>
            <progress
              class="pix-attestations__progress"
              [attr.max]="current.total || null"
              [attr.value]="current.total ? current.done : null"
              aria-label="Progression de la génération des attestations"
            ></progress>
          }
        }
      }
    </div>
    @if (batch()?.status === 'done') {
      <button
        type="button"
        class="fr-btn fr-icon-download-line fr-btn--icon-left fr-mt-1w"
        [disabled]="downloading()"
        [attr.aria-busy]="downloading() || null"
        (click)="download()"
      >
        Télécharger {{ batch()?.fileName }} ({{ size() }})
      </button>
    }
  `,
  styles: `
    .pix-attestations__progress {
      width: 100%;
      max-width: 30rem;
      height: 0.75rem;
      accent-color: var(--background-action-high-blue-france, #000091);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionAttestationsComponent {
  private readonly attestations = inject(SessionAttestationsService);
  private readonly fileSaver = inject(FileSaver);
  private readonly destroyRef = inject(DestroyRef);

  readonly centreId = input.required<number>();
  readonly sessionId = input.required<number>();
  /** The classes of the session's candidates (SCO), to download one class's attestations. */
  readonly divisions = input<readonly string[]>([]);

  protected readonly division = new FormControl('', { nonNullable: true });
  protected readonly batch = signal<AttestationBatchView | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly downloading = signal(false);
  protected readonly generating = computed(() => {
    const status = this.batch()?.status;
    return status === 'queued' || status === 'running';
  });
  protected readonly size = computed(() => formatSize(this.batch()?.sizeBytes ?? 0));
  private running: Subscription | null = null;

  protected generate(): void {
    if (this.generating()) return;
    this.running?.unsubscribe();
    this.error.set(null);
    this.batch.set(null);
    const division = this.division.value === '' ? null : this.division.value;
    this.running = this.attestations
      .generate(this.centreId(), this.sessionId(), division)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (view) => this.batch.set(view),
        error: (error: unknown) => {
          this.batch.set(null);
          this.error.set(toApiError(error));
        },
      });
  }

  protected download(): void {
    const batch = this.batch();
    if (batch === null || this.downloading()) return;
    this.downloading.set(true);
    this.error.set(null);
    this.attestations.download(this.centreId(), batch).subscribe({
      next: (file) => {
        this.downloading.set(false);
        this.fileSaver.save(file);
      },
      error: (error: ApiError) => {
        this.downloading.set(false);
        this.error.set(error);
      },
    });
  }
}

/** `12,4 Mo`, `830 ko` (French units, decimal comma). */
export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} Mo`;
  return `${Math.max(1, Math.round(bytes / 1000))} ko`;
}
