import { leaveBy, type Executor } from './stepResult';

/** Tags the contact (human_handover by default); a tag the contact has is not added twice. */
export const executeAddTag: Executor<'add_tag'> = (node, turn) => {
  const tags = turn.state.contact.tags;
  if (!tags.includes(node.data.tag)) tags.push(node.data.tag);
  turn.emit('tag_added', { tag: node.data.tag }, node.id);
  return leaveBy('next');
};
