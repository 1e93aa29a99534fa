import type { Flow } from '../schema/flow';

/**
 * Optimistic concurrency: a save states the version it was based on; when another tab saved in
 * between, the save is refused and both documents travel with the error so the user can choose.
 */
export class ConflictError extends Error {
  readonly flowId: string;
  readonly mine: Flow;
  readonly theirs: Flow;
  /** The version this tab's edits were based on. */
  readonly baseVersion: number;
  /** The version now stored (written by another tab). */
  readonly theirVersion: number;

  constructor(args: { flowId: string; mine: Flow; theirs: Flow; baseVersion: number; theirVersion: number }) {
    super(
      `"${args.theirs.name}" was saved in another tab (version ${args.theirVersion}) after this tab loaded version ${args.baseVersion}; choose which version to keep`,
    );
    this.name = 'ConflictError';
    this.flowId = args.flowId;
    this.mine = args.mine;
    this.theirs = args.theirs;
    this.baseVersion = args.baseVersion;
    this.theirVersion = args.theirVersion;
  }
}
