import formbody from '@fastify/formbody';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { followTrackingLink, rateFromLink, resourceForRating } from '../../modules/resources/index.ts';
import { isDomainError } from '../../platform/errors.ts';
import { publicCtx } from '../../platform/http/context.ts';
import { setCookie } from '../../platform/http/cookies.ts';
import { limitFormBodies } from '../../platform/http/formPages.ts';
import type { App } from '../../platform/http/types.ts';
import { noAddressPage, notFoundPage, ratingPage, thanksPage, tooLongPage } from './pages.ts';

const Slug = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/);
const Visitor = z.object({
  account: z.string().max(200).optional(),
  contact: z.string().max(254).optional(),
});
const params = z.object({ slug: Slug });
const cookieName = (slug: string) => `tc_use_${slug}`;

/**
 * Public pages: never indexed, never leaking the link in a Referer. They take no session, so
 * they are cross-origin routes: with no-referrer, browsers post the rating form with
 * `Origin: null`, which the same-origin check for signed-in writes would refuse.
 */
function publicHeaders(reply: FastifyReply) {
  reply
    .header('x-robots-tag', 'noindex')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store');
}

/**
 * Resource tracking links: /r/<slug> counts a use and redirects to the resource; /r/<slug>/rate
 * asks "was this helpful?". Mounted outside /api: for customers, without a login.
 */
export async function registerLinkRoutes(app: App): Promise<void> {
  await app.register(async (plugin) => {
    const sub = plugin.withTypeProvider<ZodTypeProvider>();
    limitFormBodies(sub, tooLongPage, publicHeaders);
    await sub.register(formbody);
    sub.get(
      '/r/:slug',
      {
        config: { public: true, crossOrigin: true },
        exposeHeadRoute: false,
        schema: { hide: true, params, querystring: Visitor },
      },
      async (req, reply) => {
        publicHeaders(reply);
        const visit = await followTrackingLink(publicCtx(req), req.params.slug, req.query);
        if (!visit) return reply.code(404).type('text/html').send(notFoundPage());
        setCookie(req, reply, cookieName(req.params.slug), visit.token, {
          path: `/r/${req.params.slug}`,
          maxAgeSeconds: 30 * 86_400,
        });
        if (visit.url) return reply.redirect(visit.url, 302);
        return reply
          .type('text/html')
          .send(noAddressPage({ title: visit.title, rateUrl: `/r/${req.params.slug}/rate` }));
      },
    );
    sub.get(
      '/r/:slug/rate',
      { config: { public: true, crossOrigin: true }, schema: { hide: true, params, querystring: Visitor } },
      async (req, reply) => {
        publicHeaders(reply);
        const r = await resourceForRating(publicCtx(req), req.params.slug);
        if (!r) return reply.code(404).type('text/html').send(notFoundPage());
        return reply
          .type('text/html')
          .send(ratingPage({ title: r.title, url: r.url, action: rateAction(req) }));
      },
    );
    sub.post(
      '/r/:slug/rate',
      { config: { public: true, crossOrigin: true }, schema: { hide: true, params, querystring: Visitor } },
      async (req, reply) => {
        publicHeaders(reply);
        const ctx = publicCtx(req);
        const r = await resourceForRating(ctx, req.params.slug);
        if (!r) return reply.code(404).type('text/html').send(notFoundPage());
        const token = req.cookies[cookieName(req.params.slug)] ?? null;
        try {
          await rateFromLink(ctx, req.params.slug, token, req.body, req.query);
        } catch (err) {
          if (!isDomainError(err)) throw err;
          const page = ratingPage({
            title: r.title,
            url: r.url,
            action: rateAction(req),
            error: 'Pick a number from 1 to 5.',
          });
          return reply.code(400).type('text/html').send(page);
        }
        return reply.type('text/html').send(thanksPage(r));
      },
    );
  });
}

/** The form posts back to itself, keeping who the visitor is (account, contact). */
const rateAction = (req: FastifyRequest) => req.url;
