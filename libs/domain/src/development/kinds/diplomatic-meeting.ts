import { z } from 'zod';
import { name } from './fields';
import { actorsListed, defineKind, requireParties } from './kind';

export const MEETING_FORMATS = ['visit', 'hosted', 'third_location', 'call', 'other'] as const;
type MeetingFormat = (typeof MEETING_FORMATS)[number];

const CODES: Record<MeetingFormat, string> = { visit: '042', hosted: '043', third_location: '044', call: '041', other: '040' };

/** De-escalating, verbally: 04x consult (+1 … +2.8) by where they met. */
export const diplomaticMeeting = defineKind({
  kind: 'diplomatic_meeting',
  eventType: 'DiplomaticMeetingRecorded',
  schemaVersion: 2,
  upcasters: { 1: actorsListed },
  details: z.strictObject({ format: z.enum(MEETING_FORMATS).default('other'), participants: z.array(name).max(50).default([]) }),
  about: '`format`, `participants`',
  codes: CODES,
  defaultCameo: ({ format }) => CODES[format],
  cameoRoots: ['04'],
  example: { actors: ['LAVROV'], targets: ['TUR'], details: { format: 'hosted', participants: ['Sergey Lavrov', 'Hakan Fidan'] } },
  // Actors meeting one another (a joint summit) need no targets.
  check: (report) => requireParties(report, 'who met whom'),
});
