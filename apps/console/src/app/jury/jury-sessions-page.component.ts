import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { JurySessionList, PublishBatchResponse } from '@pix/contracts';
import { AuthService } from '../core/auth/auth.service';
import { loadWith } from '../core/data/loadable';
import { jurySessionStatusBadge, jurySessionStatusLabel } from '../core/format/certification-labels';
import { formatDate, formatTime } from '../core/format/french-format';
import { ApiError, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { FieldMessagesComponent } from '../core/ui/field-messages.component';
import { juryAccess } from './jury-access';
import { filtersOf, JURY_LISTS, queryOf } from './jury-list-query';
import { JuryService } from './jury.service';

/**
 * The jury's lists of finalised sessions (rules §8, §9): to process (a member must look at them), to publish
 * (publishable, published in batch) and published; filtered by centre, number, assignment and date.
 */
@Component({
  selector: 'pix-jury-sessions-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorAlertComponent, FieldMessagesComponent],
  templateUrl: './jury-sessions-page.component.html',
  styleUrl: './jury-sessions-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JurySessionsPageComponent {
  private readonly jury = inject(JuryService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  // The query parameters (bound by the router).
  readonly liste = input<string>();
  readonly centre = input<string>();
  readonly session = input<string>();
  readonly mes = input<string>();
  readonly du = input<string>();
  readonly au = input<string>();

  protected readonly filters = computed(
    () =>
      filtersOf({
        liste: this.liste(),
        centre: this.centre(),
        session: this.session(),
        mes: this.mes(),
        du: this.du(),
        au: this.au(),
      }),
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly sessions = loadWith(this.filters, (filters) => this.jury.list(filters));
  protected readonly access = computed(() => juryAccess(this.auth.me()));
  protected readonly lists = JURY_LISTS;
  protected readonly currentList = computed(
    () => JURY_LISTS.find((entry) => entry.list === this.filters().list) ?? JURY_LISTS[0],
  );
  protected readonly hasFilters = computed(() => {
    const { centre, sessionId, assignedToMe, from, to } = this.filters();
    return centre !== null || sessionId !== null || assignedToMe || from !== null || to !== null;
  });

  protected readonly form = new FormGroup({
    centre: new FormControl('', { nonNullable: true }),
    session: new FormControl('', { nonNullable: true }),
    mine: new FormControl(false, { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });
  protected readonly sessionProblem = signal<string | null>(null);

  protected readonly confirmingBatch = signal(false);
  protected readonly publishing = signal(false);
  protected readonly batchResult = signal<PublishBatchResponse | null>(null);
  protected readonly batchError = signal<ApiError | null>(null);

  protected readonly formatDate = formatDate;
  protected readonly formatTime = formatTime;
  protected readonly statusLabel = jurySessionStatusLabel;
  protected readonly statusBadge = jurySessionStatusBadge;

  constructor() {
    // The form shows the filters of the address (after « back », a bookmark, a change of list).
    effect(() => {
      const filters = this.filters();
      this.form.setValue({
        centre: filters.centre ?? '',
        session: filters.sessionId === null ? '' : String(filters.sessionId),
        mine: filters.assignedToMe,
        from: filters.from ?? '',
        to: filters.to ?? '',
      });
    });
  }

  protected queryFor(list: JurySessionList): Record<string, string> {
    return queryOf({ ...this.filters(), list });
  }

  protected applyFilters(): void {
    const value = this.form.getRawValue();
    const session = value.session.trim();
    if (session !== '' && !/^\d{1,9}$/.test(session)) {
      this.sessionProblem.set('Saisissez un numéro de session, en chiffres.');
      return;
    }
    this.sessionProblem.set(null);
    const query = queryOf({
      list: this.filters().list,
      centre: value.centre.trim() === '' ? null : value.centre.trim(),
      sessionId: session === '' ? null : Number(session),
      assignedToMe: value.mine,
      from: value.from === '' ? null : value.from,
      to: value.to === '' ? null : value.to,
    });
    void this.router.navigate([], { queryParams: query });
  }

  protected clearFilters(): void {
    this.sessionProblem.set(null);
    void this.router.navigate([], { queryParams: queryOf({ ...filtersOf({}), list: this.filters().list }) });
  }

  protected askBatchPublication(): void {
    this.batchError.set(null);
    this.batchResult.set(null);
    this.confirmingBatch.set(true);
    this.focusAfterRender('#confirmer-publication');
  }

  protected cancelBatchPublication(): void {
    this.confirmingBatch.set(false);
    this.focusAfterRender('#publier-tout');
  }

  /** Publishes exactly the sessions listed: the ones the member saw when confirming. */
  protected publishAll(): void {
    const sessions = this.sessions.value() ?? [];
    if (this.publishing() || sessions.length === 0) return;
    this.publishing.set(true);
    this.jury.publishBatch(sessions.map((session) => session.sessionId)).subscribe({
      next: (result) => {
        this.publishing.set(false);
        this.confirmingBatch.set(false);
        this.batchResult.set(result);
        this.sessions.reload();
        this.focusAfterRender('#resultat-publication');
      },
      error: (error: unknown) => {
        this.publishing.set(false);
        this.confirmingBatch.set(false);
        this.batchError.set(toApiError(error));
      },
    });
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
