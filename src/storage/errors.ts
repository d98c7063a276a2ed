/** A database that cannot be used as it is: the message says which file and what to do. */
export class StorageError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(`storage: ${message}`, options);
    this.name = 'StorageError';
  }
}
