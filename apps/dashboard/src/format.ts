const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

export const day = (iso: string | null | undefined): string => (iso ? dayFormat.format(new Date(iso)) : '—');

export const when = (iso: string | null | undefined): string =>
  iso ? `${dayFormat.format(new Date(iso))} ${timeFormat.format(new Date(iso))} UTC` : '—';

export const minutes = (n: number | null | undefined): string => {
  if (n === null || n === undefined) return '—';
  if (n === 0) return 'on time';
  const h = Math.floor(Math.abs(n) / 60);
  const m = Math.abs(n) % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ');
};
