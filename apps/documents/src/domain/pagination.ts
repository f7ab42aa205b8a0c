/** One printed page of a list: its rows, its 1-based number and the number of pages. */
export interface ListPage<T> {
  readonly rows: readonly T[];
  readonly number: number;
  readonly count: number;
}

/** Splits a list into pages of `pageSize` rows; an empty list still gives one (empty) page to print. */
export function paginate<T>(items: readonly T[], pageSize: number): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`invalid page size ${pageSize}`);
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: count }, (_, index) => ({
    rows: items.slice(index * pageSize, (index + 1) * pageSize),
    number: index + 1,
    count,
  }));
}
