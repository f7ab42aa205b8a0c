import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import type { EnrolmentReport } from '@pix/contracts';
import { ApiError, toApiError } from '../core/http/api-error';
import { FileSaver } from '../core/http/download';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { FileImportComponent } from '../core/ui/file-import.component';
import { CandidatesService } from './candidates.service';
import { SessionDocumentsService } from './session-documents.service';

/** « Importer la liste des candidats »: the filled-in template replaces the whole list, or nothing changes. */
@Component({
  selector: 'pix-candidate-import',
  imports: [ErrorAlertComponent, FileImportComponent],
  template: `
    <p>
      Téléchargez le modèle « Liste des candidats », complétez-le (une ligne par candidat), puis importez-le.
      <strong>L’import remplace toute la liste des candidats de la session.</strong>
    </p>
    <pix-error-alert [error]="templateError()" heading="Le modèle n’a pas pu être téléchargé" />
    <button
      type="button"
      class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-download-line fr-btn--icon-left fr-mb-3w"
      [disabled]="downloadingTemplate()"
      (click)="downloadTemplate()"
    >
      {{ downloadingTemplate() ? 'Téléchargement…' : 'Télécharger le modèle de liste des candidats (ODS)' }}
    </button>
    <pix-file-import
      inputId="candidate-list-file"
      label="Liste des candidats complétée"
      hint="Formats acceptés : ODS ou CSV, 5 Mo au maximum."
      buttonLabel="Importer la liste des candidats"
      errorHeading="La liste des candidats n’a pas été importée"
      [busy]="importing()"
      [error]="importError()"
      (fileSubmitted)="import($event)"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidateImportComponent {
  private readonly candidates = inject(CandidatesService);
  private readonly documents = inject(SessionDocumentsService);
  private readonly fileSaver = inject(FileSaver);

  readonly centreId = input.required<number>();
  readonly sessionId = input.required<number>();
  readonly imported = output<EnrolmentReport>();

  protected readonly importing = signal(false);
  protected readonly importError = signal<ApiError | null>(null);
  protected readonly downloadingTemplate = signal(false);
  protected readonly templateError = signal<ApiError | null>(null);

  protected import(file: File): void {
    if (this.importing()) return;
    this.importing.set(true);
    this.importError.set(null);
    this.candidates.import(this.centreId(), this.sessionId(), file).subscribe({
      next: (report) => {
        this.importing.set(false);
        this.imported.emit(report);
      },
      error: (error: unknown) => {
        this.importing.set(false);
        this.importError.set(toApiError(error));
      },
    });
  }

  protected downloadTemplate(): void {
    this.downloadingTemplate.set(true);
    this.templateError.set(null);
    this.documents.candidateListTemplate(this.centreId()).subscribe({
      next: (file) => {
        this.downloadingTemplate.set(false);
        this.fileSaver.save(file);
      },
      error: (error: ApiError) => {
        this.downloadingTemplate.set(false);
        this.templateError.set(error);
      },
    });
  }
}
