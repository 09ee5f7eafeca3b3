import { paths } from '../../lib/paths';

/** /chatbot/parcours/<id>: the flow's id, or null for any other address. */
export function flowIdOf(pathname: string): string | null {
  const prefix = `${paths.chatbotFlows}/`;
  if (!pathname.startsWith(prefix)) return null;
  const rest = pathname.slice(prefix.length).replace(/\/$/, '');
  return rest !== '' && !rest.includes('/') ? decodeURIComponent(rest) : null;
}
