import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { mediaKindLabel, type MediaKind } from '../../node-labels';
import { WHATSAPP_LIMITS } from '@shared/bot/validate.ts';
import {
  AddItemButton,
  FormNote,
  FormSection,
  ItemCard,
  NodeSelectField,
  NodeTextField,
} from './form-controls';
import { moveItem, removeAt, replaceAt, useNewItemId, type NodeFormProps } from './form-helpers';

// Forms of the nodes that speak to the contact: a message, reply buttons, a list.

const mediaKinds: readonly MediaKind[] = ['image', 'video', 'document', 'audio'];

export function MessageForm({ node, context, set }: NodeFormProps<'message'>) {
  const { t } = useLingui();
  const { data } = node;
  const content = data.media ? data.media.kind : 'text';
  return (
    <>
      <NodeSelectField
        context={context}
        path="media.kind"
        label={t`Contenu`}
        value={content}
        options={[
          { value: 'text', label: t`Texte` },
          ...mediaKinds.map((kind) => ({ value: kind, label: mediaKindLabel(kind) })),
        ]}
        onChange={(value) =>
          set({
            ...data,
            media:
              value === 'text'
                ? null
                : { kind: value, url: data.media?.url ?? '', caption: data.media?.caption ?? '' },
          })
        }
      />
      {data.media ? (
        <>
          <NodeTextField
            context={context}
            path="media.url"
            type="url"
            label={t`Adresse du fichier`}
            placeholder="https://"
            hint={t`Une adresse https:// que WhatsApp peut télécharger.`}
            value={data.media.url}
            variables
            onChange={(url) =>
              set(
                { ...data, media: { ...(data.media ?? { kind: 'image', caption: '' }), url } },
                'media.url',
              )
            }
          />
          <NodeTextField
            context={context}
            path="media.caption"
            label={t`Légende (facultative)`}
            multiline
            limit={WHATSAPP_LIMITS.caption}
            value={data.media.caption}
            variables
            onChange={(caption) =>
              set(
                { ...data, media: { ...(data.media ?? { kind: 'image', url: '' }), caption } },
                'media.caption',
              )
            }
          />
        </>
      ) : (
        <NodeTextField
          context={context}
          path="text"
          label={t`Texte du message`}
          multiline
          rows={5}
          limit={WHATSAPP_LIMITS.text}
          value={data.text}
          variables
          onChange={(text) => set({ ...data, text }, 'text')}
        />
      )}
    </>
  );
}

/** Header, body and footer of an interactive message (buttons or list). */
function InteractiveTexts({
  context,
  header,
  body,
  footer,
  onChange,
}: {
  context: NodeFormProps<'buttons' | 'list'>['context'];
  header: string;
  body: string;
  footer: string;
  onChange: (texts: { header?: string; body?: string; footer?: string }, path: string) => void;
}) {
  const { t } = useLingui();
  return (
    <>
      <NodeTextField
        context={context}
        path="header"
        label={t`En-tête (facultatif)`}
        limit={WHATSAPP_LIMITS.header}
        value={header}
        onChange={(value) => onChange({ header: value }, 'header')}
      />
      <NodeTextField
        context={context}
        path="body"
        label={t`Texte du message`}
        multiline
        rows={4}
        limit={WHATSAPP_LIMITS.body}
        value={body}
        variables
        onChange={(value) => onChange({ body: value }, 'body')}
      />
      <NodeTextField
        context={context}
        path="footer"
        label={t`Pied de message (facultatif)`}
        limit={WHATSAPP_LIMITS.footer}
        value={footer}
        onChange={(value) => onChange({ footer: value }, 'footer')}
      />
    </>
  );
}

export function ButtonsForm({ node, context, set }: NodeFormProps<'buttons'>) {
  const { t } = useLingui();
  const { data } = node;
  const newItemId = useNewItemId();
  const max = WHATSAPP_LIMITS.buttonsMax;
  return (
    <>
      <InteractiveTexts
        context={context}
        header={data.header}
        body={data.body}
        footer={data.footer}
        onChange={(texts, path) => set({ ...data, ...texts }, path)}
      />
      <FormSection title={t`Boutons`} id={undefined}>
        <FormNote>
          <Trans>
            Chaque bouton a sa sortie sur le plan ; « Pas de correspondance » sert quand le contact
            écrit autre chose.
          </Trans>
        </FormNote>
        {data.buttons.map((button, index) => {
          const number = index + 1;
          const title = t`Bouton ${number}`;
          return (
            <ItemCard
              key={button.id}
              context={context}
              path={`buttons.${index}`}
              title={title}
              index={index}
              count={data.buttons.length}
              onMove={(to) => set({ ...data, buttons: moveItem(data.buttons, index, to) })}
              onRemove={() => set({ ...data, buttons: removeAt(data.buttons, index) })}
            >
              <NodeTextField
                context={context}
                path={`buttons.${index}.title`}
                label={t`Titre du bouton ${number}`}
                limit={WHATSAPP_LIMITS.buttonTitle}
                value={button.title}
                onChange={(value) =>
                  set(
                    {
                      ...data,
                      buttons: replaceAt(data.buttons, index, { ...button, title: value }),
                    },
                    `buttons.${index}.title`,
                  )
                }
              />
            </ItemCard>
          );
        })}
        <AddItemButton
          label={t`Ajouter un bouton`}
          disabledReason={
            data.buttons.length >= max
              ? plural(max, {
                  one: 'WhatsApp affiche # bouton au plus.',
                  other: 'WhatsApp affiche # boutons au plus.',
                })
              : undefined
          }
          onAdd={() => set({ ...data, buttons: [...data.buttons, { id: newItemId(), title: '' }] })}
        />
      </FormSection>
    </>
  );
}

export function ListForm({ node, context, set }: NodeFormProps<'list'>) {
  const { t } = useLingui();
  const { data } = node;
  const newItemId = useNewItemId();
  const rowCount = data.sections.reduce((total, section) => total + section.rows.length, 0);
  const maxRows = WHATSAPP_LIMITS.listRowsMax;
  const rowsFull =
    rowCount >= maxRows
      ? plural(maxRows, {
          one: 'Une liste propose # choix au plus.',
          other: 'Une liste propose # choix au plus, toutes sections comprises.',
        })
      : undefined;
  const setSection = (index: number, section: (typeof data.sections)[number], path?: string) =>
    set({ ...data, sections: replaceAt(data.sections, index, section) }, path);

  return (
    <>
      <InteractiveTexts
        context={context}
        header={data.header}
        body={data.body}
        footer={data.footer}
        onChange={(texts, path) => set({ ...data, ...texts }, path)}
      />
      <NodeTextField
        context={context}
        path="buttonLabel"
        label={t`Bouton qui ouvre la liste`}
        placeholder={t`Voir les choix`}
        limit={WHATSAPP_LIMITS.listButtonLabel}
        value={data.buttonLabel}
        onChange={(value) => set({ ...data, buttonLabel: value }, 'buttonLabel')}
      />
      <FormSection title={t`Sections et choix`}>
        <FormNote>
          <Trans>
            Chaque choix a sa sortie sur le plan ; « Pas de correspondance » sert quand le contact
            écrit autre chose. Dès deux sections, chacune a un titre.
          </Trans>
        </FormNote>
        {data.sections.map((section, sectionIndex) => {
          const sectionNumber = sectionIndex + 1;
          const sectionTitle = t`Section ${sectionNumber}`;
          return (
            <ItemCard
              key={section.id}
              context={context}
              path={`sections.${sectionIndex}`}
              title={sectionTitle}
              index={sectionIndex}
              count={data.sections.length}
              removable={data.sections.length > 1}
              onMove={(to) => set({ ...data, sections: moveItem(data.sections, sectionIndex, to) })}
              onRemove={() => set({ ...data, sections: removeAt(data.sections, sectionIndex) })}
            >
              <NodeTextField
                context={context}
                path={`sections.${sectionIndex}.title`}
                label={t`Titre de la section ${sectionNumber}`}
                limit={WHATSAPP_LIMITS.sectionTitle}
                value={section.title}
                onChange={(value) =>
                  setSection(
                    sectionIndex,
                    { ...section, title: value },
                    `sections.${sectionIndex}.title`,
                  )
                }
              />
              {section.rows.map((row, rowIndex) => {
                const rowNumber = rowIndex + 1;
                const rowTitle = t`Choix ${rowNumber} de la section ${sectionNumber}`;
                const path = `sections.${sectionIndex}.rows.${rowIndex}`;
                return (
                  <ItemCard
                    key={row.id}
                    context={context}
                    path={path}
                    title={rowTitle}
                    index={rowIndex}
                    count={section.rows.length}
                    onMove={(to) =>
                      setSection(sectionIndex, {
                        ...section,
                        rows: moveItem(section.rows, rowIndex, to),
                      })
                    }
                    onRemove={() =>
                      setSection(sectionIndex, {
                        ...section,
                        rows: removeAt(section.rows, rowIndex),
                      })
                    }
                  >
                    <NodeTextField
                      context={context}
                      path={`${path}.title`}
                      label={t`Titre`}
                      limit={WHATSAPP_LIMITS.rowTitle}
                      value={row.title}
                      onChange={(value) =>
                        setSection(
                          sectionIndex,
                          {
                            ...section,
                            rows: replaceAt(section.rows, rowIndex, { ...row, title: value }),
                          },
                          `${path}.title`,
                        )
                      }
                    />
                    <NodeTextField
                      context={context}
                      path={`${path}.description`}
                      label={t`Description (facultative)`}
                      limit={WHATSAPP_LIMITS.rowDescription}
                      value={row.description}
                      onChange={(value) =>
                        setSection(
                          sectionIndex,
                          {
                            ...section,
                            rows: replaceAt(section.rows, rowIndex, { ...row, description: value }),
                          },
                          `${path}.description`,
                        )
                      }
                    />
                  </ItemCard>
                );
              })}
              <AddItemButton
                label={t`Ajouter un choix à la section ${sectionNumber}`}
                disabledReason={rowsFull}
                onAdd={() =>
                  setSection(sectionIndex, {
                    ...section,
                    rows: [...section.rows, { id: newItemId(), title: '', description: '' }],
                  })
                }
              />
            </ItemCard>
          );
        })}
        <AddItemButton
          label={t`Ajouter une section`}
          disabledReason={
            rowsFull ??
            (data.sections.length >= WHATSAPP_LIMITS.listSections
              ? t`Une liste compte 10 sections au plus.`
              : undefined)
          }
          onAdd={() =>
            set({
              ...data,
              sections: [
                ...data.sections,
                {
                  id: newItemId(),
                  title: '',
                  rows: [{ id: newItemId(), title: '', description: '' }],
                },
              ],
            })
          }
        />
      </FormSection>
    </>
  );
}
