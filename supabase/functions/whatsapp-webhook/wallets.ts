import { serviceDatabase } from '../_shared/database.ts';
import { ensurePersonalOrganization } from '../_shared/personal-organization.ts';

/** One of the person's organisations, as ORG numbers it, with its wallet. */
export interface Wallet {
  listNumber: number;
  organizationId: string;
  name: string;
  balance: number;
  /** Agents and above spend credits on AI, as on the web. */
  mayWrite: boolean;
  /** Chosen with ORG <n>. */
  chosen: boolean;
  /** The one GEN and SOLDE use: the choice, else the organisation joined last. */
  spent: boolean;
}

/** The account whose confirmed phone is the number, if any: who may spend credits from it. */
export async function personOf(phone: string): Promise<string | undefined> {
  const [row] = await serviceDatabase()<{ person: string | null }[]>`
    select private.assistant_person(${phone}) as person`;
  return row?.person ?? undefined;
}

async function listWallets(person: string): Promise<Wallet[]> {
  const rows = await serviceDatabase()<
    {
      list_number: number;
      organization_id: string;
      name: string;
      balance: string;
      may_write: boolean;
      chosen: boolean;
      spent: boolean;
    }[]
  >`select * from private.assistant_wallets(${person})`;
  return rows.map((row) => ({
    listNumber: row.list_number,
    organizationId: row.organization_id,
    name: row.name,
    balance: Number(row.balance),
    mayWrite: row.may_write,
    chosen: row.chosen,
    spent: row.spent,
  }));
}

/**
 * The person's organisations with their wallets. Someone signed in who belongs to none (they left
 * them all) gets their personal organisation first, as at a WhatsApp login: they always have a
 * wallet.
 */
export async function walletsOf(person: string, phone: string): Promise<Wallet[]> {
  const wallets = await listWallets(person);
  if (wallets.length > 0) return wallets;
  await ensurePersonalOrganization(person, phone);
  return await listWallets(person);
}

/** ORG <n>: the organisation numbered n becomes the one spent; undefined when there is none. */
export async function chooseWallet(
  person: string,
  listNumber: number,
): Promise<{ name: string; balance: number } | undefined> {
  const [row] = await serviceDatabase()<{ name: string; balance: string }[]>`
    select name, balance from private.choose_assistant_wallet(${person}, ${listNumber})`;
  return row ? { name: row.name, balance: Number(row.balance) } : undefined;
}
