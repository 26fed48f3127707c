import type { z } from 'zod';
import { DomainError } from './errors.ts';

export type Issue = { path: string; message: string };

export const toIssues = (error: z.ZodError): Issue[] =>
  error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

/** An issue of a size limit (`sizeLimit` in contracts): the value is too large, not wrong. */
export const isSizeIssue = (params: unknown): boolean =>
  typeof (params as { sizeLimit?: unknown } | null | undefined)?.sizeLimit === 'number';

export function describeIssues(issues: Issue[]): string {
  const first = issues[0];
  if (!first) return 'Invalid input';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${first.path ? `${first.path}: ` : ''}${first.message}${more}`;
}

/** Verbs parse their own input (the CLI and imports call them without HTTP in front). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issues = toIssues(result.error);
    const tooLarge = result.error.issues.every((i) => i.code === 'custom' && isSizeIssue(i.params));
    throw new DomainError(tooLarge ? 'TOO_LARGE' : 'VALIDATION', describeIssues(issues), { issues });
  }
  return result.data;
}
