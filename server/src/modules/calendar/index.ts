export { createCalendarFeed } from './createCalendarFeed.ts';
export { getCalendarFeed } from './getCalendarFeed.ts';
export { calendarRoutes } from './http.ts';
export { readCalendarFeed } from './readCalendarFeed.ts';
export { renderFeed } from './renderFeed.ts';
export { revokeCalendarFeed } from './revokeCalendarFeed.ts';
