import { refundGeneration, type Spender } from '../_shared/ai-writing/credits.ts';
import { generateVariants } from '../_shared/ai-writing/generation.ts';
import { CREDITS_PAGE, sitePage } from '../_shared/site.ts';
import {
  creditsLabel,
  fill,
  numberedVariants,
  organizationLines,
  type Language,
} from './answers.ts';
import { textsFor, type Outcome } from './store.ts';
import { chooseWallet, personOf, walletsOf, type Wallet } from './wallets.ts';

/** The person writing, in their language, and how to answer them. */
export interface Conversation {
  phone: string;
  language: Language;
  /** Sends these paragraphs in as few WhatsApp messages as they fit in. */
  say(parts: string[]): Promise<void>;
}

/** As the web's « Rédiger avec l'IA »: a brief of 2,000 characters at most. */
const BRIEF_MAX = 2000;

/**
 * GEN drafts a message people send or forward on WhatsApp themselves, outside any template: of
 * the web's purposes, `reply` is the one whose rules fit — session text, up to 4,096 characters,
 * no {{1}} variables (a campaign's variables are filled only by a template send, and an FAQ
 * answer answers a question). No new purpose, so the ledger and the rules stay the web's.
 */
const GEN_PURPOSE = 'reply';

const topUpLink = () => sitePage(CREDITS_PAGE);

const UNIT_KEYS = ['platform_credits_one', 'platform_credits_other'] as const;

type Texts<Key extends string> = Record<Key | (typeof UNIT_KEYS)[number], string>;

async function textsWithUnits<Key extends string>(keys: Key[], language: Language) {
  return (await textsFor([...keys, ...UNIT_KEYS], language)) as Texts<Key>;
}

const credits = (count: number, language: Language, texts: Texts<string>) =>
  creditsLabel(count, language, {
    one: texts.platform_credits_one,
    other: texts.platform_credits_other,
  });

/**
 * The person behind the number and their wallets (a personal organisation given to someone
 * signed in who has none); undefined, once told to log in first, for a number that never did:
 * such a number has no wallet and nothing is free.
 */
async function signedIn(
  conversation: Conversation,
): Promise<{ person: string; wallets: Wallet[]; spent: Wallet } | undefined> {
  const person = await personOf(conversation.phone);
  if (!person) {
    const texts = await textsFor(['platform_not_signed_up'], conversation.language);
    await conversation.say([texts.platform_not_signed_up]);
    return undefined;
  }
  const wallets = await walletsOf(person, conversation.phone);
  return { person, wallets, spent: wallets.find((wallet) => wallet.spent)! };
}

/** Which wallet, when the person has several and chose none: the last joined, and how to change. */
function defaultWalletNote(
  wallets: Wallet[],
  spent: Wallet,
  texts: Texts<'platform_wallet_default'>,
) {
  return wallets.length > 1 && !wallets.some((wallet) => wallet.chosen)
    ? [fill(texts.platform_wallet_default, { organization: spent.name })]
    : [];
}

/** SOLDE / BALANCE: the balance of the wallet spent, and the top-up link. */
export async function answerBalance(conversation: Conversation): Promise<Outcome> {
  const signed = await signedIn(conversation);
  if (!signed) return 'not_signed_up';
  const { wallets, spent } = signed;
  const { language } = conversation;
  const texts = await textsWithUnits(['platform_balance', 'platform_wallet_default'], language);
  await conversation.say([
    fill(texts.platform_balance, {
      organization: spent.name,
      balance: credits(spent.balance, language, texts),
      link: topUpLink(),
    }),
    ...defaultWalletNote(wallets, spent, texts),
  ]);
  return 'balance';
}

/**
 * GEN <brief>: three variants for one credit of the wallet spent, by the web's own pipeline
 * (_shared/ai-writing/generation.ts) with the person as actor and channel `whatsapp`; the
 * generation's language is the brief's, the answer's the person's. An empty wallet is told so
 * with the top-up link before the model is asked; whatever goes wrong with the model costs
 * nothing and says so. Variants the provider does not take are given back (see
 * refundUndelivered), and the failure goes on to be recorded as the message's.
 */
export async function answerGeneration(
  conversation: Conversation,
  brief: string,
): Promise<Outcome> {
  const { language } = conversation;
  if (brief === '' || brief.length > BRIEF_MAX) {
    const texts = await textsFor(['platform_gen_usage'], language);
    await conversation.say([texts.platform_gen_usage]);
    return 'generation_usage';
  }
  const signed = await signedIn(conversation);
  if (!signed) return 'not_signed_up';
  const { person, wallets, spent } = signed;
  const texts = await textsWithUnits(
    [
      'platform_gen_intro',
      'platform_gen_balance',
      'platform_wallet_default',
      'platform_insufficient_credits',
      'platform_gen_failed',
      'platform_gen_refused',
      'platform_gen_requires_agent',
    ],
    language,
  );
  if (!spent.mayWrite) {
    await conversation.say([fill(texts.platform_gen_requires_agent, { organization: spent.name })]);
    return 'generation_forbidden';
  }

  const spender: Spender = {
    organizationId: spent.organizationId,
    actorId: person,
    channel: 'whatsapp',
  };
  const generation = await generateVariants(spender, { purpose: GEN_PURPOSE, brief });
  if (generation.ok) {
    try {
      await conversation.say([
        texts.platform_gen_intro,
        ...numberedVariants(generation.variants),
        fill(texts.platform_gen_balance, {
          organization: spent.name,
          balance: credits(generation.balance, language, texts),
        }),
        ...defaultWalletNote(wallets, spent, texts),
      ]);
    } catch (error) {
      await refundUndelivered(spender, generation.debitKey);
      throw error;
    }
    return 'generated';
  }
  if ('refusal' in generation && generation.refusal.code === 'insufficient_credits') {
    await conversation.say([
      fill(texts.platform_insufficient_credits, {
        organization: spent.name,
        balance: credits(generation.refusal.balance, language, texts),
        link: topUpLink(),
      }),
      ...defaultWalletNote(wallets, spent, texts),
    ]);
    return 'insufficient_credits';
  }
  if ('failure' in generation && generation.failure.kind === 'refused') {
    await conversation.say([texts.platform_gen_refused]);
    return 'generation_refused';
  }
  // The model failed, or the organisation went meanwhile: nothing was debited either way.
  await conversation.say([texts.platform_gen_failed]);
  return 'generation_failed';
}

/**
 * The credit back for variants the provider did not take (an error, a timeout), from the first
 * message of the answer or a later one: the person paid for the whole answer. A timeout may hide
 * a message that went out after all; better a generation given than one paid for and never
 * seen. A refund that fails is logged for someone to make by hand, and the send's failure, not
 * the refund's, is the message's. The logs name the organisation and the ledger key, never the
 * number or the text.
 */
async function refundUndelivered(spender: Spender, debitKey: string): Promise<void> {
  const context = `whatsapp-webhook: GEN variants not delivered, debit ${debitKey} of ${spender.organizationId}`;
  try {
    const refunded = await refundGeneration(spender, debitKey);
    console.warn(
      `${context} ${refunded ? 'refunded' : 'not refunded: already given back or gone'}`,
    );
  } catch (error) {
    console.error(
      `${context} NOT refunded:`,
      error instanceof Error ? `${error.name}: ${error.message}` : error,
    );
  }
}

/** ORG lists the person's organisations, the one spent marked; ORG <n> chooses the one spent. */
export async function answerOrganizations(
  conversation: Conversation,
  choice: number | undefined,
): Promise<Outcome> {
  const signed = await signedIn(conversation);
  if (!signed) return 'not_signed_up';
  const { person, wallets } = signed;
  const { language } = conversation;
  const texts = await textsWithUnits(
    ['platform_org_list', 'platform_org_unknown', 'platform_org_chosen'],
    language,
  );
  const list = () =>
    fill(texts.platform_org_list, {
      list: organizationLines(
        wallets.map((wallet) => ({
          listNumber: wallet.listNumber,
          name: wallet.name,
          balance: credits(wallet.balance, language, texts),
          spent: wallet.spent,
        })),
      ),
    });
  if (choice === undefined) {
    await conversation.say([list()]);
    return 'org_listed';
  }
  const chosen = await chooseWallet(person, choice);
  if (!chosen) {
    await conversation.say([fill(texts.platform_org_unknown, { number: choice }), list()]);
    return 'org_unknown';
  }
  await conversation.say([
    fill(texts.platform_org_chosen, {
      organization: chosen.name,
      balance: credits(chosen.balance, language, texts),
    }),
  ]);
  return 'org_chosen';
}
