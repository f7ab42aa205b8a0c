import type { JurySessionList } from '@pix/contracts';
import type { JuryListFilters } from './jury.service';

/** The three lists of the jury, with the slug of their address (`/jury?liste=a-publier`). */
export const JURY_LISTS = [
  { list: 'to_process', slug: 'a-traiter', label: 'Sessions à traiter' },
  { list: 'to_publish', slug: 'a-publier', label: 'Sessions à publier' },
  { list: 'published', slug: 'publiees', label: 'Sessions publiées' },
] as const satisfies readonly { list: JurySessionList; slug: string; label: string }[];

/** The page's query parameters (bookmarkable, kept on « back »). */
export interface JuryListQuery {
  readonly liste?: string | undefined;
  readonly centre?: string | undefined;
  readonly session?: string | undefined;
  readonly mes?: string | undefined;
  readonly du?: string | undefined;
  readonly au?: string | undefined;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function text(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function day(value: string | undefined): string | null {
  const trimmed = text(value);
  return trimmed !== null && ISO_DAY.test(trimmed) ? trimmed : null;
}

/** What to ask the gateway for, from the address; what cannot be read is left out. */
export function filtersOf(query: JuryListQuery): JuryListFilters {
  const session = text(query.session);
  return {
    list: JURY_LISTS.find((entry) => entry.slug === query.liste)?.list ?? 'to_process',
    centre: text(query.centre),
    sessionId: session !== null && /^\d{1,9}$/.test(session) && Number(session) > 0 ? Number(session) : null,
    assignedToMe: query.mes === 'oui',
    from: day(query.du),
    to: day(query.au),
  };
}

/** The address of some filters (the list's slug, then only the filters set). */
export function queryOf(filters: JuryListFilters): Record<string, string> {
  const query: Record<string, string> = {
    liste: JURY_LISTS.find((entry) => entry.list === filters.list)?.slug ?? 'a-traiter',
  };
  if (filters.centre !== null) query['centre'] = filters.centre;
  if (filters.sessionId !== null) query['session'] = String(filters.sessionId);
  if (filters.assignedToMe) query['mes'] = 'oui';
  if (filters.from !== null) query['du'] = filters.from;
  if (filters.to !== null) query['au'] = filters.to;
  return query;
}
