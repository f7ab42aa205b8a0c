import { defer, Observable, Subscription } from 'rxjs';

const LOCK_NAME = 'pix-certif-refresh';

/**
 * Runs one refresh at a time across the browser's tabs (Web Locks API, where available).
 * Refresh tokens rotate and a reused one revokes the whole session: two tabs refreshing with the same
 * cookie at once would sign the person out. Inside the lock, the cookie is the one the previous holder got.
 */
export function withRefreshLock<T>(work: () => Observable<T>): Observable<T> {
  const locks: LockManager | undefined = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks === undefined || typeof locks.request !== 'function') return defer(work);
  return new Observable<T>((subscriber) => {
    let inner: Subscription | undefined;
    let release: (() => void) | undefined;
    locks
      .request(
        LOCK_NAME,
        () =>
          new Promise<void>((resolve) => {
            release = resolve;
            if (subscriber.closed) {
              resolve();
              return;
            }
            inner = work().subscribe({
              next: (value) => subscriber.next(value),
              error: (error: unknown) => {
                resolve();
                subscriber.error(error);
              },
              complete: () => {
                resolve();
                subscriber.complete();
              },
            });
          }),
      )
      .catch((error: unknown) => subscriber.error(error));
    return () => {
      inner?.unsubscribe();
      release?.();
    };
  });
}
