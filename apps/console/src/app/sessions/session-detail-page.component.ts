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
import type { CandidateView, CentreView, EnrolmentReport } from '@pix/contracts';
import { AuthService } from '../core/auth/auth.service';
import { centreAccess } from '../core/auth/centre-access';
import { loadWith } from '../core/data/loadable';
import { ApiError, toApiError } from '../core/http/api-error';
import { FileSaver } from '../core/http/download';
import { formatBirthdate, formatExtraTime, formatLongDate, formatTime } from '../core/format/french-format';
import { sessionStatusBadge, sessionStatusLabel } from '../core/format/labels';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { Notice, NoticeService } from '../core/ui/notice.service';
import { SessionResultsComponent } from '../results/session-results.component';
import { CandidateFormComponent } from './candidate-form.component';
import { CandidateImportComponent } from './candidate-import.component';
import { CandidatesService } from './candidates.service';
import { EnrolDivisionComponent } from './enrol-division.component';
import {
  SESSION_DOCUMENTS,
  SessionDocument,
  SessionDocumentKind,
  SessionDocumentsService,
} from './session-documents.service';
import { SessionAttestationsComponent } from './session-attestations.component';
import { SessionsService } from './sessions.service';

@Component({
  selector: 'pix-session-detail-page',
  imports: [
    RouterLink,
    ErrorAlertComponent,
    CandidateFormComponent,
    CandidateImportComponent,
    EnrolDivisionComponent,
    SessionResultsComponent,
    SessionAttestationsComponent,
  ],
  templateUrl: './session-detail-page.component.html',
  styleUrl: './session-detail-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionDetailPageComponent {
  private readonly auth = inject(AuthService);
  private readonly sessionsService = inject(SessionsService);
  private readonly candidatesService = inject(CandidatesService);
  private readonly documents = inject(SessionDocumentsService);
  private readonly fileSaver = inject(FileSaver);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly centre = input.required<CentreView>();
  readonly sessionId = input.required<string>();

  protected readonly ref = computed(() => ({ centreId: this.centre().id, sessionId: Number(this.sessionId()) }));
  protected readonly session = loadWith(this.ref, ({ centreId, sessionId }) =>
    this.sessionsService.get(centreId, sessionId),
  );
  protected readonly candidates = loadWith(this.ref, ({ centreId, sessionId }) =>
    this.candidatesService.list(centreId, sessionId),
  );
  protected readonly access = computed(() => centreAccess(this.auth.me(), this.centre().id));
  protected readonly isSco = computed(() => this.centre().type === 'SCO');
  /** Candidates can be added or removed while the session is not finalised. */
  protected readonly canEnrol = computed(
    () => this.access().canManageSessions && this.session.value()?.status === 'created',
  );

  /** The candidates' classes, to download one class's attestations. */
  protected readonly divisions = computed(() =>
    [...new Set((this.candidates.value() ?? []).flatMap((candidate) => candidate.division ?? []))].sort((left, right) =>
      left.localeCompare(right, 'fr', { numeric: true }),
    ),
  );

  protected readonly notice = signal<Notice | null>(inject(NoticeService).take());
  protected readonly candidateFormOpen = signal(false);
  protected readonly downloading = signal<SessionDocumentKind | null>(null);
  protected readonly documentError = signal<ApiError | null>(null);
  protected readonly pendingRemoval = signal<CandidateView | null>(null);
  protected readonly removing = signal(false);
  protected readonly removalError = signal<ApiError | null>(null);

  protected readonly sessionDocuments = SESSION_DOCUMENTS;
  protected readonly formatLongDate = formatLongDate;
  protected readonly formatTime = formatTime;
  protected readonly formatBirthdate = formatBirthdate;
  protected readonly formatExtraTime = formatExtraTime;
  protected readonly statusLabel = sessionStatusLabel;
  protected readonly statusBadge = sessionStatusBadge;

  protected download(document: SessionDocument): void {
    if (this.downloading() !== null) return;
    const { centreId, sessionId } = this.ref();
    this.downloading.set(document.kind);
    this.documentError.set(null);
    this.documents.download(centreId, sessionId, document.kind).subscribe({
      next: (file) => {
        this.downloading.set(null);
        this.fileSaver.save(file);
      },
      error: (error: ApiError) => {
        this.downloading.set(null);
        this.documentError.set(error);
      },
    });
  }

  protected candidateAdded(candidate: CandidateView): void {
    this.notice.set({
      severity: 'success',
      message: `${candidate.firstName} ${candidate.lastName} a été ajouté(e) à la session.`,
    });
    this.refresh();
  }

  protected divisionEnrolled({ division, report }: { division: string; report: EnrolmentReport }): void {
    const already = report.alreadyEnrolled > 0 ? `, ${report.alreadyEnrolled} déjà inscrit(s)` : '';
    this.notice.set({
      severity: 'success',
      message: `Classe ${division} : ${report.enrolled} élève(s) inscrit(s)${already}. La session compte ${report.candidateCount} candidat(s).`,
    });
    this.refresh();
  }

  protected listImported(report: EnrolmentReport): void {
    this.notice.set({
      severity: 'success',
      message: `Liste des candidats importée : la session compte ${report.candidateCount} candidat(s).`,
    });
    this.refresh();
  }

  protected askRemoval(candidate: CandidateView): void {
    this.removalError.set(null);
    this.pendingRemoval.set(candidate);
    this.focusAfterRender('#confirmer-retrait');
  }

  protected cancelRemoval(): void {
    const candidate = this.pendingRemoval();
    this.pendingRemoval.set(null);
    if (candidate !== null) this.focusAfterRender(`#retirer-${candidate.id}`);
  }

  protected confirmRemoval(): void {
    const candidate = this.pendingRemoval();
    if (candidate === null || this.removing()) return;
    const { centreId, sessionId } = this.ref();
    this.removing.set(true);
    this.candidatesService.remove(centreId, sessionId, candidate.id).subscribe({
      next: () => {
        this.removing.set(false);
        this.pendingRemoval.set(null);
        this.notice.set({
          severity: 'success',
          message: `${candidate.firstName} ${candidate.lastName} a été retiré(e) de la session.`,
        });
        this.refresh();
        this.focusAfterRender('#candidats');
      },
      error: (error: unknown) => {
        this.removing.set(false);
        this.pendingRemoval.set(null);
        this.removalError.set(toApiError(error));
      },
    });
  }

  /** The count, the expected end (extra time) and the warnings change with the candidates. */
  private refresh(): void {
    this.session.reload();
    this.candidates.reload();
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
