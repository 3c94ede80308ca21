export const minutesBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

export const earliest = (a: string, b: string): string => (Date.parse(a) <= Date.parse(b) ? a : b);
