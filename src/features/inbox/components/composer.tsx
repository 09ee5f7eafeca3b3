import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import clsx from 'clsx';
import { useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { Button } from '../../../components/ui/button';
import { PaperclipIcon, SmileIcon } from '../../../components/ui/icons';
import { InlineError } from '../../../components/ui/inline-error';
import { toUserMessage } from '../../../lib/errors';
import { AiWriteButton } from '../../ai-writing/ai-write-button';
import { replyBrief } from '../../ai-writing/briefs';
import { conversationContext } from '../../ai-writing/conversation-context';
import { fillCannedReply, matchCannedReplies } from '../canned-replies';
import { newClientId } from '../client-id';
import {
  mentionTrigger,
  optionId,
  replaceRange,
  slashTrigger,
  type Trigger,
} from '../composer-text';
import { emojiChoices } from '../emoji';
import { useThread } from '../hooks/use-conversations';
import { useSendMessage } from '../hooks/use-send-message';
import { useCannedReplies } from '../hooks/use-reference-data';
import { matchMembers, mentionedIds } from '../mentions';
import { chronological } from '../thread-cache';
import type { ConversationDetail, InboxMember, ReplyContent } from '../types';
import { Popover } from '../../../components/ui/popover';
import { SuggestionList, type Suggestion } from './suggestion-list';
import { TemplatePicker } from './template-picker';

export type ComposerMode = 'reply' | 'note';

/** What the page asks of the composer (Alt+P, Alt+L). */
export type ComposerHandle = { setMode: (mode: ComposerMode) => void };

/** WhatsApp takes a caption of 1,024 characters at most with a file. */
const captionMax = 1024;
/** The keys of aria-keyshortcuts, as the ARIA specification writes them. */
const REPLY_SHORTCUT = 'Alt+L';
const NOTE_SHORTCUT = 'Alt+P';
const textMax = 4096;

type Draft = {
  text: string;
  fileUrl: string | null;
  mentions: InboxMember[];
  /** The clientMessageId of this content (of its file, when text and file go apart). */
  id: string;
  fileId: string;
};

/** Drafts by conversation, kept while the tab is open: going to another conversation loses nothing. */
const drafts = new Map<string, Draft>();

function emptyDraft(): Draft {
  return { text: '', fileUrl: null, mentions: [], id: newClientId(), fileId: newClientId() };
}

/** New content, new ids: the same content sent twice (double click, retry) keeps its ids. */
function changed(draft: Draft, change: Partial<Omit<Draft, 'id' | 'fileId'>>): Draft {
  return { ...draft, ...change, id: newClientId(), fileId: newClientId() };
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:' && !/\s/.test(value);
  } catch {
    return false;
  }
}

type ComposerProps = {
  ref?: Ref<ComposerHandle>;
  organizationId: string;
  conversation: ConversationDetail;
  me: { userId: string; name: string };
  members: InboxMember[];
  /** The 24-hour window: free text and files only while it is open. */
  windowOpen: boolean;
  onTyping: (typing: boolean) => void;
};

/**
 * The reply box: free text, emoji, a file by its address, canned replies typed as « /code »,
 * inside the 24-hour window; a template outside it. Alt+P switches to a private note (with
 * @mentions), Alt+L back to the reply. Enter sends, Shift+Enter goes to the next line. A send in
 * progress disables the button, and the same content keeps its clientMessageId: it is never
 * filed twice.
 */
export function Composer({
  ref,
  organizationId,
  conversation,
  me,
  members,
  windowOpen,
  onTyping,
}: ComposerProps) {
  const { t } = useLingui();
  const [mode, setMode] = useState<ComposerMode>('reply');
  const [draft, setDraftState] = useState<Draft>(() => drafts.get(conversation.id) ?? emptyDraft());
  const setDraft = (next: Draft | ((current: Draft) => Draft)) =>
    setDraftState((current) => {
      const value = typeof next === 'function' ? next(current) : next;
      if (value.text || value.fileUrl) drafts.set(conversation.id, value);
      else drafts.delete(conversation.id);
      return value;
    });
  const [caret, setCaret] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string>();
  const [templateChosen, setTemplateChosen] = useState(false);
  const [emojiOpen, setEmojiOpen] = useState(false);
  const [fileOpen, setFileOpen] = useState(false);
  const [fileInput, setFileInput] = useState('');
  const [fileError, setFileError] = useState<string>();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const hintId = useId();
  const send = useSendMessage(organizationId, conversation, me.userId);
  const canned = useCannedReplies(organizationId);
  // The thread the messages pane shows (same query, same cache): what the AI reads to reply.
  const thread = useThread(organizationId, conversation.id);
  const aiContext = useMemo(() => conversationContext(chronological(thread.data)), [thread.data]);

  useImperativeHandle(ref, () => ({
    setMode: (next) => {
      setMode(next);
      setTemplateChosen(false);
      requestAnimationFrame(() => textareaRef.current?.focus());
    },
  }));

  const note = mode === 'note';
  const freeText = note || (windowOpen && !templateChosen);

  // The menu under the text: canned replies after « / » (replies), members after « @ » (notes).
  const trigger: Trigger | null = note
    ? mentionTrigger(draft.text, caret)
    : slashTrigger(draft.text, caret);
  const open = trigger !== null && trigger.start !== dismissed;
  const cannedMatches =
    !note && open && trigger ? matchCannedReplies(canned.data ?? [], trigger.query) : [];
  const memberMatches =
    note && open && trigger ? matchMembers(members, trigger.query, me.userId) : [];
  const suggestions: Suggestion[] = note
    ? memberMatches.map((member) => ({ id: member.userId, primary: member.name }))
    : cannedMatches.map((reply) => ({
        id: reply.id,
        primary: `/${reply.short_code}`,
        secondary: reply.attachment_url ? `${reply.content} 📎` : reply.content,
      }));
  const showList = open && suggestions.length > 0;
  const activeIndex = Math.min(active, suggestions.length - 1);

  const update = (change: Partial<Omit<Draft, 'id' | 'fileId'>>, nextCaret?: number) => {
    setDraft((current) => changed(current, change));
    setError(undefined);
    if (nextCaret !== undefined) {
      setCaret(nextCaret);
      requestAnimationFrame(() => {
        const textarea = textareaRef.current;
        if (!textarea) return;
        textarea.focus();
        textarea.setSelectionRange(nextCaret, nextCaret);
      });
    }
  };

  const choose = (index: number) => {
    if (!trigger) return;
    if (note) {
      const member = memberMatches[index];
      if (!member) return;
      const edit = replaceRange(draft.text, trigger.start, caret, `@${member.name} `);
      update({ text: edit.text, mentions: [...draft.mentions, member] }, edit.cursor);
    } else {
      const reply = cannedMatches[index];
      if (!reply) return;
      const attributes =
        typeof conversation.contact.attributes === 'object' &&
        conversation.contact.attributes !== null &&
        !Array.isArray(conversation.contact.attributes)
          ? conversation.contact.attributes
          : {};
      const filled = fillCannedReply(reply.content, {
        contact: { name: conversation.contact.name, phone: conversation.contact.phone, attributes },
        agent: { name: me.name },
      });
      const edit = replaceRange(draft.text, trigger.start, caret, filled);
      update({ text: edit.text, fileUrl: reply.attachment_url ?? draft.fileUrl }, edit.cursor);
    }
    setActive(0);
  };

  const insertAtCaret = (insertion: string) => {
    const textarea = textareaRef.current;
    const start = textarea?.selectionStart ?? caret;
    const end = textarea?.selectionEnd ?? caret;
    const edit = replaceRange(draft.text, start, end, insertion);
    update({ text: edit.text }, edit.cursor);
  };

  const failed = (caught: unknown) =>
    setError(toUserMessage(caught, t`Le message n’a pas pu être envoyé. Réessayez.`));

  const reset = () => {
    setDraft(emptyDraft());
    setCaret(0);
    setDismissed(null);
    onTyping(false);
  };

  const submit = async () => {
    if (send.isPending) return;
    const text = draft.text.trim();
    if (note) {
      if (!text) return;
      try {
        await send.mutateAsync({
          type: 'note',
          clientMessageId: draft.id,
          body: text,
          mentions: mentionedIds(text, draft.mentions),
        });
        reset();
      } catch (caught) {
        failed(caught);
      }
      return;
    }
    if (!text && !draft.fileUrl) return;
    if (text.length > textMax) {
      setError(t`Le message dépasse 4 096 caractères : raccourcissez-le.`);
      return;
    }
    const sends: { clientMessageId: string; content: ReplyContent }[] = [];
    if (draft.fileUrl && text.length <= captionMax) {
      sends.push({
        clientMessageId: draft.id,
        content: { kind: 'file', url: draft.fileUrl, ...(text ? { caption: text } : {}) },
      });
    } else {
      if (text) sends.push({ clientMessageId: draft.id, content: { kind: 'text', body: text } });
      if (draft.fileUrl)
        sends.push({
          clientMessageId: draft.fileId,
          content: { kind: 'file', url: draft.fileUrl },
        });
    }
    try {
      for (const item of sends) await send.mutateAsync({ type: 'reply', ...item });
      reset();
    } catch (caught) {
      failed(caught);
    }
  };

  const sendTemplate = async (clientMessageId: string, content: ReplyContent) => {
    if (send.isPending) return;
    try {
      await send.mutateAsync({ type: 'reply', clientMessageId, content });
      setTemplateChosen(false);
      setError(undefined);
    } catch (caught) {
      failed(caught);
    }
  };

  const attachFile = () => {
    const url = fileInput.trim();
    if (!isHttpsUrl(url)) {
      setFileError(t`Indiquez une adresse https:// valide.`);
      return;
    }
    update({ fileUrl: url });
    setFileInput('');
    setFileError(undefined);
    setFileOpen(false);
    requestAnimationFrame(() => textareaRef.current?.focus());
  };

  const modeButton = (value: ComposerMode, label: string, shortcut: string) => (
    <button
      type="button"
      aria-pressed={mode === value}
      aria-keyshortcuts={shortcut}
      onClick={() => {
        setMode(value);
        setError(undefined);
      }}
      className={clsx(
        'min-h-9 rounded-md px-3 text-sm font-semibold',
        mode === value
          ? value === 'note'
            ? 'bg-amber-100 text-amber-950'
            : 'bg-brand-50 text-brand-800'
          : 'text-slate-700 hover:bg-slate-100',
      )}
    >
      {label}
    </button>
  );

  const count = suggestions.length;
  return (
    <section
      aria-label={t`Rédaction`}
      className={clsx(
        'border-t px-3 py-2 sm:px-4',
        note ? 'border-amber-300 bg-amber-50/60' : 'border-slate-200 bg-white',
      )}
    >
      <div className="mb-2 flex flex-wrap items-center gap-1">
        <div role="group" aria-label={t`Type de message`} className="flex gap-1">
          {modeButton('reply', t`Répondre`, REPLY_SHORTCUT)}
          {modeButton('note', t`Note privée`, NOTE_SHORTCUT)}
        </div>
        {!note && windowOpen && (
          <button
            type="button"
            aria-pressed={templateChosen}
            onClick={() => setTemplateChosen((value) => !value)}
            className={clsx(
              'ml-auto min-h-9 rounded-md px-3 text-sm font-semibold',
              templateChosen ? 'bg-brand-50 text-brand-800' : 'text-slate-700 hover:bg-slate-100',
            )}
          >
            <Trans>Modèle</Trans>
          </button>
        )}
      </div>

      {!freeText ? (
        <div className="flex flex-col gap-2">
          {!windowOpen && (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              <Trans>
                La fenêtre de 24 heures est fermée : seul un modèle approuvé peut être envoyé à ce
                contact. Une note privée reste possible.
              </Trans>
            </p>
          )}
          <TemplatePicker
            organizationId={organizationId}
            contact={conversation.contact}
            onSend={(clientMessageId, content) => void sendTemplate(clientMessageId, content)}
            sending={send.isPending}
            error={error}
          />
        </div>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          className="flex flex-col gap-2"
        >
          {draft.fileUrl && !note && (
            <p className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-1.5 text-sm">
              <span aria-hidden="true">📎</span>
              <span className="min-w-0 flex-1 truncate">{draft.fileUrl}</span>
              <button
                type="button"
                onClick={() => update({ fileUrl: null })}
                className="min-h-8 rounded px-2 font-semibold text-red-800 underline"
              >
                <Trans>Retirer le fichier</Trans>
              </button>
            </p>
          )}
          <div className="relative">
            {showList && (
              <SuggestionList
                id={listId}
                label={note ? t`Agents à mentionner` : t`Réponses enregistrées`}
                suggestions={suggestions}
                activeIndex={activeIndex}
                onChoose={choose}
              />
            )}
            <p aria-live="polite" className="sr-only">
              {showList
                ? note
                  ? t`${plural(count, { one: '# agent proposé', other: '# agents proposés' })} : flèches pour choisir, Entrée pour insérer.`
                  : t`${plural(count, { one: '# réponse enregistrée', other: '# réponses enregistrées' })} : flèches pour choisir, Entrée pour insérer.`
                : ''}
            </p>
            <label htmlFor={`${listId}-text`} className="sr-only">
              {note ? t`Note privée (visible par l’équipe seulement)` : t`Réponse au contact`}
            </label>
            <textarea
              ref={textareaRef}
              id={`${listId}-text`}
              rows={2}
              value={draft.text}
              maxLength={textMax + 100}
              aria-describedby={hintId}
              aria-controls={showList ? listId : undefined}
              aria-activedescendant={showList ? optionId(listId, activeIndex) : undefined}
              aria-autocomplete="list"
              placeholder={
                note
                  ? t`Note pour l’équipe… (@ pour mentionner)`
                  : t`Votre réponse… (/ pour une réponse enregistrée)`
              }
              onChange={(event) => {
                update({ text: event.target.value });
                setCaret(event.target.selectionStart);
                setActive(0);
                onTyping(event.target.value.trim() !== '');
              }}
              onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
              onKeyDown={(event) => {
                if (event.nativeEvent.isComposing) return;
                if (showList) {
                  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                    event.preventDefault();
                    const step = event.key === 'ArrowDown' ? 1 : -1;
                    setActive((activeIndex + step + suggestions.length) % suggestions.length);
                    return;
                  }
                  if (event.key === 'Enter' || event.key === 'Tab') {
                    event.preventDefault();
                    choose(activeIndex);
                    return;
                  }
                  if (event.key === 'Escape') {
                    event.preventDefault();
                    event.stopPropagation();
                    setDismissed(trigger?.start ?? null);
                    return;
                  }
                }
                if (
                  event.key === 'Enter' &&
                  !event.shiftKey &&
                  !event.altKey &&
                  !event.ctrlKey &&
                  !event.metaKey
                ) {
                  event.preventDefault();
                  void submit();
                }
              }}
              className={clsx(
                'block max-h-48 min-h-16 w-full sm:min-h-20 resize-y rounded-md border px-3 py-2 text-base text-slate-900 shadow-xs placeholder:text-slate-500',
                'focus-visible:outline-2 focus-visible:outline-offset-0',
                note
                  ? 'border-amber-400 bg-white focus-visible:outline-amber-700'
                  : 'border-slate-300 bg-white focus-visible:outline-brand-700',
              )}
            />
          </div>
          <p id={hintId} className="sr-only">
            {note
              ? t`Entrée pour ajouter la note, Maj+Entrée pour aller à la ligne. Tapez @ pour mentionner un agent.`
              : t`Entrée pour envoyer, Maj+Entrée pour aller à la ligne. Tapez / pour insérer une réponse enregistrée.`}
          </p>
          <InlineError message={error} />
          <div className="flex flex-wrap items-center gap-1">
            <Popover
              open={emojiOpen}
              onOpenChange={setEmojiOpen}
              button={<SmileIcon />}
              buttonLabel={t`Insérer un emoji`}
              buttonClassName="min-w-10 px-2 text-slate-700 hover:bg-slate-100"
              panelLabel={t`Emoji`}
              side="above"
              panelClassName="w-72"
            >
              <div className="grid grid-cols-8 gap-0.5">
                {emojiChoices.map((emoji) => (
                  <button
                    key={emoji}
                    type="button"
                    onClick={() => {
                      insertAtCaret(emoji);
                      setEmojiOpen(false);
                    }}
                    className="flex size-8 items-center justify-center rounded text-lg hover:bg-slate-100"
                  >
                    {emoji}
                  </button>
                ))}
              </div>
            </Popover>
            {!note && (
              <AiWriteButton
                purpose="reply"
                brief={replyBrief()}
                context={aiContext}
                // Into the box, not sent: the agent reads it, changes it if need be, then sends.
                onUse={(text) => {
                  update({ text }, text.length);
                  onTyping(true);
                }}
                variant="ghost"
                compact
                className="px-2 sm:px-3"
              />
            )}
            {!note && (
              <Popover
                open={fileOpen}
                onOpenChange={setFileOpen}
                button={<PaperclipIcon />}
                buttonLabel={t`Joindre un fichier par son adresse`}
                buttonClassName="min-w-10 px-2 text-slate-700 hover:bg-slate-100"
                panelLabel={t`Joindre un fichier`}
                side="above"
                panelClassName="w-80 max-w-[calc(100vw-2rem)]"
              >
                <div className="flex flex-col gap-2 p-1">
                  <label htmlFor={`${listId}-file`} className="text-sm font-medium text-slate-800">
                    <Trans>Adresse du fichier (https://…)</Trans>
                  </label>
                  <input
                    id={`${listId}-file`}
                    type="url"
                    inputMode="url"
                    value={fileInput}
                    aria-invalid={fileError ? true : undefined}
                    aria-describedby={fileError ? `${listId}-file-error` : undefined}
                    onChange={(event) => setFileInput(event.target.value)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') {
                        event.preventDefault();
                        attachFile();
                      }
                    }}
                    className="min-h-10 w-full rounded-md border border-slate-300 px-3 text-base"
                  />
                  {fileError && (
                    <p id={`${listId}-file-error`} className="text-sm text-red-700">
                      {fileError}
                    </p>
                  )}
                  <p className="text-xs text-slate-600">
                    <Trans>
                      Image, PDF, audio ou vidéo. Le texte de la réponse en devient la légende.
                    </Trans>
                  </p>
                  <Button onClick={attachFile}>
                    <Trans>Joindre</Trans>
                  </Button>
                </div>
              </Popover>
            )}
            <Button
              type="submit"
              className="ml-auto"
              loading={send.isPending}
              loadingText={t`Envoi…`}
              disabled={!draft.text.trim() && (note || !draft.fileUrl)}
            >
              {note ? <Trans>Ajouter la note</Trans> : <Trans>Envoyer</Trans>}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
