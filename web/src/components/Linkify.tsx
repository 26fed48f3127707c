import { Anchor } from '@mantine/core';
import { Fragment } from 'react';

const URL_RE = /(https?:\/\/[^\s<>"']+)/g;

/**
 * Plain text with its web addresses made clickable. Text is never parsed as HTML, so
 * whatever a message contains is shown, not run.
 */
export function Linkify({ text }: { text: string }) {
  const parts = text.split(URL_RE);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 1) {
          // Trailing punctuation belongs to the sentence, not the address.
          const match = /^(.*?)([.,;:!?)]*)$/.exec(part);
          const href = match?.[1] ?? part;
          const tail = match?.[2] ?? '';
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one string keep their order
            <Fragment key={i}>
              <Anchor
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                style={{ wordBreak: 'break-all' }}
              >
                {href}
              </Anchor>
              {tail}
            </Fragment>
          );
        }
        // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one string keep their order
        return <Fragment key={i}>{part}</Fragment>;
      })}
    </>
  );
}
