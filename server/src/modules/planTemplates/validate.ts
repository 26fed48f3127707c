import { DomainError } from '../../platform/errors.ts';
import { describeIssues } from '../../platform/validation.ts';
import { type TemplateBody, templateIssues } from './graph.ts';

/** Refuses a template whose task graph does not hold, with every problem at its field. */
export function assertTemplateBody(body: TemplateBody) {
  const issues = templateIssues(body);
  if (issues.length) throw new DomainError('VALIDATION', describeIssues(issues), { issues });
}
