import { calendarSchema, toPointer, type Calendar } from '../../schema';
import { createId } from '../createId';
import type { Command } from './types';

/** One change to the flow's business calendars. */
export type UpdateCalendarsArgs =
  | { op: 'add'; name: string; timeZone?: string; id?: string }
  | { op: 'replace'; id: string; calendar: Calendar }
  | { op: 'remove'; id: string };

const LABELS: Record<UpdateCalendarsArgs['op'], string> = {
  add: 'Add calendar',
  replace: 'Edit calendar',
  remove: 'Remove calendar',
};

// A new calendar starts as office hours, Monday to Friday 09:00–17:00, so it is useful at once.
const WEEKDAY_HOURS = [{ from: '09:00', to: '17:00' }];

/**
 * Adds, edits or removes a calendar in the flow settings. Each calendar is parsed with its schema,
 * so a malformed time is refused with its place named; an unknown zone or a backwards range is kept
 * for the validator to report. Removing a calendar leaves Hours nodes naming it for the validator too.
 */
export const updateCalendars: Command<UpdateCalendarsArgs> = {
  id: 'updateCalendars',
  label: 'Change calendars',
  perform(draft, args, ctx) {
    const calendars = ctx.flow.settings.calendars;
    switch (args.op) {
      case 'add': {
        const id = createId('calendar', new Set(calendars.map((c) => c.id)), args.id);
        const hours = { mon: WEEKDAY_HOURS, tue: WEEKDAY_HOURS, wed: WEEKDAY_HOURS, thu: WEEKDAY_HOURS, fri: WEEKDAY_HOURS };
        draft.settings.calendars.push(calendarSchema.parse({ id, name: args.name.trim() || id, timeZone: args.timeZone ?? 'UTC', hours }));
        return;
      }
      case 'remove': {
        const index = calendars.findIndex((c) => c.id === args.id);
        if (index < 0) return false;
        draft.settings.calendars.splice(index, 1);
        return;
      }
      case 'replace': {
        const index = calendars.findIndex((c) => c.id === args.id);
        if (index < 0) return ctx.refuse(`There is no calendar "${args.id}"`);
        const parsed = calendarSchema.safeParse(args.calendar);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          return ctx.refuse(`Calendar: ${issue.message} at ${toPointer(['settings', 'calendars', index, ...issue.path])}`);
        }
        if (JSON.stringify(parsed.data) === JSON.stringify(calendars[index])) return false;
        draft.settings.calendars[index] = parsed.data;
      }
    }
  },
  describe: (args) => LABELS[args.op],
};
