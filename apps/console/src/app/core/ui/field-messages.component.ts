import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The DSFR messages group under a field: its id is what the field's `aria-describedby` points to. */
@Component({
  selector: 'pix-field-messages',
  template: `
    <div class="fr-messages-group" [id]="messagesId()" aria-live="polite">
      @for (message of messages(); track $index) {
        <p class="fr-message fr-message--error">{{ message }}</p>
      }
    </div>
  `,
  host: { class: 'pix-field-messages' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldMessagesComponent {
  readonly messagesId = input.required<string>();
  readonly messages = input<readonly string[] | undefined>([]);
}
