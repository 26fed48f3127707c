import formbody from '@fastify/formbody';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actOnSharedTask,
  assignSharedTask,
  commentOnSharedTask,
  getReminderPrefs,
  getSharedPlan,
  rateSharedMilestone,
  setReminderFrequency,
  sharedPlanTitle,
} from '../../modules/plans/index.ts';
import {
  type OpenLink,
  openShareLink,
  requestShareCode,
  VISITOR_DAYS,
  verifyShareCode,
} from '../../modules/shareLinks/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { isDomainError } from '../../platform/errors.ts';
import { clientIp, publicCtx } from '../../platform/http/context.ts';
import { setCookie } from '../../platform/http/cookies.ts';
import { httpStatus } from '../../platform/http/errors.ts';
import { limitFormBodies } from '../../platform/http/formPages.ts';
import { EventRateLimiter } from '../../platform/http/rateLimit.ts';
import type { App } from '../../platform/http/types.ts';
import { codePage, emailPage } from './gatePages.ts';
import { type Focus, noFocus, planPage } from './planPage.ts';
import { prefsPage } from './prefsPage.ts';
import { gonePage, shell, tooLongPage } from './shell.ts';
import { SHARE_CSP } from './style.ts';

// Loose on purpose: a malformed address gets the same 404 page as an unknown one, not a JSON 400.
const Token = z.string().max(200);
const TOKEN = /^[A-Za-z0-9_-]{32,64}$/;
const linkParams = z.object({ token: Token });
const taskParams = z.object({ token: Token, taskId: z.string().max(64) });
const milestoneParams = z.object({ token: Token, milestoneId: z.string().max(64) });
const Ok = z.object({ ok: z.string().max(20).optional(), at: z.string().max(64).optional() });
const VISITOR_COOKIE = 'tc_visitor';

const DONE: Record<string, string> = {
  done: 'Marked done. Thank you!',
  reopened: 'Marked as not done.',
  comment: 'Your comment was sent.',
  owner: 'Your colleague is now the owner of that step.',
  rating: 'Thank you for rating the milestone.',
};

type Ready = { ctx: Ctx; link: OpenLink; base: string };

/**
 * The customer's pages at /s/<token>: no login, no script, forms that post back here. A link
 * reaches only its own plan. Pages are never indexed or cached and never leak the address in
 * a Referer; tokens are redacted from logs (see redactUrl).
 */
export async function registerShareRoutes(app: App): Promise<void> {
  // Per process: a visitor on one link, and anyone hitting unknown links (guessing).
  const perLink = new EventRateLimiter(10);
  const misses = new EventRateLimiter(5);

  async function open(req: FastifyRequest, reply: FastifyReply, token: string): Promise<Ready | null> {
    pageHeaders(reply);
    const ip = clientIp(req);
    const limited = perLink.take(`${ip}:${token}`, 1);
    if (!limited.ok) {
      reply.code(429).header('retry-after', String(limited.retryAfterSeconds)).send(slowDown());
      return null;
    }
    const visitor = req.cookies[VISITOR_COOKIE] ?? null;
    const opened = TOKEN.test(token) ? await openShareLink(publicCtx(req), token, visitor) : null;
    if (opened?.link.subject.type !== 'plan') {
      const miss = misses.take(ip, 1);
      reply.code(miss.ok ? 404 : 429).send(miss.ok ? gonePage() : slowDown());
      return null;
    }
    return { ...opened, base: `/s/${token}` };
  }

  /**
   * Runs a customer's action, then shows the plan again: a redirect back to the step (so a
   * reload does not post twice), or the page with the error beside the step, the form still open
   * and filled in, answered with the error's status.
   */
  async function act(
    req: FastifyRequest,
    reply: FastifyReply,
    token: string,
    done: keyof typeof DONE,
    target: { at: string; open: Focus['open'] },
    fn: (r: Ready) => Promise<unknown>,
  ) {
    const r = await open(req, reply, token);
    if (!r) return reply;
    if (r.link.needsCode) return reply.redirect(r.base, 303);
    try {
      await fn(r);
    } catch (err) {
      if (!isDomainError(err)) throw err;
      if (err.code === 'NOT_FOUND') return reply.code(404).send(gonePage());
      const values = formValues(req.body);
      const notice = { kind: 'error', text: plainMessage(err.message) } as const;
      return reply.code(httpStatus(err.code)).send(await page(r, { ...target, notice, values }));
    }
    const anchor = `${target.open === 'rating' ? 'm' : 't'}-${target.at}`;
    return reply.redirect(`${r.base}?ok=${done}&at=${encodeURIComponent(target.at)}#${anchor}`, 303);
  }

  const page = async (r: Ready, focus: Focus) =>
    planPage(await getSharedPlan(r.ctx, r.link), { vendor: r.link.vendor, base: r.base, focus });

  await app.register(async (plugin) => {
    const sub = plugin.withTypeProvider<ZodTypeProvider>();
    limitFormBodies(sub, tooLongPage, pageHeaders);
    await sub.register(formbody);
    const config = { public: true, crossOrigin: true };
    const hide = true;
    prefsRoutes(sub, pageHeaders);

    sub.get(
      '/s/:token',
      { config, schema: { hide, params: linkParams, querystring: Ok } },
      async (req, reply) => {
        const r = await open(req, reply, req.params.token);
        if (!r) return reply;
        if (r.link.needsCode) return reply.send(emailPage(r.link.vendor, r.base));
        const ok = req.query.ok ? DONE[req.query.ok] : undefined;
        const notice = ok ? ({ kind: 'ok', text: ok } as const) : null;
        return reply.send(await page(r, { ...noFocus, notice, at: ok ? (req.query.at ?? null) : null }));
      },
    );

    sub.post('/s/:token/code', { config, schema: { hide, params: linkParams } }, async (req, reply) => {
      const r = await open(req, reply, req.params.token);
      if (!r) return reply;
      const email = String((req.body as { email?: unknown } | undefined)?.email ?? '').trim();
      try {
        await requestShareCode(r.ctx, r.link, await sharedPlanTitle(r.ctx), req.body);
      } catch (err) {
        if (!isDomainError(err)) throw err;
        return reply
          .code(httpStatus(err.code))
          .send(
            emailPage(r.link.vendor, r.base, { kind: 'error', text: gateMessage(err.code, err.message) }),
          );
      }
      return reply.send(codePage(r.link.vendor, r.base, email));
    });

    sub.post('/s/:token/verify', { config, schema: { hide, params: linkParams } }, async (req, reply) => {
      const r = await open(req, reply, req.params.token);
      if (!r) return reply;
      const email = String((req.body as { email?: unknown } | undefined)?.email ?? '').trim();
      const wrong = {
        kind: 'error',
        text: 'That code is not right, or it has expired. Try again or ask for a new one.',
      } as const;
      let visitor: string | null;
      try {
        visitor = await verifyShareCode(r.ctx, r.link, req.body);
      } catch (err) {
        if (!isDomainError(err)) throw err;
        return reply.code(400).send(codePage(r.link.vendor, r.base, email, wrong));
      }
      if (!visitor) return reply.code(400).send(codePage(r.link.vendor, r.base, email, wrong));
      setCookie(req, reply, VISITOR_COOKIE, visitor, { path: r.base, maxAgeSeconds: VISITOR_DAYS * 86_400 });
      return reply.redirect(r.base, 303);
    });

    for (const to of ['done', 'reopen'] as const) {
      sub.post(
        `/s/:token/tasks/:taskId/${to}`,
        { config, schema: { hide, params: taskParams } },
        (req, reply) =>
          act(
            req,
            reply,
            req.params.token,
            to === 'done' ? 'done' : 'reopened',
            { at: req.params.taskId, open: null },
            (r) => actOnSharedTask(r.ctx, r.link, req.params.taskId, to),
          ),
      );
    }
    sub.post(
      '/s/:token/tasks/:taskId/comments',
      { config, schema: { hide, params: taskParams } },
      (req, reply) =>
        act(req, reply, req.params.token, 'comment', { at: req.params.taskId, open: 'comments' }, (r) =>
          commentOnSharedTask(r.ctx, r.link, req.params.taskId, req.body),
        ),
    );
    sub.post(
      '/s/:token/tasks/:taskId/owner',
      { config, schema: { hide, params: taskParams } },
      (req, reply) =>
        act(req, reply, req.params.token, 'owner', { at: req.params.taskId, open: 'owner' }, (r) =>
          assignSharedTask(r.ctx, r.link, req.params.taskId, req.body),
        ),
    );
    sub.post(
      '/s/:token/milestones/:milestoneId/rating',
      { config, schema: { hide, params: milestoneParams } },
      (req, reply) =>
        act(req, reply, req.params.token, 'rating', { at: req.params.milestoneId, open: 'rating' }, (r) =>
          rateSharedMilestone(r.ctx, r.link, req.params.milestoneId, req.body),
        ),
    );
    // Reloading the page an action answered (its address is the form's) lands back on the plan.
    for (const path of ['/s/:token/tasks/:taskId/:action', '/s/:token/milestones/:taskId/:action']) {
      sub.get(
        path,
        { config, schema: { hide, params: taskParams.extend({ action: z.string().max(20) }) } },
        (req, reply) => {
          pageHeaders(reply);
          return reply.redirect(
            `/s/${encodeURIComponent(req.params.token)}#t-${encodeURIComponent(req.params.taskId)}`,
            303,
          );
        },
      );
    }
  });
}

/** What the visitor typed, kept when the page comes back with an error (text fields only). */
function formValues(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (body && typeof body === 'object')
    for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v.slice(0, 4000);
  return out;
}

/** "email: use an address…" reads as "Use an address…" for a customer. */
const plainMessage = (message: string) => {
  const text = message.replace(/^[\w.]+: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The email-preferences page behind the link in every reminder (a signed token, no login). */
function prefsRoutes(sub: App, headers: (reply: FastifyReply) => void) {
  const config = { public: true, crossOrigin: true };
  const schema = { hide: true, params: z.object({ token: z.string().max(300) }) };
  sub.get('/u/:token', { config, schema }, async (req, reply) => {
    headers(reply);
    const { secret } = req.server.platform.config;
    const p = await getReminderPrefs(publicCtx(req), secret, (req.params as { token: string }).token);
    return p ? reply.send(prefsPage(p, req.url)) : reply.code(404).send(gonePage());
  });
  sub.post('/u/:token', { config, schema }, async (req, reply) => {
    headers(reply);
    const { secret } = req.server.platform.config;
    const token = (req.params as { token: string }).token;
    try {
      const p = await setReminderFrequency(publicCtx(req), secret, token, req.body);
      if (!p) return reply.code(404).send(gonePage());
      return reply.send(prefsPage(p, req.url, { kind: 'ok', text: 'Saved. Thank you.' }));
    } catch (err) {
      if (!isDomainError(err)) throw err;
      const p = await getReminderPrefs(publicCtx(req), secret, token);
      if (!p) return reply.code(404).send(gonePage());
      return reply.code(400).send(prefsPage(p, req.url, { kind: 'error', text: 'Pick one of the choices.' }));
    }
  });
}

function pageHeaders(reply: FastifyReply) {
  reply
    .header('content-security-policy', SHARE_CSP)
    .header('x-robots-tag', 'noindex, nofollow')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8');
}

const gateMessage = (code: string, message: string) =>
  code === 'VALIDATION' ? 'Enter your work email address.' : message;

const slowDown = () =>
  shell(
    'Too many requests',
    null,
    null,
    '<div class="gate card"><h1>Too many requests</h1><p>Please wait a moment and try again.</p></div>',
  );
