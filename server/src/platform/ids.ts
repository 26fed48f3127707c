import { v7 } from 'uuid';

/** UUIDv7: sortable by creation time, so keyset pages over ids follow insertion order. */
export const newId = (): string => v7();
