export function kernel(): string {
  return 'kernel';
}
