import { computed, Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, merge, Observable, of, skip, startWith, Subject, switchMap, withLatestFrom } from 'rxjs';
import { ApiError, toApiError } from '../http/api-error';

/** Something a page asked the gateway for. */
export type Loadable<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly value: T }
  | { readonly status: 'failed'; readonly error: ApiError };

export const LOADING: Loadable<never> = { status: 'loading' };

/** Loading first, then the value or the error as French text. */
export function loadable<T>(source: Observable<T>): Observable<Loadable<T>> {
  return source.pipe(
    map((value): Loadable<T> => ({ status: 'loaded', value })),
    catchError((error: unknown) => of<Loadable<T>>({ status: 'failed', error: toApiError(error) })),
    startWith<Loadable<T>>(LOADING),
  );
}

export interface Loader<T> {
  readonly state: Signal<Loadable<T>>;
  /** The value once loaded, else undefined. */
  readonly value: Signal<T | undefined>;
  /** Asks again with the same parameters; the answer in flight is dropped. */
  reload(): void;
}

/**
 * Loads `fetch(params())` and again whenever the parameters change (showing « loading » meanwhile) or
 * `reload()` is called (keeping what is shown until the new answer arrives); a newer request cancels the one
 * in flight. Call it in an injection context (a field initializer).
 */
export function loadWith<P, T>(params: () => P, fetch: (params: P) => Observable<T>): Loader<T> {
  const reload$ = new Subject<void>();
  const params$ = toObservable(computed(params));
  const requests$ = merge(
    params$.pipe(map((current) => ({ current, keepShown: false }))),
    reload$.pipe(
      withLatestFrom(params$),
      map(([, current]) => ({ current, keepShown: true })),
    ),
  );
  const state = toSignal(
    requests$.pipe(
      switchMap(({ current, keepShown }) =>
        keepShown ? loadable(fetch(current)).pipe(skip(1)) : loadable(fetch(current)),
      ),
    ),
    { initialValue: LOADING as Loadable<T> },
  );
  const value = computed(() => {
    const current = state();
    return current.status === 'loaded' ? current.value : undefined;
  });
  return { state, value, reload: () => reload$.next() };
}
