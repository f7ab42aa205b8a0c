import { ChangeDetectionStrategy, Component, computed, input, OnInit, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { CertifiedIdentity } from '@pix/contracts';
import { FieldMessagesComponent } from '../core/ui/field-messages.component';

const FIELDS = [
  { name: 'lastName', label: 'Nom de naissance', autocomplete: 'off' },
  { name: 'firstName', label: 'Prénom', autocomplete: 'off' },
  { name: 'birthCity', label: 'Commune de naissance', autocomplete: 'off' },
  { name: 'birthCountry', label: 'Pays de naissance', autocomplete: 'off' },
  { name: 'birthINSEECode', label: 'Code INSEE de la commune de naissance', autocomplete: 'off' },
  { name: 'birthPostalCode', label: 'Code postal de la commune de naissance', autocomplete: 'off' },
] as const;

type IdentityField = keyof CertifiedIdentity;

/** Rules §9 « Correct candidate identity »: what a C1 report calls for. The jury service checks the values. */
@Component({
  selector: 'pix-jury-identity-form',
  imports: [ReactiveFormsModule, FieldMessagesComponent],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset class="fr-fieldset">
        <legend class="fr-fieldset__legend">Corriger l’identité du candidat</legend>
        @for (field of fields; track field.name) {
          <div class="fr-fieldset__element">
            <div class="fr-input-group" [class.fr-input-group--error]="problemsOf(field.name).length > 0">
              <label class="fr-label" [for]="idOf(field.name)">{{ field.label }}</label>
              <input
                class="fr-input"
                [class.fr-input--error]="problemsOf(field.name).length > 0"
                [id]="idOf(field.name)"
                type="text"
                maxlength="300"
                [attr.autocomplete]="field.autocomplete"
                [formControlName]="field.name"
                [attr.aria-describedby]="idOf(field.name) + '-messages'"
                [attr.aria-invalid]="problemsOf(field.name).length > 0 || null"
              />
              <pix-field-messages [messagesId]="idOf(field.name) + '-messages'" [messages]="problemsOf(field.name)" />
            </div>
          </div>
        }
        <div class="fr-fieldset__element">
          <div class="fr-select-group" [class.fr-select-group--error]="problemsOf('sex').length > 0">
            <label class="fr-label" [for]="idOf('sex')">Sexe</label>
            <select
              class="fr-select"
              [id]="idOf('sex')"
              formControlName="sex"
              [attr.aria-describedby]="idOf('sex') + '-messages'"
            >
              <option value="F">Femme</option>
              <option value="M">Homme</option>
            </select>
            <pix-field-messages [messagesId]="idOf('sex') + '-messages'" [messages]="problemsOf('sex')" />
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group" [class.fr-input-group--error]="problemsOf('birthdate').length > 0">
            <label class="fr-label" [for]="idOf('birthdate')">Date de naissance</label>
            <input
              class="fr-input"
              [id]="idOf('birthdate')"
              type="date"
              min="1900-01-01"
              formControlName="birthdate"
              [attr.aria-describedby]="idOf('birthdate') + '-messages'"
              [attr.aria-invalid]="problemsOf('birthdate').length > 0 || null"
            />
            <pix-field-messages [messagesId]="idOf('birthdate') + '-messages'" [messages]="problemsOf('birthdate')" />
          </div>
        </div>
      </fieldset>
      <ul class="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <button class="fr-btn fr-btn--sm" type="submit" [disabled]="busy()">
            {{ busy() ? 'Enregistrement…' : 'Enregistrer l’identité' }}
          </button>
        </li>
        <li>
          <button class="fr-btn fr-btn--sm fr-btn--secondary" type="button" (click)="cancelled.emit()">Annuler</button>
        </li>
      </ul>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JuryIdentityFormComponent implements OnInit {
  readonly certificationId = input.required<number>();
  readonly identity = input.required<CertifiedIdentity>();
  /** The refused fields, by name (`details.problems` of JURY_ACTION_INVALID). */
  readonly problems = input<Readonly<Record<string, readonly string[]>>>({});
  readonly busy = input(false);

  readonly saved = output<CertifiedIdentity>();
  readonly cancelled = output<void>();

  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({
    lastName: new FormControl('', { nonNullable: true }),
    firstName: new FormControl('', { nonNullable: true }),
    sex: new FormControl<'M' | 'F'>('F', { nonNullable: true }),
    birthdate: new FormControl('', { nonNullable: true }),
    birthCity: new FormControl('', { nonNullable: true }),
    birthCountry: new FormControl('', { nonNullable: true }),
    birthINSEECode: new FormControl('', { nonNullable: true }),
    birthPostalCode: new FormControl('', { nonNullable: true }),
  });

  /** The problems keyed by field, whether the gateway names them `firstName` or `identity.firstName`. */
  private readonly problemsByField = computed(() => {
    const byField: Record<string, string[]> = {};
    for (const [field, messages] of Object.entries(this.problems())) {
      (byField[field.replace(/^identity\./, '')] ??= []).push(...messages);
    }
    return byField;
  });

  ngOnInit(): void {
    const identity = this.identity();
    this.form.setValue({
      lastName: identity.lastName,
      firstName: identity.firstName,
      sex: identity.sex,
      birthdate: identity.birthdate,
      birthCity: identity.birthCity,
      birthCountry: identity.birthCountry,
      birthINSEECode: identity.birthINSEECode ?? '',
      birthPostalCode: identity.birthPostalCode ?? '',
    });
  }

  protected idOf(field: IdentityField): string {
    return `identite-${this.certificationId()}-${field}`;
  }

  protected problemsOf(field: IdentityField): readonly string[] {
    return this.problemsByField()[field] ?? [];
  }

  protected submit(): void {
    if (this.busy()) return;
    const value = this.form.getRawValue();
    const squeeze = (text: string) => text.trim().replace(/\s+/g, ' ');
    const optional = (text: string) => (text.trim() === '' ? null : text.trim());
    this.saved.emit({
      firstName: squeeze(value.firstName),
      lastName: squeeze(value.lastName),
      sex: value.sex,
      birthdate: value.birthdate,
      birthCity: squeeze(value.birthCity),
      birthCountry: squeeze(value.birthCountry),
      birthINSEECode: optional(value.birthINSEECode),
      birthPostalCode: optional(value.birthPostalCode),
    });
  }
}
