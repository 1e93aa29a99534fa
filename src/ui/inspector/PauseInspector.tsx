import type { NodeOfType } from '../../schema';
import { GenericFields } from './GenericFields';

const HELP = { seconds: 'Add a Pause of 1–2 seconds before a voice handover so the caller hears the last sentence.' };

/** Pause: its seconds, with the voice-handover advice from the product page. */
export function PauseInspector({ node }: { node: NodeOfType<'pause'> }) {
  return <GenericFields node={node} help={HELP} />;
}
