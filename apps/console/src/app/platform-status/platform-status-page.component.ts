import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, of, startWith, Subject, switchMap } from 'rxjs';
import { formatDuration } from './format-duration';
import { DatabaseHealth, HealthResponse, ServiceHealth } from '@pix/api-types';
import { PlatformStatusService } from './platform-status.service';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly health: HealthResponse }
  | { readonly kind: 'unreachable' };

@Component({
  selector: 'pix-platform-status-page',
  imports: [DecimalPipe],
  templateUrl: './platform-status-page.component.html',
  styleUrl: './platform-status-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlatformStatusPageComponent {
  private readonly platformStatus = inject(PlatformStatusService);
  private readonly refresh$ = new Subject<void>();

  /** A new refresh cancels the request in flight. */
  protected readonly state: Signal<PageState> = toSignal(
    this.refresh$.pipe(
      startWith(undefined),
      switchMap(() =>
        this.platformStatus.getHealth().pipe(
          map((health): PageState => ({ kind: 'loaded', health })),
          catchError(() => of<PageState>({ kind: 'unreachable' })),
          startWith<PageState>({ kind: 'loading' }),
        ),
      ),
    ),
    { requireSync: true },
  );

  protected readonly overallLabels = {
    up: 'Opérationnelle',
    degraded: 'Dégradée',
  } as const satisfies Record<HealthResponse['status'], string>;

  protected readonly availabilityLabels = {
    up: 'Disponible',
    down: 'Indisponible',
  } as const satisfies Record<ServiceHealth['status'], string>;

  protected readonly driverLabels = {
    pglite: 'PGlite',
    postgres: 'PostgreSQL',
  } as const satisfies Record<DatabaseHealth['driver'], string>;

  protected readonly serviceLabels: Partial<Record<string, string>> = {
    identity: 'Identité et établissements',
    sessions: 'Sessions',
    testing: 'Passation',
    incidents: 'Incidents',
    jury: 'Jury et résultats',
    documents: 'Documents',
  };

  protected readonly formatDuration = formatDuration;

  protected refresh(): void {
    this.refresh$.next();
  }
}
