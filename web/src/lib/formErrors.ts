import { fieldErrors } from './api.ts';
import { notifyError } from './notify.ts';

type FormLike = { setErrors: (errors: Record<string, string>) => void };

/**
 * A refused form: the server's field errors go next to their fields; anything else (a
 * conflict, a lost connection) becomes a notification with the given title.
 */
export function showFormError(form: FormLike, error: unknown, title: string) {
  const errors = fieldErrors(error);
  if (Object.keys(errors).length) form.setErrors(errors);
  else notifyError(error, title);
}
