import { notifications } from '@mantine/notifications';
import { errorMessage } from './api.ts';

export function notifySuccess(message: string, title?: string) {
  notifications.show({ color: 'teal', title, message, autoClose: 3500 });
}

export function notifyError(error: unknown, title = 'That did not work') {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 7000 });
}

/** Nothing went wrong, but the outcome is not what the person may expect. */
export function notifyInfo(message: string, title?: string) {
  notifications.show({ color: 'blue', title, message, autoClose: 6000 });
}
