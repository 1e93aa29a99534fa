/** Display labels for data keys; unknown keys are humanised ("queueTimeoutMinutes" → "Queue timeout minutes"). */
const LABELS: Record<string, string> = {
  enabled: 'Enable scenario',
  phrases: 'Example phrases',
  keywords: 'Keywords',
  retries: 'Retries before handover',
  text: 'Message',
  seconds: 'Pause',
  assigneeId: 'Assign to',
  skipIfAssigned: 'Skip if the contact already has an assigned user',
  title: 'Task title',
  dueHours: 'Due after',
  tag: 'Tag',
  days: 'Days',
  hours: 'Hours',
  minutes: 'Minutes',
  check: 'Check',
  variable: 'Variable',
  operator: 'Operator',
  value: 'Value',
  color: 'Colour',
  queueTimeoutMinutes: 'Queue timeout',
  department_routing: 'Department ID (department_routing)',
  metadata: 'Metadata',
  to: 'Destination',
  timeoutSeconds: 'Ring timeout',
  prompt: 'Before the beep',
  maxLengthSeconds: 'Maximum length',
  transcribe: 'Transcribe the message',
  finishOnKey: 'Keys that end the recording',
  subject: 'Subject',
  body: 'First comment',
  priority: 'Priority',
  ask: 'Ask for the number',
  confirm: 'Read the number back',
  invalid: 'When it is not a number',
  done: 'When the callback is booked',
  validateNumber: 'Validate number',
  defaultCountry: 'Default country',
  maxAttempts: 'Attempts',
  zendeskPhoneNumberId: 'Zendesk Talk number id',
};

const UNITS: Record<string, string> = { seconds: 's', dueHours: 'h', queueTimeoutMinutes: 'min', timeoutSeconds: 's', maxLengthSeconds: 's' };

export function fieldLabel(key: string): string {
  return LABELS[key] ?? key.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()).replace(/ [A-Z]/g, (c) => c.toLowerCase());
}

export function fieldUnit(key: string): string | undefined {
  return UNITS[key];
}
