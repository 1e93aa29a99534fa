import { toStorageError } from './toStorageError';

/** Runs a storage operation so that it only ever fails with a StorageError or a ConflictError. */
export async function guardStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
