import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { mediaKindLabel, type MediaKind } from '../../node-labels';
import { WHATSAPP_LIMITS } from '@shared/bot/validate.ts';
import { FormNote, FormSection, ItemList, NodeSelectField, NodeTextField } from './form-controls';
import { useNewItemId, type NodeFormProps } from './form-helpers';

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
        <ItemList
          context={context}
          path="buttons"
          items={data.buttons}
          itemKey={(button) => button.id}
          itemTitle={(number) => t`Bouton ${number}`}
          onChange={(buttons, fieldPath) => set({ ...data, buttons }, fieldPath)}
          addLabel={t`Ajouter un bouton`}
          limit={{
            max,
            reason: plural(max, {
              one: 'WhatsApp affiche # bouton au plus.',
              other: 'WhatsApp affiche # boutons au plus.',
            }),
          }}
          newItem={() => ({ id: newItemId(), title: '' })}
        >
          {(button, { number, path, update }) => (
            <NodeTextField
              context={context}
              path={`${path}.title`}
              label={t`Titre du bouton ${number}`}
              limit={WHATSAPP_LIMITS.buttonTitle}
              value={button.title}
              onChange={(value) => update({ ...button, title: value }, `${path}.title`)}
            />
          )}
        </ItemList>
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
        <ItemList
          context={context}
          path="sections"
          items={data.sections}
          itemKey={(section) => section.id}
          itemTitle={(sectionNumber) => t`Section ${sectionNumber}`}
          removable={data.sections.length > 1}
          onChange={(sections, fieldPath) => set({ ...data, sections }, fieldPath)}
          addLabel={t`Ajouter une section`}
          limit={{
            max: WHATSAPP_LIMITS.listSections,
            reason: t`Une liste compte 10 sections au plus.`,
          }}
          disabledReason={rowsFull}
          newItem={() => ({
            id: newItemId(),
            title: '',
            rows: [{ id: newItemId(), title: '', description: '' }],
          })}
        >
          {(section, { number: sectionNumber, path: sectionPath, update: updateSection }) => (
            <>
              <NodeTextField
                context={context}
                path={`${sectionPath}.title`}
                label={t`Titre de la section ${sectionNumber}`}
                limit={WHATSAPP_LIMITS.sectionTitle}
                value={section.title}
                onChange={(value) =>
                  updateSection({ ...section, title: value }, `${sectionPath}.title`)
                }
              />
              <ItemList
                context={context}
                path={`${sectionPath}.rows`}
                items={section.rows}
                itemKey={(row) => row.id}
                itemTitle={(rowNumber) => t`Choix ${rowNumber} de la section ${sectionNumber}`}
                onChange={(rows, fieldPath) => updateSection({ ...section, rows }, fieldPath)}
                addLabel={t`Ajouter un choix à la section ${sectionNumber}`}
                disabledReason={rowsFull}
                newItem={() => ({ id: newItemId(), title: '', description: '' })}
              >
                {(row, { path, update }) => (
                  <>
                    <NodeTextField
                      context={context}
                      path={`${path}.title`}
                      label={t`Titre`}
                      limit={WHATSAPP_LIMITS.rowTitle}
                      value={row.title}
                      onChange={(value) => update({ ...row, title: value }, `${path}.title`)}
                    />
                    <NodeTextField
                      context={context}
                      path={`${path}.description`}
                      label={t`Description (facultative)`}
                      limit={WHATSAPP_LIMITS.rowDescription}
                      value={row.description}
                      onChange={(value) =>
                        update({ ...row, description: value }, `${path}.description`)
                      }
                    />
                  </>
                )}
              </ItemList>
            </>
          )}
        </ItemList>
      </FormSection>
    </>
  );
}
