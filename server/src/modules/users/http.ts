import {
  ErrorBody,
  Id,
  Invitation,
  InvitationAccept,
  InvitationCreate,
  LoginInput,
  Me,
  Member,
  MemberUpdate,
  PasswordResetConfirm,
  PasswordResetRequest,
  Role,
} from '@trustcircle/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { clientIp, publicCtx, requestCtx } from '../../platform/http/context.ts';
import { clearCookie, setCookie } from '../../platform/http/cookies.ts';
import type { App } from '../../platform/http/types.ts';
import { acceptInvitation, lookupInvitation } from './acceptInvitation.ts';
import { DEVICE_COOKIE_PATH, DEVICE_COOKIE_PREFIX, issueDeviceCookie } from './deviceCookie.ts';
import { getMe } from './getMe.ts';
import { inviteMember } from './inviteMember.ts';
import { listInvitations } from './listInvitations.ts';
import { listMembers } from './listMembers.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { requestPasswordReset, resetPassword } from './passwordReset.ts';
import { presentInstallation } from './presenters.ts';
import { resolveSession } from './resolveSession.ts';
import { revokeInvitation } from './revokeInvitation.ts';
import { type OpenedSession, SESSION_COOKIE } from './sessions.ts';
import { updateMember } from './updateMember.ts';

const auth = ['Authentication'];
const people = ['Members'];
const IdParams = z.object({ id: Id });
const Ok = z.object({ ok: z.literal(true) });

/**
 * A browser that just proved who it is (login, setup, an accepted invitation) keeps its
 * session, and a new device cookie that marks it as a browser this person signs in from.
 */
export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, session: OpenedSession) {
  setCookie(req, reply, SESSION_COOKIE, session.token, { path: '/', expires: new Date(session.expiresAt) });
  setDeviceCookie(req, reply, session.userId);
}

function setDeviceCookie(req: FastifyRequest, reply: FastifyReply, userId: string) {
  const { secret } = req.server.platform.config;
  const device = issueDeviceCookie(secret, userId, req.server.platform.clock.now());
  setCookie(req, reply, device.name, device.value, {
    path: DEVICE_COOKIE_PATH,
    maxAgeSeconds: device.maxAgeSeconds,
  });
}

export const sessionClient = (req: FastifyRequest) => ({
  ip: clientIp(req),
  userAgent: req.headers['user-agent'] ?? null,
  policy: req.server.platform.config.session,
});

/** The signed-in person's profile, with what the configuration says about this installation. */
const meOf = (req: FastifyRequest) =>
  getMe({ ctx: requestCtx(req), installation: presentInstallation(req.server.platform.config) });
/** Only the device cookies go to the login verb, not the session or anything else. */
const deviceCookies = (req: FastifyRequest) =>
  Object.fromEntries(Object.entries(req.cookies).filter(([name]) => name.startsWith(DEVICE_COOKIE_PREFIX)));

/** The profile of a session that was just opened (login, invitation), before its cookie is back. */
export async function meForToken(req: FastifyRequest, token: string) {
  const principal = await resolveSession(publicCtx(req), token, req.server.platform.config.session);
  if (!principal) throw new Error('a new session did not resolve');
  req.principal = principal;
  return meOf(req);
}

export function userRoutes(app: App) {
  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true },
      schema: {
        tags: auth,
        summary: 'Sign in (sets the session cookie)',
        body: LoginInput,
        response: { 200: Me, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (req, reply) => {
      const { session } = await login({
        ctx: publicCtx(req),
        input: req.body,
        client: { ...sessionClient(req), cookies: deviceCookies(req) },
        secret: req.server.platform.config.secret,
      });
      setSessionCookie(req, reply, session);
      return meForToken(req, session.token);
    },
  );
  app.post(
    '/api/v1/auth/logout',
    { schema: { tags: auth, summary: 'Sign out', response: { 200: Ok } } },
    async (req, reply) => {
      await logout({ ctx: requestCtx(req) });
      // The device cookie stays: this browser is still one its owner signs in from.
      clearCookie(req, reply, SESSION_COOKIE, '/');
      return { ok: true as const };
    },
  );
  app.get(
    '/api/v1/auth/session',
    {
      config: { public: true },
      schema: {
        tags: auth,
        summary: 'Who is signed in, if anyone (answers 200 either way, for the web app)',
        response: { 200: z.object({ me: Me.nullable() }) },
      },
    },
    async (req) => ({
      me: req.principal?.actor.type === 'user' ? await meOf(req) : null,
    }),
  );
  app.get(
    '/api/v1/auth/me',
    { schema: { tags: auth, summary: 'The signed-in person', response: { 200: Me } } },
    async (req) => meOf(req),
  );
  app.post(
    '/api/v1/auth/password-reset',
    {
      config: { public: true },
      schema: {
        tags: auth,
        summary: 'Email a password reset link (the answer is the same whether or not the email exists)',
        body: PasswordResetRequest,
        response: { 202: z.object({ message: z.string() }) },
      },
    },
    async (req, reply) => {
      await requestPasswordReset({ ctx: publicCtx(req), input: req.body });
      return reply.code(202).send({ message: 'If this email has an account, a reset link is on its way.' });
    },
  );
  app.post(
    '/api/v1/auth/password-reset/confirm',
    {
      config: { public: true },
      schema: {
        tags: auth,
        summary: 'Choose a new password with a reset link',
        body: PasswordResetConfirm,
        response: { 200: Ok, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const { userId } = await resetPassword({ ctx: publicCtx(req), input: req.body });
      // Following the emailed link proved the person: this browser will not wait behind guesses.
      setDeviceCookie(req, reply, userId);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/v1/invitations/lookup',
    {
      config: { public: true },
      schema: {
        tags: auth,
        summary: 'What an invitation link is for',
        querystring: z.object({ token: z.string().min(10).max(200) }),
        response: {
          200: z.object({
            email: z.string(),
            role: Role,
            workspaceName: z.string(),
            hasAccount: z.boolean(),
          }),
          404: ErrorBody,
        },
      },
    },
    async (req) => lookupInvitation({ ctx: publicCtx(req), token: req.query.token }),
  );
  app.post(
    '/api/v1/invitations/accept',
    {
      config: { public: true },
      schema: {
        tags: auth,
        summary: 'Accept an invitation and sign in',
        body: InvitationAccept,
        response: { 200: Me, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const { session } = await acceptInvitation({
        ctx: publicCtx(req),
        input: req.body,
        client: sessionClient(req),
      });
      setSessionCookie(req, reply, session);
      return meForToken(req, session.token);
    },
  );

  app.get(
    '/api/v1/members',
    {
      schema: {
        tags: people,
        summary: 'Members of the workspace',
        response: { 200: z.object({ data: z.array(Member) }) },
      },
    },
    async (req) => listMembers({ ctx: requestCtx(req) }),
  );
  app.patch(
    '/api/v1/members/:id',
    {
      schema: {
        tags: people,
        summary: "Change a member's role or deactivate them (admins)",
        params: IdParams,
        body: MemberUpdate,
        response: { 200: Member, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => updateMember({ ctx: requestCtx(req), userId: req.params.id, input: req.body }),
  );
  app.get(
    '/api/v1/invitations',
    {
      schema: {
        tags: people,
        summary: 'Invitations (admins)',
        response: { 200: z.object({ data: z.array(Invitation) }) },
      },
    },
    async (req) => listInvitations({ ctx: requestCtx(req) }),
  );
  app.post(
    '/api/v1/invitations',
    {
      schema: {
        tags: people,
        summary: 'Invite someone by email (admins)',
        body: InvitationCreate,
        response: { 201: Invitation, 409: ErrorBody },
      },
    },
    async (req, reply) => reply.code(201).send(await inviteMember({ ctx: requestCtx(req), input: req.body })),
  );
  app.delete(
    '/api/v1/invitations/:id',
    {
      schema: {
        tags: people,
        summary: 'Revoke an invitation (admins)',
        params: IdParams,
        response: { 204: z.undefined(), 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await revokeInvitation({ ctx: requestCtx(req), invitationId: req.params.id });
      return reply.code(204).send();
    },
  );
}
