import { flowSettingsSchema, toPointer, type Channel, type FlowSettings } from '../../schema';
import { createId } from '../createId';
import type { Command } from './types';

type Notifications = FlowSettings['staff'][number]['notifications'];

/** One settings change: staff, their notification preferences, voice recording, channels. */
export type UpdateSettingsArgs =
  | { op: 'addStaff'; name: string; id?: string; notifications?: Partial<Notifications> }
  | { op: 'updateStaff'; id: string; name?: string; notifications?: Partial<Notifications> }
  | { op: 'removeStaff'; id: string }
  | { op: 'setRecording'; recording: boolean }
  | { op: 'setChannels'; channels: readonly Channel[] };

const LABELS: Record<UpdateSettingsArgs['op'], string> = {
  addStaff: 'Add staff member',
  updateStaff: 'Edit staff member',
  removeStaff: 'Remove staff member',
  setRecording: 'Change call recording',
  setChannels: 'Change channels',
};

/**
 * Edits the flow settings; the result is parsed with the settings schema so nothing invalid is
 * stored. Removing a staff member leaves references in Assign/Handover nodes for the validator to
 * report, rather than silently unassigning them.
 */
export const updateSettings: Command<UpdateSettingsArgs> = {
  id: 'updateSettings',
  label: 'Change settings',
  perform(draft, args, ctx) {
    const settings = structuredClone(ctx.flow.settings) as FlowSettings;
    switch (args.op) {
      case 'addStaff': {
        const id = createId('staff', new Set(settings.staff.map((s) => s.id)), args.id);
        settings.staff.push({ id, name: args.name.trim(), notifications: { conversationAssigned: true, taskAssigned: true, ...args.notifications } });
        break;
      }
      case 'updateStaff': {
        const member = settings.staff.find((s) => s.id === args.id);
        if (!member) return ctx.refuse(`There is no staff member "${args.id}"`);
        if (args.name !== undefined) member.name = args.name.trim();
        if (args.notifications) member.notifications = { ...member.notifications, ...args.notifications };
        break;
      }
      case 'removeStaff': {
        const kept = settings.staff.filter((s) => s.id !== args.id);
        if (kept.length === settings.staff.length) return false;
        settings.staff = kept;
        break;
      }
      case 'setRecording':
        settings.voice.recording = args.recording;
        break;
      case 'setChannels':
        settings.channels = [...new Set(args.channels)];
        break;
    }
    const parsed = flowSettingsSchema.safeParse(settings);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return ctx.refuse(`Settings: ${issue.message} at ${toPointer(['settings', ...issue.path])}`);
    }
    if (JSON.stringify(parsed.data) === JSON.stringify(ctx.flow.settings)) return false;
    // Assign per branch so unchanged parts of the settings stay structurally shared.
    if (JSON.stringify(parsed.data.staff) !== JSON.stringify(ctx.flow.settings.staff)) draft.settings.staff = parsed.data.staff;
    if (parsed.data.voice.recording !== ctx.flow.settings.voice.recording) draft.settings.voice.recording = parsed.data.voice.recording;
    if (JSON.stringify(parsed.data.channels) !== JSON.stringify(ctx.flow.settings.channels)) draft.settings.channels = parsed.data.channels;
  },
  describe: (args) => LABELS[args.op],
};
