import { platformWhatsApp } from '../_shared/platform-whatsapp/client.ts';
import { packMessages, type Language } from './answers.ts';
import {
  answerBalance,
  answerGeneration,
  answerOrganizations,
  type Conversation,
} from './assistant.ts';
import { commandOf } from './commands.ts';
import type { InboundMessage } from './inbound.ts';
import { loginLink, requestLoginCode } from './login.ts';
import { noteContact, recordOutcome, switchLanguage, textFor, type Outcome } from './store.ts';

// After the webhook's answer nobody waits: the provider may take its time.
const SEND_TIMEOUT_MS = 10_000;

const LOGIN_OUTCOMES = {
  sent: { outcome: 'login', text: 'platform_login_link' },
  throttled: { outcome: 'login_throttled', text: 'platform_login_wait' },
  refused: { outcome: 'login_refused', text: 'platform_login_unavailable' },
} as const;

/** Carries out what the message asks and answers it, in the person's language. */
async function answer(message: InboundMessage): Promise<Outcome> {
  const language = await noteContact(message.from, message.profileName);
  if (message.text === null) return 'ignored';
  // A message is answered through the provider it came by: the platform number is there.
  const client = platformWhatsApp(undefined, {
    provider: message.provider,
    timeoutMs: SEND_TIMEOUT_MS,
  });
  const reply = async (key: string, language: Language, link?: string) => {
    const text = await textFor(key, language);
    await client.sendText(message.from, link ? text.replaceAll('{link}', link) : text);
  };
  const conversation: Conversation = {
    phone: message.from,
    language,
    async say(parts) {
      // One after the other: WhatsApp shows them in the order they were sent.
      for (const text of packMessages(parts)) await client.sendText(message.from, text);
    },
  };
  const command = commandOf(message.text);
  switch (command.name) {
    case 'language': {
      await reply('platform_language_set', await switchLanguage(message.from));
      return 'language';
    }
    case 'login': {
      const request = await requestLoginCode(message.from);
      const { outcome, text } = LOGIN_OUTCOMES[request];
      await reply(text, language, request === 'sent' ? loginLink(message.from) : undefined);
      return outcome;
    }
    case 'balance':
      return await answerBalance(conversation);
    case 'generate':
      return await answerGeneration(conversation, command.brief);
    case 'organizations':
      return await answerOrganizations(conversation, command.choice);
    case 'help': {
      await reply('platform_help', language);
      return 'help';
    }
  }
}

/**
 * Handles a message filed for the first time, after the webhook has answered, and keeps what was
 * done beside it. A failure is kept as such (the provider will not deliver the message again:
 * it had its 200), and its error logged, free of the code and of the number.
 */
export async function handleMessage(message: InboundMessage): Promise<void> {
  let outcome: Outcome;
  try {
    outcome = await answer(message);
  } catch (error) {
    console.error(
      `whatsapp-webhook: ${message.provider} message ${message.messageId} not answered:`,
      error instanceof Error ? `${error.name}: ${error.message}` : error,
    );
    outcome = 'failed';
  }
  await recordOutcome(message, outcome);
}
