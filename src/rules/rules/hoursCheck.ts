import { HOURS_PORT_LABELS, HOURS_PORTS, nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

export const hoursCheck = defineRule({
  id: 'hoursCheck',
  source: SOURCES.zendeskSchedules,
  codes: [
    { code: 'hours.calendar.missing', severity: 'error', summary: 'An Hours node names no calendar, or one the flow settings do not define.' },
    { code: 'hours.port.unconnected', severity: 'warning', summary: 'An Hours node port (open, closed or holiday) leads nowhere, so the conversation stops there silently.' },
  ],
  run({ flow, graph }, report) {
    const ids = flow.settings.calendars.map((c) => c.id);
    const known = ids.length > 0 ? `calendars: ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''}` : 'the flow has no calendar yet; add one in Flow settings → Calendars';
    for (const node of graph.nodeById.values()) {
      if (node.type !== 'hours_check') continue;
      const id = node.data.calendarId;
      if (!ids.includes(id)) {
        report('hours.calendar.missing', {
          message: id === '' ? `${nameNode(node, flow)} names no calendar; choose one (${known}).` : `${nameNode(node, flow)} refers to calendar "${id}", which does not exist (${known}).`,
          nodeId: node.id,
          path: graph.nodePath(node.id, 'data', 'calendarId'),
        });
      }
      const wired = graph.outEdges.get(node.id);
      for (const port of HOURS_PORTS) {
        if (wired?.has(port)) continue;
        report('hours.port.unconnected', {
          message: `${nameNode(node, flow)}: the "${HOURS_PORT_LABELS[port]}" port is not connected, so when the calendar is ${port === 'open' ? 'open' : port === 'closed' ? 'closed' : 'on a holiday'} the conversation stops without a word; connect a step.`,
          nodeId: node.id,
          path: graph.nodePath(node.id),
        });
      }
    }
  },
});
