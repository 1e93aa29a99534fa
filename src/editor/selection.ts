/** View state: what is selected on the canvas. Never stored in the document. */
export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
}

export const EMPTY_SELECTION: Selection = Object.freeze({ nodeIds: [], edgeIds: [] }) as Selection;
