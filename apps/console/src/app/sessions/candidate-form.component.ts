import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { CandidateInput, CandidateView } from '@pix/contracts';
import { map } from 'rxjs';
import { ApiError, problemsOutside, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { FieldMessagesComponent } from '../core/ui/field-messages.component';
import { CandidatesService } from './candidates.service';

const FIELDS = [
  'lastName',
  'firstName',
  'sex',
  'birthdate',
  'birthCountry',
  'birthINSEECode',
  'birthPostalCode',
  'birthCity',
  'externalId',
  'extraTimePercentage',
  'billingMode',
  'prepaymentCode',
  'email',
  'resultRecipientEmail',
] as const;
type CandidateField = (typeof FIELDS)[number];

function isFrance(country: string): boolean {
  return ['france', 'fr', '99100'].includes(country.trim().toLowerCase());
}

const blank = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** « Ajouter un candidat » for centres that type their candidates in (rules §3.1, non-SCO). */
@Component({
  selector: 'pix-candidate-form',
  imports: [ReactiveFormsModule, ErrorAlertComponent, FieldMessagesComponent],
  templateUrl: './candidate-form.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidateFormComponent {
  private readonly candidates = inject(CandidatesService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly centreId = input.required<number>();
  readonly sessionId = input.required<number>();

  readonly added = output<CandidateView>();
  readonly cancelled = output<void>();

  protected readonly form = new FormGroup({
    lastName: new FormControl('', { nonNullable: true }),
    firstName: new FormControl('', { nonNullable: true }),
    sex: new FormControl('', { nonNullable: true }),
    birthdate: new FormControl('', { nonNullable: true }),
    birthCountry: new FormControl('France', { nonNullable: true }),
    birthplaceBy: new FormControl<'insee' | 'postal'>('insee', { nonNullable: true }),
    birthINSEECode: new FormControl('', { nonNullable: true }),
    birthPostalCode: new FormControl('', { nonNullable: true }),
    birthCity: new FormControl('', { nonNullable: true }),
    externalId: new FormControl('', { nonNullable: true }),
    extraTimePercentage: new FormControl('', { nonNullable: true }),
    billingMode: new FormControl('', { nonNullable: true }),
    prepaymentCode: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true }),
    resultRecipientEmail: new FormControl('', { nonNullable: true }),
  });

  protected readonly bornInFrance = toSignal(this.form.controls.birthCountry.valueChanges.pipe(map(isFrance)), {
    initialValue: true,
  });
  protected readonly birthplaceBy = toSignal(this.form.controls.birthplaceBy.valueChanges, { initialValue: 'insee' });
  protected readonly prepaid = toSignal(
    this.form.controls.billingMode.valueChanges.pipe(map((mode) => mode === 'PREPAID')),
    { initialValue: false },
  );
  protected readonly submitting = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected problems(field: CandidateField): readonly string[] {
    return this.error()?.fieldProblems[field] ?? [];
  }

  protected hasProblems(field: CandidateField): boolean {
    return this.problems(field).length > 0;
  }

  protected otherProblems(): string[] {
    const error = this.error();
    return error === null ? [] : problemsOutside(error, FIELDS);
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.submitting.set(true);
    this.error.set(null);
    this.candidates.add(this.centreId(), this.sessionId(), this.toInput()).subscribe({
      next: (candidate) => {
        this.submitting.set(false);
        this.form.reset();
        this.added.emit(candidate);
        afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#candidate-lastName')?.focus(), {
          injector: this.injector,
        });
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(toApiError(error));
      },
    });
  }

  private toInput(): CandidateInput {
    const value = this.form.getRawValue();
    const france = isFrance(value.birthCountry);
    const byInsee = france && value.birthplaceBy === 'insee';
    const extraTime = value.extraTimePercentage.trim().replace(',', '.');
    return {
      lastName: value.lastName.trim(),
      firstName: value.firstName.trim(),
      sex: value.sex,
      birthdate: value.birthdate,
      birthCountry: blank(value.birthCountry),
      birthINSEECode: byInsee ? blank(value.birthINSEECode) : null,
      birthPostalCode: france && !byInsee ? blank(value.birthPostalCode) : null,
      birthCity: byInsee ? null : blank(value.birthCity),
      externalId: blank(value.externalId),
      extraTimePercentage: extraTime === '' ? null : Number.isNaN(Number(extraTime)) ? extraTime : Number(extraTime),
      billingMode: blank(value.billingMode),
      prepaymentCode: value.billingMode === 'PREPAID' ? blank(value.prepaymentCode) : null,
      email: blank(value.email),
      resultRecipientEmail: blank(value.resultRecipientEmail),
    };
  }
}
