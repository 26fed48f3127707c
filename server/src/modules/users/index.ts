export { acceptInvitation, lookupInvitation } from './acceptInvitation.ts';
export { assertActiveMember } from './assertActiveMember.ts';
export { createUser } from './createUser.ts';
export { getMe } from './getMe.ts';
export { meForToken, sessionClient, setSessionCookie, userRoutes } from './http.ts';
export { inviteMember } from './inviteMember.ts';
export { listInvitations } from './listInvitations.ts';
export { listMembers } from './listMembers.ts';
export { login } from './login.ts';
export { logout } from './logout.ts';
export { memberActor } from './memberActor.ts';
export { requestPasswordReset, resetPassword } from './passwordReset.ts';
export { personRef } from './personRef.ts';
export {
  deleteExpiredSessions,
  deleteOldLoginFailures,
  emailIsTaken,
  findMemberRow,
} from './repository/index.ts';
export { resolveSession } from './resolveSession.ts';
export { revokeInvitation } from './revokeInvitation.ts';
export { SESSION_COOKIE } from './sessions.ts';
export { setupWorkspace } from './setupWorkspace.ts';
export { updateMember } from './updateMember.ts';
