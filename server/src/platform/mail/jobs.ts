import type { JobRegistry } from '../jobs/registry.ts';
import { findMailForDelivery, setMailStatus } from './repository.ts';
import type { MailTransport } from './transport.ts';

/** Registers delivery of queued mail: SMTP when configured, the visible outbox otherwise. */
export function registerMailDelivery(registry: JobRegistry, transport: MailTransport | null, from: string) {
  registry.subscribe('mail.queued', (event) => [
    { type: 'mail.deliver', payload: { mailId: (event.payload as { mailId: string }).mailId } },
  ]);
  registry.handle({
    type: 'mail.deliver',
    maxAttempts: 6,
    run: async (jctx, payload) => {
      const { mailId } = payload as { mailId: string };
      const mail = await findMailForDelivery(jctx.db, mailId);
      if (!mail || mail.status === 'sent' || mail.status === 'outbox') return;
      const now = () => jctx.clock.now().toISOString();
      if (!transport) {
        await setMailStatus(jctx.db, mailId, 'outbox', now());
        return;
      }
      await transport.send({
        from,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.text_body,
        ...(mail.html_body ? { html: mail.html_body } : {}),
      });
      await setMailStatus(jctx.db, mailId, 'sent', now());
    },
    onDead: async (jctx, payload, error) => {
      await setMailStatus(
        jctx.db,
        (payload as { mailId: string }).mailId,
        'failed',
        jctx.clock.now().toISOString(),
        error,
      );
    },
  });
}
