import { Injectable, signal } from '@angular/core';

export interface Notice {
  readonly severity: 'success' | 'info' | 'warning';
  readonly message: string;
}

/** A message for the next page (« La session n° 12 a été créée. »), shown once. */
@Injectable({ providedIn: 'root' })
export class NoticeService {
  private readonly pending = signal<Notice | null>(null);

  flash(notice: Notice): void {
    this.pending.set(notice);
  }

  /** The message left for this page, now forgotten. */
  take(): Notice | null {
    const notice = this.pending();
    this.pending.set(null);
    return notice;
  }
}
