import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import {
  categoryEntryOf,
  CREATABLE_ISSUE_REPORT_KINDS,
  creatableIssueReportKindOfCode,
  type IssueReportKind,
  type IssueReportView,
  MAX_DESCRIPTION_LENGTH,
  MAX_QUESTION_NUMBER,
  MIN_QUESTION_NUMBER,
} from '@pix/contracts';
import { ApiError, problemsOutside, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { FieldMessagesComponent } from '../core/ui/field-messages.component';
import { FinalizationService, IssueReportInput } from './finalization.service';

/** The creatable kinds (rules §7, deprecated ones excluded), grouped by category as on the PV d'incident. */
export const ISSUE_REPORT_CODE_GROUPS: readonly {
  readonly label: string;
  readonly kinds: readonly IssueReportKind[];
}[] = CREATABLE_ISSUE_REPORT_KINDS.reduce<{ label: string; kinds: IssueReportKind[] }[]>((groups, kind) => {
  const label = categoryEntryOf(kind.category).label;
  const group = groups.find((candidate) => candidate.label === label);
  if (group === undefined) groups.push({ label, kinds: [kind] });
  else group.kinds.push(kind);
  return groups;
}, []);

type Field = 'code' | 'description' | 'questionNumber';
/** The fields of the request each field of the form answers for (the kind may be named by category too). */
const SERVER_FIELDS: Readonly<Record<Field, readonly string[]>> = {
  code: ['code', 'category', 'subcategory'],
  description: ['description'],
  questionNumber: ['questionNumber'],
};

/** Counted as the service counts (code points), so the counter and the limit agree. */
function characterCount(text: string): number {
  return Array.from(text).length;
}

/**
 * « Ajouter un signalement » for one candidate (rules §7, §8 step 1): the code of the PV d'incident, then what this
 * code asks for — the description (C1, C2, C4, C7, C8) or the question number (E codes) — checked before sending;
 * the service's own problems are shown under the fields.
 */
@Component({
  selector: 'pix-issue-report-form',
  imports: [ErrorAlertComponent, FieldMessagesComponent],
  templateUrl: './issue-report-form.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IssueReportFormComponent {
  private readonly service = inject(FinalizationService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly centreId = input.required<number>();
  readonly sessionId = input.required<number>();
  readonly candidateId = input.required<number>();
  readonly candidateName = input.required<string>();
  readonly recorded = output<IssueReportView>();
  readonly cancelled = output<void>();

  protected readonly groups = ISSUE_REPORT_CODE_GROUPS;
  protected readonly maxDescription = MAX_DESCRIPTION_LENGTH;
  protected readonly minQuestion = MIN_QUESTION_NUMBER;
  protected readonly maxQuestion = MAX_QUESTION_NUMBER;

  protected readonly code = signal('');
  protected readonly description = signal('');
  protected readonly questionNumber = signal('');
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly kind = computed(() => creatableIssueReportKindOfCode(this.code()));
  protected readonly expected = computed(() => {
    const kind = this.kind();
    return kind === undefined ? null : categoryEntryOf(kind.category).expected;
  });
  protected readonly descriptionLength = computed(() => characterCount(this.description()));
  protected readonly prefix = computed(() => `signalement-${this.candidateId()}`);

  /** What the form can tell before sending. */
  protected readonly clientProblems = computed(() => {
    const problems: Partial<Record<Field, string>> = {};
    const kind = this.kind();
    if (kind === undefined) {
      problems.code = 'Choisissez le code du signalement.';
      return problems;
    }
    if (kind.requiresDescription) {
      const description = this.description().trim();
      if (description === '') problems.description = 'La description est obligatoire pour ce signalement.';
      else if (characterCount(description) > MAX_DESCRIPTION_LENGTH) {
        problems.description = `La description ne doit pas dépasser ${MAX_DESCRIPTION_LENGTH} caractères.`;
      }
    }
    if (kind.requiresQuestionNumber) {
      const text = this.questionNumber().trim();
      if (text === '') {
        problems.questionNumber = 'Le numéro de question est obligatoire pour un problème sur une question.';
      } else if (this.parsedQuestionNumber() === null) {
        problems.questionNumber = `Le numéro de question doit être un nombre entier entre ${MIN_QUESTION_NUMBER} et ${MAX_QUESTION_NUMBER}.`;
      }
    }
    return problems;
  });

  /** The problems no field shows (the candidate…), listed in the alert. */
  protected readonly otherProblems = computed(() => {
    const error = this.error();
    return error === null ? [] : problemsOutside(error, Object.values(SERVER_FIELDS).flat());
  });

  protected problems(field: Field): readonly string[] {
    const messages: string[] = [];
    const client = this.submitted() ? this.clientProblems()[field] : undefined;
    if (client !== undefined) messages.push(client);
    const fieldProblems = this.error()?.fieldProblems ?? {};
    for (const name of SERVER_FIELDS[field]) messages.push(...(fieldProblems[name] ?? []));
    return messages;
  }

  protected setCode(code: string): void {
    this.code.set(code);
    this.submitted.set(false);
    this.error.set(null);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.error.set(null);
    const kind = this.kind();
    const problems = this.clientProblems();
    if (kind === undefined || Object.keys(problems).length > 0) {
      const first = (['code', 'description', 'questionNumber'] as const).find((field) => problems[field]);
      this.focusAfterRender(`#${this.prefix()}-${first === 'questionNumber' ? 'question' : first}`);
      return;
    }
    const input: IssueReportInput = {
      candidateId: this.candidateId(),
      code: kind.code,
      ...(kind.requiresDescription ? { description: this.description().trim() } : {}),
      ...(kind.requiresQuestionNumber ? { questionNumber: this.parsedQuestionNumber() ?? undefined } : {}),
    };
    this.saving.set(true);
    this.service.recordIssueReport(this.centreId(), this.sessionId(), input).subscribe({
      next: (report) => {
        this.saving.set(false);
        this.recorded.emit(report);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(toApiError(error));
      },
    });
  }

  private parsedQuestionNumber(): number | null {
    const text = this.questionNumber().trim();
    if (!/^\d+$/.test(text)) return null;
    const value = Number(text);
    return value >= MIN_QUESTION_NUMBER && value <= MAX_QUESTION_NUMBER ? value : null;
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
