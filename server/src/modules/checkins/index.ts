export {
  DEFAULT_CADENCES,
  daysOverdue,
  effectiveCadence,
  nextCheckInDay,
  stepCadence,
} from './cadence.ts';
export { completeCheckin } from './completeCheckin.ts';
export { createNeed } from './createNeed.ts';
export { getAccountCadence } from './getAccountCadence.ts';
export { getCadenceDefaults } from './getCadenceDefaults.ts';
export { getCheckin } from './getCheckin.ts';
export { getCheckinPrep } from './getCheckinPrep.ts';
export { getNeed } from './getNeed.ts';
export { checkinRoutes } from './http.ts';
export { registerCheckinJobs, scheduleMissingCheckins } from './jobs.ts';
export { listCheckins } from './listCheckins.ts';
export { listNeedHistory } from './listNeedHistory.ts';
export { listNeeds } from './listNeeds.ts';
export { scheduleCheckin } from './scheduleCheckin.ts';
export { setAccountCadence } from './setAccountCadence.ts';
export { setCadenceDefaults } from './setCadenceDefaults.ts';
export { skipCheckin } from './skipCheckin.ts';
export { updateCheckin } from './updateCheckin.ts';
export { updateNeed } from './updateNeed.ts';
