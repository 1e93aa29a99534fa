import { validateFlow } from '../src/rules/validateFlow';
import { importFlowText } from '../src/storage/importFlowText';
import { exportFlowJson } from '../src/storage/exportFlowJson';
import { stats, sample, time, type Figure } from './figure';
import { generateFlow } from './generateFlow';

const TARGET_BYTES = 5 * 1024 * 1024;

/**
 * Importing a ~5 MB flow file, as the app's Import button and paste do: text → JSON.parse →
 * migrate → zod safeParse (importFlowText), then validateFlow for the Problems tab. The file is
 * an exported generated flow (pretty-printed, as Export writes it), sized up to 5 MB. It is
 * already version 1, so migration is a version check here.
 */
export function measureImport(): Figure[] {
  const perNode = exportFlowJson(generateFlow(1000)).length / 1000;
  const n = Math.ceil(TARGET_BYTES / perNode / 30) * 30;
  const text = exportFlowJson(generateFlow(n));
  const mb = (text.length / 1048576).toFixed(1);
  const note = `${mb} MB file`;
  const options = { runs: 5, warmupRuns: 2, warmupMs: 0 };

  const jsonParse = sample(() => time(() => JSON.parse(text)), options);
  let flow = generateFlow(1);
  const parse = sample(() => time(() => {
    const result = importFlowText(text);
    if (!result.ok) throw new Error(`the ${mb} MB bench file does not import: ${result.issues[0].message}`);
    flow = result.flow;
  }), options);
  const validate = sample(() => time(() => validateFlow(flow)), options);
  const total = sample(() => time(() => {
    const result = importFlowText(text);
    if (result.ok) validateFlow(result.flow);
  }), options);
  return [
    stats('import: JSON.parse', n, 'ms', jsonParse, note),
    stats('import: importFlowText (parse+migrate+schema)', n, 'ms', parse, note),
    stats('import: validateFlow', n, 'ms', validate, note),
    stats('import: total', n, 'ms', total, note),
  ];
}
