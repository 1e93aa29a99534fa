/**
 * The diagnostic codes that offer a quick fix, and what the fix does, for the rule catalogue and
 * the docs (renderCatalogue). The fixes themselves edit the document, so they live in the editor
 * layer (src/editor/fixes), whose registry is typed against these keys: a code cannot have a fix
 * without a line here, nor a line here without a fix.
 */
export const QUICK_FIX_SUMMARIES = {
  'structure.duplicate_node_id': 'Give the later node a new id.',
  'structure.duplicate_edge_id': 'Give the later edge a new id.',
  'structure.edge_missing_source': 'Delete the connection.',
  'structure.edge_missing_target': 'Delete the connection.',
  'structure.edge_unknown_port': 'Delete the connection.',
  'structure.edge_into_trigger': 'Delete the connection.',
  'structure.edge_into_note': 'Delete the connection.',
  'structure.port_used_twice': 'Delete the connection that is never followed.',
  'structure.no_enabled_trigger': 'Enable the disabled trigger, or add a Human requested trigger.',
  'structure.unreachable': 'Delete the step.',
  'voice.header.dropped': 'Rename the header to an allowed X-* name (X-Twilio-Foo → X-Foo), or remove it.',
  'voice.attributes.ignored': 'Remove the attributes.',
  'voice.uui.not_hex': 'Drop ;encoding=hex, or hex-encode the data.',
  'voice.pause.missing': 'Insert a 1.5 s Pause on the connection into the handover.',
  'voice.pause.out_of_range': 'Set the Pause to 1.5 s.',
  'voice.channel.browser': 'Untick Browser voice in Flow settings, or insert a Channel router that sends only phone calls to the handover.',
  'voice.channel.not_voice': 'Insert a Channel router that sends only phone calls to the handover.',
  'voice.port.unconnected': 'Connect the port to a new Message that tells the caller.',
  'voice.recording.continues': 'Turn call recording off.',
  'messenger.channel.mismatch': 'Insert a Channel router that sends only Messenger to the handover.',
  'handover.no_agents.unconnected': 'Connect “No agents” to a new Message.',
  'scenario.retries.too_many': 'Set retries to 2.',
  'scenario.retries.none': 'Set retries to 1.',
  'scenario.phrases.empty': 'Add the four example phrases.',
  'scenario.disabled.steps_never_run': 'Enable the trigger.',
  'scenario.handover.limit': 'Delete the extra handover.',
  'assign.unassigned_path': 'Add an Assign step before the handover (to the first staff member), or pick a live chat assignee.',
  'assign.assignee.empty': 'Assign to a staff member of the flow.',
  'staff.notifications.off': 'Turn the staff member’s notification on.',
  'calendar.time_zone.unknown': 'Use the IANA zone that differs only in case, accents or spacing.',
  'calendar.range.backwards': 'End the range at 24:00 and continue it on the next day (or remove an empty range).',
  'calendar.range.overlap': 'Merge the two ranges into one.',
  'calendar.closure.backwards': 'Swap its start and end.',
  'calendar.id.duplicate': 'Give the later calendar a new id.',
  'hours.calendar.missing': 'Use one of the flow’s calendars.',
  'hours.port.unconnected': 'Connect Closed or Holiday to a new Message.',
} as const satisfies Record<string, string>;

export type QuickFixCode = keyof typeof QUICK_FIX_SUMMARIES;
