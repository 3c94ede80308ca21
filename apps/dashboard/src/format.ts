const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

export const day = (iso: string | null | undefined): string => (iso ? dayFormat.format(new Date(iso)) : '—');

export const when = (iso: string | null | undefined): string =>
  iso ? `${dayFormat.format(new Date(iso))} ${timeFormat.format(new Date(iso))} UTC` : '—';

/** A delay: none is "on time". */
export const minutes = (n: number | null | undefined): string => (n === 0 ? 'on time' : length(n));

/** A length of time; a round whose end was reported as its start has no length anyone measured. */
export const length = (n: number | null | undefined): string => {
  if (n === null || n === undefined || n === 0) return '—';
  const h = Math.floor(Math.abs(n) / 60);
  const m = Math.abs(n) % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ');
};
