export function referential(): string {
  return 'referential';
}
