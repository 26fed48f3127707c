import type { Person } from '@trustcircle/contracts';

/**
 * A team member as the API shows them beside a record (its owner, its author), from the
 * id, name and email a query joined in; null when the record has none.
 */
export const personRef = (
  id: string | null | undefined,
  name: string | null | undefined,
  email: string | null | undefined,
): Person | null => (id ? { id, name: name ?? '', email: email ?? '' } : null);
