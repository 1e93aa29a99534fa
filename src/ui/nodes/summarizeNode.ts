import { DESTINATION_LABELS, plural, type FlowNode } from '../../schema';

function formatDuration(d: number, h: number, m: number): string {
  const parts = [d && `${d} d`, h && `${h} h`, m && `${m} min`].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 min';
}

/**
 * The few lines a node shows on the canvas: what matters at a glance (a Pause its seconds, a voice
 * handover its destination and header count). Fixed line count per call keeps nodes pre-sizable.
 */
export function summarizeNode(node: FlowNode): string[] {
  switch (node.type) {
    case 'trigger_human_requested':
      return [plural(node.data.phrases.length, 'example phrase')];
    case 'trigger_knowledge_gap':
      return ['No relevant information found'];
    case 'trigger_repeated_failure':
      return [`After ${plural(node.data.retries, 'failed retry', 'failed retries')}`];
    case 'trigger_sensitive_topic':
      return [node.data.keywords.length ? node.data.keywords.slice(0, 3).join(', ') : 'No keywords yet'];
    case 'trigger_conversation_start':
      return ['Every new conversation'];
    case 'message':
      return [node.data.text.trim() ? `“${node.data.text.trim()}”` : 'Empty message'];
    case 'pause':
      return [`${node.data.seconds} s of silence`];
    case 'handover': {
      const d = node.data.destination;
      const head = DESTINATION_LABELS[d.kind];
      if (d.kind === 'voice') {
        return [head, d.to.trim() ? `To ${d.to.trim()}` : 'No destination yet', plural(d.attributes.length, 'SIP header')];
      }
      if (d.kind === 'zendesk' && d.mode === 'messaging_switchboard') return [head, `Switchboard → ${d.switchboardIntegration.trim() || '?'}`, d.history === 'whole_conversation' ? 'Agent sees the whole conversation' : 'Agent sees the last 10 messages'];
      if (d.kind === 'zendesk') return [head, d.department_routing ? `Department ${d.department_routing}` : 'No department yet'];
      if (d.kind === 'live_chat') return [head, d.assigneeId ? `Assign to ${d.assigneeId}` : 'Live chat → Unassigned'];
      const receiver = d.target === 'app' ? `App ${d.targetAppId.trim() || '?'}` : d.target === 'default_app' ? 'The default app' : 'Page Inbox';
      return [head, `${receiver} takes the thread`, d.protocol === 'conversation_routing' ? 'Conversation Routing' : 'Handover Protocol'];
    }
    case 'channel_router':
      return ['Branches by channel'];
    case 'condition': {
      const c = node.data;
      if (c.check === 'variable') return [`{{${c.variable || '?'}}} ${c.operator.replace('_', ' ')} ${c.operator === 'exists' ? '' : `“${c.value}”`}`.trim()];
      return [`${c.check.replace(/_/g, ' ')}?`];
    }
    case 'hours_check':
      return [node.data.calendarId ? `Calendar ${node.data.calendarId}` : 'No calendar yet'];
    case 'end':
      return ['Ends the flow'];
    case 'assign':
      return [node.data.assigneeId ? `Assign to ${node.data.assigneeId}` : 'No assignee yet', node.data.skipIfAssigned ? 'Keeps an existing assignee' : 'Always reassigns'];
    case 'create_task':
      return [node.data.title || 'Untitled task', `Due ${node.data.dueHours} h after the trigger`];
    case 'add_tag':
      return [node.data.tag ? `#${node.data.tag}` : 'No tag yet'];
    case 'pause_bot':
      return [`Silent for ${formatDuration(node.data.days, node.data.hours, node.data.minutes)}`, 'Resumes by itself'];
    case 'note':
      return [];
    case 'voicemail':
      return [`Records up to ${node.data.maxLengthSeconds} s`, node.data.transcribe ? 'Transcribed' : 'Not transcribed'];
    case 'offer_callback':
      return [node.data.validateNumber ? `Checks the number (${node.data.defaultCountry})` : 'Takes any digits', `Task due ${node.data.dueHours} h later`];
    case 'create_ticket':
      return [node.data.subject ? `“${node.data.subject}”` : 'No subject yet', `Priority ${node.data.priority}`];
  }
}

