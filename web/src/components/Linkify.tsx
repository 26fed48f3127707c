import { Anchor } from '@mantine/core';
import { Fragment } from 'react';

const URL_RE = /(https?:\/\/[^\s<>"']+)/gi;

type Part = { text: string; href?: string };

/**
 * Text cut into plain pieces and web addresses. Only what parses as an http(s) URL with a host
 * becomes a link; trailing punctuation belongs to the sentence, not the address.
 */
function linkParts(text: string): Part[] {
  const parts: Part[] = [];
  text.split(URL_RE).forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) parts.push({ text: piece });
      return;
    }
    const match = /^(.*?)([.,;:!?)\]]*)$/.exec(piece);
    const address = match?.[1] ?? piece;
    const tail = match?.[2] ?? '';
    const href = webAddress(address);
    parts.push(href ? { text: address, href } : { text: address });
    if (tail) parts.push({ text: tail });
  });
  return parts;
}

function webAddress(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Plain text with its web addresses made clickable, each opening in a new tab that cannot reach
 * back to this one. Text is never parsed as HTML, so whatever a message contains is shown, not run.
 */
export function Linkify({ text }: { text: string }) {
  return (
    <>
      {linkParts(text).map((part, i) =>
        part.href ? (
          <Anchor
            // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one string keep their order
            key={i}
            href={part.href}
            target="_blank"
            rel="noopener noreferrer"
            inherit
            style={{ wordBreak: 'break-all' }}
          >
            {part.text}
          </Anchor>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one string keep their order
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
