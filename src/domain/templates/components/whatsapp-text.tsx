import { Fragment, type ReactNode } from 'react';
import { parseWhatsAppFormatting, type FormattedNode } from '../whatsapp-format';

const placeholder = /(\{\{\s*[\w.-]+\s*\}\})/;

/** Plain text, with placeholders still to fill marked so they stand out in the preview. */
function textWithPlaceholders(text: string): ReactNode {
  const parts = text.split(placeholder);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    // split with a capturing group puts the placeholders at odd indexes.
    index % 2 === 1 ? (
      <mark key={index} className="rounded bg-amber-200/80 px-0.5 text-amber-950">
        {part}
      </mark>
    ) : (
      part
    ),
  );
}

function renderNodes(nodes: FormattedNode[]): ReactNode {
  return nodes.map((node, index) => {
    if (typeof node === 'string')
      return <Fragment key={index}>{textWithPlaceholders(node)}</Fragment>;
    const children = renderNodes(node.children);
    switch (node.style) {
      case 'bold':
        return <strong key={index}>{children}</strong>;
      case 'italic':
        return <em key={index}>{children}</em>;
      case 'strike':
        return <s key={index}>{children}</s>;
      case 'code':
        return (
          <code key={index} className="font-mono text-[0.9em]">
            {children}
          </code>
        );
    }
  });
}

/** WhatsApp-formatted text as React elements: never parsed as HTML. */
export function WhatsAppText({ text }: { text: string }) {
  return <>{renderNodes(parseWhatsAppFormatting(text))}</>;
}
