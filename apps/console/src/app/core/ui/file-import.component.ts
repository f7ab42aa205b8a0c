import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { ApiError } from '../http/api-error';
import { ErrorAlertComponent } from './error-alert.component';

/**
 * A DSFR upload field and its button. A refused file shows the gateway's message and, one per item,
 * the French per-line errors (« Ligne 4, colonne « * Prénom » : … »).
 */
@Component({
  selector: 'pix-file-import',
  imports: [ErrorAlertComponent],
  template: `
    <pix-error-alert [error]="error()" [heading]="errorHeading()" [details]="lineMessages()" />
    <form class="pix-file-import" (submit)="$event.preventDefault(); send()">
      <div class="fr-upload-group" [class.fr-upload-group--error]="missingFile()">
        <label class="fr-label" [for]="inputId()">
          {{ label() }}
          <span class="fr-hint-text">{{ hint() }}</span>
        </label>
        <input
          class="fr-upload"
          type="file"
          [id]="inputId()"
          name="file"
          [accept]="accept()"
          [attr.aria-describedby]="inputId() + '-messages'"
          [attr.aria-invalid]="missingFile() || null"
          (change)="choose($event)"
        />
        <div class="fr-messages-group" [id]="inputId() + '-messages'" aria-live="polite">
          @if (missingFile()) {
            <p class="fr-message fr-message--error">Choisissez d’abord un fichier.</p>
          }
        </div>
      </div>
      <button
        type="submit"
        class="fr-btn fr-btn--secondary fr-icon-upload-line fr-btn--icon-left fr-mt-2w"
        [disabled]="busy()"
      >
        {{ busy() ? 'Import en cours…' : buttonLabel() }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileImportComponent {
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input('');
  readonly accept = input('.csv,.ods');
  readonly buttonLabel = input('Importer');
  readonly errorHeading = input('Le fichier n’a pas été importé');
  readonly busy = input(false);
  readonly error = input<ApiError | null>(null);

  readonly fileSubmitted = output<File>();

  private readonly file = signal<File | null>(null);
  protected readonly missingFile = signal(false);
  protected readonly lineMessages = computed(
    () => this.error()?.lineErrors.map((lineError) => lineError.message) ?? [],
  );

  protected choose(event: Event): void {
    const files = (event.target as HTMLInputElement).files;
    this.file.set(files?.item(0) ?? null);
    this.missingFile.set(false);
  }

  protected send(): void {
    const file = this.file();
    if (file === null) {
      this.missingFile.set(true);
      return;
    }
    this.fileSubmitted.emit(file);
  }
}
