const UNITS: readonly (readonly [symbol: string, seconds: number])[] = [
  ['j', 86_400],
  ['h', 3_600],
  ['min', 60],
  ['s', 1],
];

/** A duration for people, in its two largest French units: "3 j 4 h", "2 h 5 min", "1 h", "42 s". */
export function formatDuration(totalSeconds: number): string {
  let rest = Math.max(0, Math.floor(totalSeconds));
  const amounts = UNITS.map(([symbol, seconds]) => {
    const amount = Math.floor(rest / seconds);
    rest -= amount * seconds;
    return { symbol, amount };
  });
  const largest = amounts.findIndex(({ amount }) => amount > 0);
  if (largest === -1) {
    return '0\u00a0s';
  }
  return amounts
    .slice(largest, largest + 2)
    .filter(({ amount }) => amount > 0)
    .map(({ symbol, amount }) => `${amount}\u00a0${symbol}`)
    .join(' ');
}
