import { t } from '@lingui/core/macro';

/** What bot_flows accepts as a name, in characters. */
export const FLOW_NAME_MAX = 120;

/** The name as it is saved (trimmed), or why it cannot be, in the active language. */
export function checkFlowName(input: string): { name: string } | { error: string } {
  const name = input.trim();
  if (!name) return { error: t`Donnez un nom au parcours.` };
  // Code points, as Postgres's char_length counts them.
  const length = [...name].length;
  if (length > FLOW_NAME_MAX) {
    return {
      error: t`Le nom doit contenir au plus ${FLOW_NAME_MAX} caractères (${length} actuellement).`,
    };
  }
  return { name };
}
