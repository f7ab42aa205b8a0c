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
import type { CentreView, SessionView } from '@pix/contracts';
import { AuthService } from '../core/auth/auth.service';
import { centreAccess } from '../core/auth/centre-access';
import { loadWith } from '../core/data/loadable';
import { ApiError, toApiError } from '../core/http/api-error';
import { formatDate, formatTime } from '../core/format/french-format';
import { planningWarningLabel, sessionStatusBadge, sessionStatusLabel } from '../core/format/labels';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { Notice, NoticeService } from '../core/ui/notice.service';
import { SessionsService } from './sessions.service';

@Component({
  selector: 'pix-sessions-page',
  imports: [RouterLink, ErrorAlertComponent],
  templateUrl: './sessions-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionsPageComponent {
  private readonly auth = inject(AuthService);
  private readonly sessionsService = inject(SessionsService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly centre = input.required<CentreView>();

  protected readonly access = computed(() => centreAccess(this.auth.me(), this.centre().id));
  protected readonly sessions = loadWith(
    () => this.centre().id,
    (centreId) => this.sessionsService.list(centreId),
  );
  protected readonly notice = signal<Notice | null>(inject(NoticeService).take());
  protected readonly pendingDeletion = signal<SessionView | null>(null);
  protected readonly deleting = signal(false);
  protected readonly deleteError = signal<ApiError | null>(null);

  protected readonly formatDate = formatDate;
  protected readonly formatTime = formatTime;
  protected readonly statusLabel = sessionStatusLabel;
  protected readonly statusBadge = sessionStatusBadge;
  protected readonly warningLabel = planningWarningLabel;

  protected askDeletion(session: SessionView): void {
    this.deleteError.set(null);
    this.pendingDeletion.set(session);
    this.focusAfterRender('#confirmer-suppression');
  }

  protected cancelDeletion(): void {
    const session = this.pendingDeletion();
    this.pendingDeletion.set(null);
    if (session !== null) this.focusAfterRender(`#supprimer-${session.id}`);
  }

  protected confirmDeletion(): void {
    const session = this.pendingDeletion();
    if (session === null || this.deleting()) return;
    this.deleting.set(true);
    this.sessionsService.remove(this.centre().id, session.id).subscribe({
      next: () => {
        this.deleting.set(false);
        this.pendingDeletion.set(null);
        this.notice.set({ severity: 'success', message: `La session n° ${session.id} a été supprimée.` });
        this.sessions.reload();
        this.focusAfterRender('h1');
      },
      error: (error: unknown) => {
        this.deleting.set(false);
        this.pendingDeletion.set(null);
        this.deleteError.set(toApiError(error));
      },
    });
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
