export { flowToText } from './flowToText';
export { textToFlow, type TextToFlowResult } from './textToFlow';
export { locatePointer, pointerSegments, type TextRange } from './locatePointer';
export { nodeIdAtOffset } from './nodeIdAtOffset';
export { nodeRange } from './nodeRange';
export { diagnosticsToMarkers, type JsonMarker } from './diagnosticsToMarkers';
export { computeTextEdit, type TextEdit } from './computeTextEdit';
export { describeNotApplied } from './describeNotApplied';
export { createJsonSync, type JsonSync, type JsonSyncOptions, type JsonSyncState } from './createJsonSync';
